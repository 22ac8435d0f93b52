-- Every posting with its offer and terms, grouped by offer (the ranking's input).
SELECT coalesce(m.offer_id, p.id) AS offer_id, p.id AS posting_id, p.source, p.url, p.title,
       p.employer, p.location, p.posted_date, p.first_seen, p.last_seen, p.removed_at,
       p.published_pay, p.text, t.terms
FROM postings p
LEFT JOIN offer_members m ON m.posting_id = p.id
LEFT JOIN terms t ON t.posting_id = p.id
ORDER BY offer_id, p.id;
