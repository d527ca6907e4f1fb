-- A deleted rule keeps its row and its versions, switched off and out of every list: its runs stay in
-- the log, and each names the rule version it ran (atr_auto_run references atr_auto_rule_version).
ALTER TABLE atr_auto_rule ADD COLUMN deleted_at TIMESTAMP;
