-- How a batch splits into new, changed and unchanged postings.
SELECT
    count(*) FILTER (WHERE p.id IS NULL)                                  AS new,
    count(*) FILTER (WHERE p.id IS NOT NULL AND p.content_hash <> i.content_hash) AS changed,
    count(*) FILTER (WHERE p.id IS NOT NULL AND p.content_hash = i.content_hash)  AS unchanged
FROM incoming i
LEFT JOIN postings p ON p.source = i.source AND p.source_id = i.source_id;
