-- After a complete listing: postings of the source that this run neither stored nor saw listed
-- (a listed job whose page failed to load is still on the board) are marked removed.
UPDATE postings SET removed_at = $now
WHERE source = $source AND removed_at IS NULL AND coalesce(last_run_id, -1) <> $run_id
  AND NOT list_contains($listed, source_id)
RETURNING id;
