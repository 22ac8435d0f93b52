-- Postings of this batch that are new or changed (run after the merge): they need normalizing.
SELECT p.id, p.source, p.source_id, p.version
FROM postings p
JOIN incoming i ON p.source = i.source AND p.source_id = i.source_id
WHERE p.last_run_id = $run_id AND (p.first_seen = $now OR p.changed_at = $now);
