-- Every shortlist with the number of offers on it (entries resolved to their current offer).
SELECT s.name, s.created_at, count(DISTINCT coalesce(om.offer_id, e.offer_id)) AS offers
FROM shortlists s
LEFT JOIN shortlist_entries e ON e.shortlist = s.name
LEFT JOIN offer_members om ON om.posting_id = e.offer_id
GROUP BY s.name, s.created_at
ORDER BY s.name;
