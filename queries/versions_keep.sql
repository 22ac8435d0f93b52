-- Before a changed posting is overwritten, keep the version it replaces.
INSERT INTO posting_versions
SELECT p.id, p.version, coalesce(p.changed_at, p.first_seen), $now, p.url, p.title, p.employer,
       p.location, p.posted_date, p.published_pay, p.body, p.body_format, p.text, p.content_hash
FROM postings p
JOIN incoming i ON p.source = i.source AND p.source_id = i.source_id
WHERE p.content_hash <> i.content_hash;
