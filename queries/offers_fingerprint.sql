-- A fingerprint of everything offers_load reads: any change to a posting, its terms or its offer
-- changes it (the TUI keeps built offers between starts under this key).
SELECT count(*) AS postings,
       coalesce(sum(hash(coalesce(m.offer_id, p.id), p.id, p.source, p.url, p.title, p.employer,
                         p.location, p.posted_date, p.first_seen, p.last_seen, p.removed_at,
                         p.published_pay, p.text, t.terms)), 0)::VARCHAR AS digest
FROM postings p
LEFT JOIN offer_members m ON m.posting_id = p.id
LEFT JOIN terms t ON t.posting_id = p.id;
