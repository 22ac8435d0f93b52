-- The offers on one shortlist, resolved through offer_members to their current offer, with what a
-- listing shows; an offer is removed when every one of its postings has left the boards.
WITH entries AS (
    SELECT coalesce(om.offer_id, e.offer_id) AS offer_id, min(e.added_at) AS added_at
    FROM shortlist_entries e
    LEFT JOIN offer_members om ON om.posting_id = e.offer_id
    WHERE e.shortlist = $shortlist
    GROUP BY ALL
),
members AS (
    SELECT coalesce(om.offer_id, p.id) AS offer_id, p.*
    FROM postings p
    LEFT JOIN offer_members om ON om.posting_id = p.id
),
notes AS (
    SELECT coalesce(om.offer_id, n.offer_id) AS offer_id, arg_max(n.note, n.updated_at) AS note
    FROM offer_notes n
    LEFT JOIN offer_members om ON om.posting_id = n.offer_id
    GROUP BY ALL
)
SELECT en.offer_id,
       en.added_at,
       arg_min(m.title, m.id) AS title,
       arg_min(m.employer, m.id) AS employer,
       list(m.source ORDER BY m.id) FILTER (WHERE m.id IS NOT NULL) AS sources,
       list(m.url ORDER BY m.id) FILTER (WHERE m.id IS NOT NULL) AS urls,
       coalesce(bool_and(m.removed_at IS NOT NULL), false) AS removed,
       min(m.first_seen) AS first_seen,
       max(m.last_seen) AS last_seen,
       any_value(nt.note) AS note
FROM entries en
LEFT JOIN members m ON m.offer_id = en.offer_id
LEFT JOIN notes nt ON nt.offer_id = en.offer_id
GROUP BY en.offer_id, en.added_at
ORDER BY en.added_at, en.offer_id;
