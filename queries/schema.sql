-- Scout's database, at the schema version in the last statement.
-- A new file runs this whole script; an older file runs queries/migrations/NNN_*.sql from its
-- version up (store.py), so a migrated file and a new one end with the same tables.

CREATE TABLE IF NOT EXISTS scout_meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

CREATE SEQUENCE IF NOT EXISTS posting_id_seq START 1;

-- One row per (source, the source's own id): the current version of the posting.
CREATE TABLE IF NOT EXISTS postings (
    id             BIGINT PRIMARY KEY DEFAULT nextval('posting_id_seq'),
    source         VARCHAR NOT NULL,
    source_id      VARCHAR NOT NULL,
    url            VARCHAR NOT NULL,
    title          VARCHAR NOT NULL,
    employer       VARCHAR,
    location       VARCHAR,
    posted_date    DATE,
    work_mode_hint VARCHAR,
    published_pay  VARCHAR,          -- JSON: pay as the source published it, unit kept
    facts          VARCHAR,          -- JSON: other structured fields the source gave
    body           VARCHAR NOT NULL, -- raw HTML or JSON text as served
    body_format    VARCHAR NOT NULL,
    text           VARCHAR NOT NULL, -- plain text derived from body
    content_hash   VARCHAR NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1,
    first_seen     TIMESTAMP NOT NULL,
    last_seen      TIMESTAMP NOT NULL,
    changed_at     TIMESTAMP,
    removed_at     TIMESTAMP,        -- set when a complete listing no longer has it
    first_run_id   BIGINT,
    last_run_id    BIGINT,
    UNIQUE (source, source_id)
);

-- Every earlier version of a posting, copied here before the posting row is overwritten.
CREATE TABLE IF NOT EXISTS posting_versions (
    posting_id    BIGINT NOT NULL,
    version       INTEGER NOT NULL,
    seen_from     TIMESTAMP NOT NULL,
    replaced_at   TIMESTAMP NOT NULL,
    url           VARCHAR NOT NULL,
    title         VARCHAR NOT NULL,
    employer      VARCHAR,
    location      VARCHAR,
    posted_date   DATE,
    published_pay VARCHAR,
    body          VARCHAR NOT NULL,
    body_format   VARCHAR NOT NULL,
    text          VARCHAR NOT NULL,
    content_hash  VARCHAR NOT NULL,
    PRIMARY KEY (posting_id, version)
);

CREATE SEQUENCE IF NOT EXISTS run_id_seq START 1;

-- One row per run and source.
CREATE TABLE IF NOT EXISTS scrape_runs (
    id          BIGINT PRIMARY KEY DEFAULT nextval('run_id_seq'),
    source      VARCHAR NOT NULL,
    trigger     VARCHAR NOT NULL DEFAULT 'manual',   -- manual, scheduled, demo, replay
    started_at  TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    status      VARCHAR NOT NULL,                    -- running, ok, partial, failed, stopped
    pages       INTEGER NOT NULL DEFAULT 0,
    new         INTEGER NOT NULL DEFAULT 0,
    changed     INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    removed     INTEGER NOT NULL DEFAULT 0,
    error_count INTEGER NOT NULL DEFAULT 0,
    complete    BOOLEAN NOT NULL DEFAULT false,      -- paging reached the board's last page
    message     VARCHAR NOT NULL DEFAULT '',
    -- the run's shape, compared with earlier runs to catch silent breakage (scout/health.py)
    seen             INTEGER NOT NULL DEFAULT 0,
    with_pay         INTEGER NOT NULL DEFAULT 0,
    with_date        INTEGER NOT NULL DEFAULT 0,
    with_description INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS run_errors (
    run_id BIGINT NOT NULL,
    occurred_at TIMESTAMP NOT NULL,
    url    VARCHAR NOT NULL,
    kind   VARCHAR NOT NULL,   -- fetch, parse, robots, breaker, guard
    reason VARCHAR NOT NULL
);

-- The extractor's terms for the current version of each posting (contract JSON with evidence).
CREATE TABLE IF NOT EXISTS terms (
    posting_id        BIGINT PRIMARY KEY,
    posting_version   INTEGER NOT NULL,
    extractor_version VARCHAR NOT NULL,
    terms             VARCHAR NOT NULL,
    extracted_at      TIMESTAMP NOT NULL
);

-- Term changes between versions of a posting, and which postings are one offer (dedupe).
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

-- The user's named shortlists, the offers on them, and a note per offer.
-- Offer ids are stored as given (a posting id) and resolved through offer_members when read, so
-- an entry or a note survives regrouping.
CREATE TABLE IF NOT EXISTS shortlists (
    name       VARCHAR PRIMARY KEY,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS shortlist_entries (
    shortlist VARCHAR NOT NULL,
    offer_id  BIGINT NOT NULL,
    added_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (shortlist, offer_id)
);

CREATE TABLE IF NOT EXISTS offer_notes (
    offer_id   BIGINT PRIMARY KEY,
    note       VARCHAR NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

INSERT OR REPLACE INTO scout_meta VALUES ('schema_version', '5');
