-- What dedupe compares, for every posting (removed ones keep their offer too).
SELECT id AS posting_id, source, coalesce(employer, '') AS employer, title,
       coalesce(location, '') AS location, substr(text, 1, 2500) AS description
FROM postings
ORDER BY id;
