INSERT INTO run_errors (run_id, occurred_at, url, kind, reason) VALUES ($run_id, $now, $url, $kind, $reason);
