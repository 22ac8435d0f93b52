UPDATE postings AS p SET
    url = i.url, title = i.title, employer = i.employer, location = i.location,
    posted_date = i.posted_date, work_mode_hint = i.work_mode_hint,
    published_pay = i.published_pay, facts = i.facts, body = i.body,
    body_format = i.body_format, text = i.text, content_hash = i.content_hash,
    version = p.version + 1, changed_at = $now, last_seen = $now, removed_at = NULL,
    last_run_id = $run_id
FROM incoming AS i
WHERE p.source = i.source AND p.source_id = i.source_id AND p.content_hash <> i.content_hash;
