-- The user's note per current offer (notes are stored by the id given, resolved here).
SELECT coalesce(om.offer_id, n.offer_id) AS offer_id, arg_max(n.note, n.updated_at) AS note
FROM offer_notes n
LEFT JOIN offer_members om ON om.posting_id = n.offer_id
GROUP BY ALL;
