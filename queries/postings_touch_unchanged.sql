UPDATE postings AS p SET last_seen = $now, removed_at = NULL, last_run_id = $run_id, url = i.url
FROM incoming AS i
WHERE p.source = i.source AND p.source_id = i.source_id AND p.content_hash = i.content_hash;
