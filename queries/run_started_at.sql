SELECT started_at FROM scrape_runs WHERE id = $run_id;
