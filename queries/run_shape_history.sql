-- The source's previous runs that read anything, newest first.
SELECT seen, with_pay, with_date, with_description
FROM scrape_runs
WHERE source = $source AND id < $run_id AND seen > 0 AND status IN ('ok', 'partial')
ORDER BY id DESC
LIMIT 5;
