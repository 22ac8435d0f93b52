SELECT posting_id, posting_version, terms FROM terms WHERE list_contains($ids, posting_id);
