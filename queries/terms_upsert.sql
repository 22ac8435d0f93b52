INSERT OR REPLACE INTO terms (posting_id, posting_version, extractor_version, terms, extracted_at)
VALUES ($posting_id, $posting_version, $extractor_version, $terms, $now);
