-- Offers all of whose postings were first stored by the given runs: the offers new in a scrape.
SELECT coalesce(om.offer_id, p.id) AS offer_id
FROM postings p
LEFT JOIN offer_members om ON om.posting_id = p.id
GROUP BY ALL
HAVING bool_and(list_contains($run_ids, p.first_run_id));
