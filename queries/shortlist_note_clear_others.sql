-- Drop the notes stored for an offer (its current id) under posting ids other than the one kept.
DELETE FROM offer_notes
WHERE offer_id <> $keep_id
  AND coalesce(
        (SELECT om.offer_id FROM offer_members om WHERE om.posting_id = offer_notes.offer_id),
        offer_notes.offer_id
      ) = $offer_id;
