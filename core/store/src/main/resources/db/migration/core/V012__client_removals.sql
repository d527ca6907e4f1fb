-- Every client that went, merged into another (survivor_id) or deleted (survivor_id NULL), in order:
-- a module that was absent at the time applies what it missed when it is back. Like the audit trail,
-- the journal outlives the client's other rows.
CREATE TABLE atr_client_removal (
    seq         BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id   CHAR(36)    NOT NULL,
    survivor_id CHAR(36),
    removed_at  TIMESTAMP   NOT NULL,
    CONSTRAINT atr_client_removal_client UNIQUE (client_id)
);

-- Which removals each module (by its module id) has applied to its own records.
CREATE TABLE atr_client_removal_applied (
    module_id   VARCHAR(64) NOT NULL,
    removal_seq BIGINT      NOT NULL REFERENCES atr_client_removal (seq) ON DELETE CASCADE,
    PRIMARY KEY (module_id, removal_seq)
);

-- Merges made before the journal: a module that was absent then applies them too (a participant
-- re-points by client id, so one that had applied them finds nothing left to move).
INSERT INTO atr_client_removal (client_id, survivor_id, removed_at)
    SELECT merged_id, survivor_id, merged_at FROM atr_client_merge;
