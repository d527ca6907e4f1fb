-- Time-based automation finds records by their dates: the deals' stage entries by when they were
-- made, the contacts by birthday (a client's DATE custom values are on atr_custom_value_lookup).
CREATE INDEX atr_stage_change_by_time ON atr_stage_change (changed_at, id);
CREATE INDEX atr_contact_by_birthday ON atr_contact (birthday, id);
