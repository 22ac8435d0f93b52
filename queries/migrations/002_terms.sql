-- v2: the extractor's terms per posting.
CREATE TABLE IF NOT EXISTS terms (
    posting_id        BIGINT PRIMARY KEY,
    posting_version   INTEGER NOT NULL,
    extractor_version VARCHAR NOT NULL,
    terms             VARCHAR NOT NULL,
    extracted_at      TIMESTAMP NOT NULL
);
