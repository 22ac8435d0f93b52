-- A batch of terms in one statement: each list parameter holds one column (bulk path).
INSERT OR REPLACE INTO terms (posting_id, posting_version, extractor_version, terms, extracted_at)
SELECT unnest($posting_ids::BIGINT[]), unnest($posting_versions::INTEGER[]), $extractor_version,
       unnest($terms::VARCHAR[]), $now;
