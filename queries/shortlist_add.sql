-- Add an offer (by the id given) unless the list already holds it under any of its posting ids.
INSERT INTO shortlist_entries (shortlist, offer_id, added_at)
SELECT $shortlist, $given_id, $now
WHERE NOT EXISTS (
    SELECT 1
    FROM shortlist_entries e
    LEFT JOIN offer_members om ON om.posting_id = e.offer_id
    WHERE e.shortlist = $shortlist AND coalesce(om.offer_id, e.offer_id) = $offer_id
);
