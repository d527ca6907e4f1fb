-- Where each merged client went, so that its id still leads to the survivor. No foreign key: the
-- survivor may later be merged or deleted itself, and the pointer is followed from one to the next.
CREATE TABLE atr_client_merge (
    merged_id   CHAR(36)    NOT NULL PRIMARY KEY,
    survivor_id CHAR(36)    NOT NULL,
    merged_at   TIMESTAMP   NOT NULL,
    merged_by   VARCHAR(64)
);
CREATE INDEX atr_client_merge_survivor ON atr_client_merge (survivor_id);
