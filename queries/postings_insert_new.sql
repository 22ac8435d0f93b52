INSERT INTO postings (
    source, source_id, url, title, employer, location, posted_date, work_mode_hint,
    published_pay, facts, body, body_format, text, content_hash, version, first_seen, last_seen,
    first_run_id, last_run_id
)
SELECT i.source, i.source_id, i.url, i.title, i.employer, i.location, i.posted_date,
       i.work_mode_hint, i.published_pay, i.facts, i.body, i.body_format, i.text, i.content_hash,
       1, $now, $now, $run_id, $run_id
FROM incoming AS i
WHERE NOT EXISTS (
    SELECT 1 FROM postings p WHERE p.source = i.source AND p.source_id = i.source_id
);
