SELECT id, source, source_id, url, title, employer, location, posted_date, work_mode_hint,
       published_pay, first_seen, last_seen, changed_at, removed_at, version, content_hash
FROM postings
WHERE ($source IS NULL OR source = $source)
  AND ($include_removed OR removed_at IS NULL)
ORDER BY first_seen DESC, id DESC;
