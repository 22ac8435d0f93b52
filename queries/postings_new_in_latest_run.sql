-- Postings first seen in their source's most recent run, with their offer.
WITH latest AS (
    SELECT source, max(id) AS run_id FROM scrape_runs GROUP BY source
)
SELECT p.id, coalesce(m.offer_id, p.id) AS offer_id, p.source, p.title, p.employer, p.location,
       p.url, p.first_seen
FROM postings p
JOIN latest l ON l.source = p.source AND p.first_run_id = l.run_id
LEFT JOIN offer_members m ON m.posting_id = p.id
ORDER BY p.first_seen DESC, p.id;
