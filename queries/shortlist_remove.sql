-- Remove an offer (its current id) from a list, whichever of its posting ids the entry was stored by.
DELETE FROM shortlist_entries
WHERE shortlist = $shortlist
  AND coalesce(
        (SELECT om.offer_id FROM offer_members om WHERE om.posting_id = shortlist_entries.offer_id),
        shortlist_entries.offer_id
      ) = $offer_id;
