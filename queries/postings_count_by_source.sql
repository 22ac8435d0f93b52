SELECT source, count(*) AS postings, count(*) FILTER (WHERE removed_at IS NULL) AS open
FROM postings GROUP BY source;
