-- The first attempt at a run is made at once by the node whose event opened it, which holds the run
-- until lease_until; a run still queued when its lease is over (that node died) is taken by another.
-- NULL: a run opened before leases, whose first attempt is a scheduler job. No index of its own:
-- queued runs are few (those under way), and the recovery finds them by status (V009's status index).
ALTER TABLE atr_auto_run ADD COLUMN lease_until TIMESTAMP;

-- The runs of one event share its occurrence: a run is looked for by occurrence first, then rule
-- (every rule fired by one event at once), so the once-only key leads with the occurrence.
ALTER TABLE atr_auto_run DROP CONSTRAINT atr_auto_run_once;
ALTER TABLE atr_auto_run ADD CONSTRAINT atr_auto_run_once UNIQUE (occurrence_key, rule_id);
