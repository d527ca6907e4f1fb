-- The run log pages by keyset, newest first: a page starts after the (created_at, id) of the last run
-- of the one before, the id breaking ties between runs stored in the same instant. Each filter the log
-- offers (none, a rule, a record, a status) walks one of these indexes in that order, without a sort;
-- they replace the indexes of V001, which lacked the id and so made the database sort every row.
DROP INDEX atr_auto_run_created;
DROP INDEX atr_auto_run_rule;
DROP INDEX atr_auto_run_record;
CREATE INDEX atr_auto_run_page ON atr_auto_run (created_at DESC, id DESC);
CREATE INDEX atr_auto_run_rule_page ON atr_auto_run (rule_id, created_at DESC, id DESC);
CREATE INDEX atr_auto_run_record_page ON atr_auto_run (record_id, created_at DESC, id DESC);
CREATE INDEX atr_auto_run_status_page ON atr_auto_run (status, created_at DESC, id DESC);
