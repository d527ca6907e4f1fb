-- Probable duplicates found by scanning the whole base. Each scan writes its groups under its own id
-- while readers keep listing the last finished scan's; the finished scan then becomes the listed one
-- in one update, and the groups of older scans go (by cascade) with their scan row.
CREATE TABLE atr_duplicate_scan (
    id              CHAR(36)    NOT NULL PRIMARY KEY,
    status          VARCHAR(16) NOT NULL,
    started_at      TIMESTAMP   NOT NULL,
    finished_at     TIMESTAMP,
    clients_scanned BIGINT      NOT NULL
);
CREATE INDEX atr_duplicate_scan_started ON atr_duplicate_scan (started_at);

-- A group: clients linked by pairs that look alike. Score and decision are the best pair's, as found;
-- the page lists groups by them (best first, keyset on score and id).
CREATE TABLE atr_duplicate_group (
    id       CHAR(36)    NOT NULL PRIMARY KEY,
    scan_id  CHAR(36)    NOT NULL REFERENCES atr_duplicate_scan (id) ON DELETE CASCADE,
    score    DOUBLE      NOT NULL,
    decision VARCHAR(16) NOT NULL
);
CREATE INDEX atr_duplicate_group_order ON atr_duplicate_group (scan_id, score DESC, id);

-- The pairs of a group (client_a < client_b). A merged or deleted client takes its pairs with it, so
-- it leaves its groups by itself; a group whose pairs are all gone is not listed.
-- reasons: one reason a line, "CODE<tab>value<tab>similarity", strongest first.
CREATE TABLE atr_duplicate_pair (
    group_id CHAR(36)      NOT NULL REFERENCES atr_duplicate_group (id) ON DELETE CASCADE,
    client_a CHAR(36)      NOT NULL REFERENCES atr_client (id) ON DELETE CASCADE,
    client_b CHAR(36)      NOT NULL REFERENCES atr_client (id) ON DELETE CASCADE,
    score    DOUBLE        NOT NULL,
    decision VARCHAR(16)   NOT NULL,
    reasons  VARCHAR(2000) NOT NULL,
    PRIMARY KEY (group_id, client_a, client_b)
);
