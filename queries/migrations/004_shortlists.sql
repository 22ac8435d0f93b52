-- v4: the user's named shortlists, the offers on them, and a note per offer.
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
