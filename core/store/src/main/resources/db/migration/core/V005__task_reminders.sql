-- When a task's reminder went out, so that each reminder goes out once.
ALTER TABLE atr_task ADD COLUMN reminded_at TIMESTAMP;
