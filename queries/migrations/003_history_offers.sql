-- v3: term changes between versions of a posting, and which postings are one offer.
CREATE TABLE IF NOT EXISTS term_changes (
    posting_id  BIGINT NOT NULL,
    changed_at  TIMESTAMP NOT NULL,
    run_id      BIGINT,
    field       VARCHAR NOT NULL,   -- contract path, e.g. pay.per_rvu_usd
    old_value   VARCHAR,            -- JSON
    new_value   VARCHAR             -- JSON
);

CREATE TABLE IF NOT EXISTS offer_members (
    posting_id BIGINT PRIMARY KEY,
    offer_id   BIGINT NOT NULL      -- the smallest posting id in the offer
);
