-- Message templates (their variants per language as JSON), the delivery log, opt-outs per client and
-- channel, and the key that signs unsubscribe links (one for every node of the database).
CREATE TABLE atr_mail_template (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    variants CLOB NOT NULL,
    version BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE atr_mail_delivery (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    client_id VARCHAR(36) NOT NULL,
    channel VARCHAR(40) NOT NULL,
    address VARCHAR(320) NOT NULL,
    subject VARCHAR(1000),
    language VARCHAR(8),
    status VARCHAR(16) NOT NULL,
    reason VARCHAR(1000),
    message_id VARCHAR(300),
    queued_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

-- the client's timeline, newest first (Derby never reads an index backwards)
CREATE INDEX atr_mail_delivery_client ON atr_mail_delivery (client_id, queued_at DESC, id DESC);

CREATE TABLE atr_mail_opt_out (
    client_id VARCHAR(36) NOT NULL,
    channel VARCHAR(40) NOT NULL,
    opted_out_at TIMESTAMP NOT NULL,
    delivery_id VARCHAR(36),
    PRIMARY KEY (client_id, channel)
);

CREATE TABLE atr_mail_key (
    name VARCHAR(40) NOT NULL PRIMARY KEY,
    secret VARCHAR(200) NOT NULL
);
