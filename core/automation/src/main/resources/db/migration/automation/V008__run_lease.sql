-- The first attempt at a run is made at once by the node whose event opened it, which holds the run
-- until lease_until; a run still queued when its lease is over (that node died) is taken by another.
-- NULL: a run opened before leases, whose first attempt is a scheduler job.
ALTER TABLE atr_auto_run ADD COLUMN lease_until TIMESTAMP;
CREATE INDEX atr_auto_run_lease ON atr_auto_run (status, lease_until);
