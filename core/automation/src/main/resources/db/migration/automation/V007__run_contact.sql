-- The contact a run is about, when its occurrence is one contact's (a birthday): its actions address
-- that contact, not the client's first one.
ALTER TABLE atr_auto_run ADD COLUMN contact_id VARCHAR(36);
