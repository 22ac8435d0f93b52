UPDATE scrape_runs SET
    pages = pages + $pages, new = new + $new, changed = changed + $changed,
    unchanged = unchanged + $unchanged
WHERE id = $run_id;
