-- The current offer of each given posting id; ids that name no posting are left out.
SELECT p.id AS given_id, coalesce(om.offer_id, p.id) AS offer_id
FROM postings p
LEFT JOIN offer_members om ON om.posting_id = p.id
WHERE list_contains($ids, p.id);
