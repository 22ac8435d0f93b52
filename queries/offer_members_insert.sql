INSERT INTO offer_members SELECT unnest($posting_ids), unnest($offer_ids);
