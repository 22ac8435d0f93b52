CREATE TEMP TABLE incoming (
    source VARCHAR, source_id VARCHAR, url VARCHAR, title VARCHAR, employer VARCHAR,
    location VARCHAR, posted_date DATE, work_mode_hint VARCHAR, published_pay VARCHAR,
    facts VARCHAR, body VARCHAR, body_format VARCHAR, text VARCHAR, content_hash VARCHAR
);
