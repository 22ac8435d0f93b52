DELETE FROM shortlist_entries WHERE shortlist = $shortlist;
