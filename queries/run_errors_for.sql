SELECT run_id, occurred_at, url, kind, reason FROM run_errors WHERE run_id = $run_id ORDER BY occurred_at, url;
