-- Workflow rules: the rule, each version of its definition (JSON), and one run per rule and occurrence.
CREATE TABLE atr_auto_rule (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    enabled SMALLINT NOT NULL,
    current_version INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE atr_auto_rule_version (
    rule_id VARCHAR(36) NOT NULL,
    version INTEGER NOT NULL,
    trigger_type VARCHAR(100) NOT NULL,
    definition CLOB NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by VARCHAR(36),
    PRIMARY KEY (rule_id, version),
    FOREIGN KEY (rule_id) REFERENCES atr_auto_rule (id)
);

-- occurrence_key names the event that fired the rule: the unique key makes a second delivery of
-- the same event (a retry, another node) find the run already there instead of firing again
CREATE TABLE atr_auto_run (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    rule_id VARCHAR(36) NOT NULL,
    rule_version INTEGER NOT NULL,
    occurrence_key VARCHAR(300) NOT NULL,
    trigger_type VARCHAR(100) NOT NULL,
    record_type VARCHAR(40),
    record_id VARCHAR(36),
    client_id VARCHAR(36),
    status VARCHAR(16) NOT NULL,
    attempts INTEGER NOT NULL,
    results CLOB,
    created_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    duration_ms BIGINT NOT NULL,
    next_attempt_at TIMESTAMP,
    CONSTRAINT atr_auto_run_once UNIQUE (rule_id, occurrence_key),
    FOREIGN KEY (rule_id, rule_version) REFERENCES atr_auto_rule_version (rule_id, version)
);

CREATE INDEX atr_auto_run_created ON atr_auto_run (created_at DESC);
CREATE INDEX atr_auto_run_rule ON atr_auto_run (rule_id, created_at DESC);
CREATE INDEX atr_auto_run_record ON atr_auto_run (record_id, created_at DESC);
