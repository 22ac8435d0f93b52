INSERT INTO incoming VALUES (
    $source, $source_id, $url, $title, $employer, $location, $posted_date, $work_mode_hint,
    $published_pay, $facts, $body, $body_format, $text, $content_hash
);
