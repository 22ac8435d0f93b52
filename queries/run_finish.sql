UPDATE scrape_runs SET
    finished_at = $now, status = $status, complete = $complete, removed = $removed,
    message = $message,
    error_count = (SELECT count(*) FROM run_errors e WHERE e.run_id = $run_id)
WHERE id = $run_id;
