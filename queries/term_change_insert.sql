INSERT INTO term_changes (posting_id, changed_at, run_id, field, old_value, new_value)
VALUES ($posting_id, $now, $run_id, $field, $old_value, $new_value);
