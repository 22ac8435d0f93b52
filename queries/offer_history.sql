-- One offer's recorded term changes across all its postings, oldest first (the TUI's detail).
SELECT c.changed_at, p.source, c.field, c.old_value, c.new_value
FROM term_changes c
JOIN postings p ON p.id = c.posting_id
LEFT JOIN offer_members m ON m.posting_id = p.id
WHERE coalesce(m.offer_id, p.id) = $offer_id
ORDER BY c.changed_at, c.field;
