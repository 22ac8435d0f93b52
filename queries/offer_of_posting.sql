SELECT coalesce(m.offer_id, p.id) AS offer_id
FROM postings p LEFT JOIN offer_members m ON m.posting_id = p.id
WHERE p.source = $source AND p.source_id = $source_id;
