-- v5: the shape of each run (postings seen; how many had pay, a posted date, a description),
-- so a source whose results collapse against its own history can be reported broken.
ALTER TABLE scrape_runs ADD COLUMN seen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE scrape_runs ADD COLUMN with_pay INTEGER NOT NULL DEFAULT 0;
ALTER TABLE scrape_runs ADD COLUMN with_date INTEGER NOT NULL DEFAULT 0;
ALTER TABLE scrape_runs ADD COLUMN with_description INTEGER NOT NULL DEFAULT 0;
