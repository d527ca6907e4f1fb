-- Time-based automation finds records by their dates: open deals by when they entered their current
-- stage (the time of their last stage change, kept on the deal from now on), contacts by birthday (a
-- client's DATE custom values are on atr_custom_value_lookup already).
ALTER TABLE atr_opportunity ADD COLUMN stage_entered_at TIMESTAMP;
UPDATE atr_opportunity SET stage_entered_at = (SELECT MAX(s.changed_at) FROM atr_stage_change s WHERE s.opportunity_id = atr_opportunity.id);
UPDATE atr_opportunity SET stage_entered_at = created_at WHERE stage_entered_at IS NULL;
CREATE INDEX atr_opportunity_by_stage_entered ON atr_opportunity (outcome, stage_entered_at, id);
CREATE INDEX atr_contact_by_birthday ON atr_contact (birthday, id);
