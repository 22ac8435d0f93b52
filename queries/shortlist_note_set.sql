INSERT OR REPLACE INTO offer_notes (offer_id, note, updated_at) VALUES ($given_id, $note, $now);
