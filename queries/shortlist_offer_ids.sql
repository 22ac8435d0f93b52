-- The current offer ids on one list.
SELECT DISTINCT coalesce(om.offer_id, e.offer_id) AS offer_id
FROM shortlist_entries e
LEFT JOIN offer_members om ON om.posting_id = e.offer_id
WHERE e.shortlist = $shortlist;
