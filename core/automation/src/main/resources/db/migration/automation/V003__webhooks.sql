-- Outgoing webhooks: the subscriptions, and one delivery per hook and event with its attempts (JSON).
-- The secret is kept as given out: signing needs it, a hash would not do.
CREATE TABLE atr_auto_webhook (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    url VARCHAR(2000) NOT NULL,
    events VARCHAR(1000) NOT NULL,
    secret VARCHAR(100) NOT NULL,
    enabled SMALLINT NOT NULL,
    disabled_reason VARCHAR(500),
    consecutive_failures INTEGER NOT NULL,
    version BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE atr_auto_webhook_delivery (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    webhook_id VARCHAR(36) NOT NULL,
    event_type VARCHAR(100) NOT NULL,
    record_type VARCHAR(40),
    record_id VARCHAR(36),
    occurred_at TIMESTAMP NOT NULL,
    payload CLOB NOT NULL,
    status VARCHAR(16) NOT NULL,
    attempts INTEGER NOT NULL,
    attempt_log CLOB NOT NULL,
    next_attempt_at TIMESTAMP,
    finished_at TIMESTAMP,
    FOREIGN KEY (webhook_id) REFERENCES atr_auto_webhook (id) ON DELETE CASCADE
);

CREATE INDEX atr_auto_webhook_delivery_hook ON atr_auto_webhook_delivery (webhook_id, occurred_at DESC);
