-- Postings whose terms are missing, or came from another extractor or an older posting version.
SELECT p.id, p.version, p.text
FROM postings p
LEFT JOIN terms t ON t.posting_id = p.id
WHERE t.posting_id IS NULL
   OR t.extractor_version <> $extractor_version
   OR t.posting_version <> p.version
ORDER BY p.id;
