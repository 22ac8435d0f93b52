DELETE FROM offer_notes WHERE offer_id = $given_id;
