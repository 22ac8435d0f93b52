INSERT INTO shortlists (name, created_at) VALUES ($shortlist, $now) ON CONFLICT DO NOTHING;
