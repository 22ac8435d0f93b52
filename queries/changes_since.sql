-- Term changes and removals since a moment, newest first.
SELECT 'changed' AS kind, c.changed_at AS happened_at, p.id, coalesce(m.offer_id, p.id) AS offer_id,
       p.source, p.title, p.employer, c.field, c.old_value, c.new_value
FROM term_changes c
JOIN postings p ON p.id = c.posting_id
LEFT JOIN offer_members m ON m.posting_id = p.id
WHERE c.changed_at >= $since
UNION ALL
SELECT 'removed', p.removed_at, p.id, coalesce(m.offer_id, p.id), p.source, p.title, p.employer,
       NULL, NULL, NULL
FROM postings p
LEFT JOIN offer_members m ON m.posting_id = p.id
WHERE p.removed_at IS NOT NULL AND p.removed_at >= $since
ORDER BY happened_at DESC, id, field;
