-- What one run looked like: postings it saw, and how many had pay, a posted date, a description.
SELECT count(*) AS seen,
       count(*) FILTER (WHERE p.published_pay IS NOT NULL
                        OR json_array_length(json_extract(t.terms, '$.pay.models')) > 0) AS with_pay,
       count(*) FILTER (WHERE p.posted_date IS NOT NULL) AS with_date,
       count(*) FILTER (WHERE length(p.text) >= 400) AS with_description
FROM postings p
LEFT JOIN terms t ON t.posting_id = p.id
WHERE p.last_run_id = $run_id;
