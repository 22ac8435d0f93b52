INSERT INTO scrape_runs (source, trigger, started_at, status)
VALUES ($source, $trigger, $now, 'running')
RETURNING id;
