DELETE FROM shortlists WHERE name = $shortlist RETURNING name;
