-- The offers with a posting first stored by its source's most recent run.
WITH latest AS (
    SELECT source, max(id) AS run_id FROM scrape_runs GROUP BY source
)
SELECT DISTINCT coalesce(m.offer_id, p.id) AS offer_id
FROM postings p
JOIN latest l ON l.source = p.source AND p.first_run_id = l.run_id
LEFT JOIN offer_members m ON m.posting_id = p.id;
