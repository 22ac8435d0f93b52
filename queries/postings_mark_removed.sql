-- After a complete listing: postings of the source that this run did not see are marked removed.
UPDATE postings SET removed_at = $now
WHERE source = $source AND removed_at IS NULL AND coalesce(last_run_id, -1) <> $run_id
RETURNING id;
