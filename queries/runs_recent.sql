SELECT id, source, trigger, started_at, finished_at, status, pages, new, changed, unchanged,
       removed, error_count, complete, message
FROM scrape_runs
ORDER BY id DESC
LIMIT $limit;
