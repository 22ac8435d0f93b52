-- A whole batch in one statement: each parameter is a list holding one column (bulk path).
INSERT INTO incoming
SELECT unnest($source::VARCHAR[]), unnest($source_id::VARCHAR[]), unnest($url::VARCHAR[]),
       unnest($title::VARCHAR[]), unnest($employer::VARCHAR[]), unnest($location::VARCHAR[]),
       unnest($posted_date::DATE[]), unnest($work_mode_hint::VARCHAR[]),
       unnest($published_pay::VARCHAR[]), unnest($facts::VARCHAR[]), unnest($body::VARCHAR[]),
       unnest($body_format::VARCHAR[]), unnest($text::VARCHAR[]), unnest($content_hash::VARCHAR[]);
