UPDATE scrape_runs SET seen = $seen, with_pay = $with_pay, with_date = $with_date,
       with_description = $with_description
WHERE id = $run_id;
