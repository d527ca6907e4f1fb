-- Incoming e-mail of the shared mailbox: each message once (by the SHA-256 of its Message-ID, so every
-- node and every restart sees the same claim), the messages of senders no client has, kept whole until
-- a manager files them, and how far each mailbox folder has been read.
CREATE TABLE atr_mail_inbound (
    message_key CHAR(64) NOT NULL PRIMARY KEY,
    message_id VARCHAR(1000) NOT NULL,
    outcome VARCHAR(16) NOT NULL,
    received_at TIMESTAMP NOT NULL
);

CREATE TABLE atr_mail_unknown (
    id CHAR(36) NOT NULL PRIMARY KEY,
    message_key CHAR(64) NOT NULL REFERENCES atr_mail_inbound (message_key),
    sender VARCHAR(320) NOT NULL,
    sender_name VARCHAR(200),
    subject VARCHAR(1000),
    excerpt VARCHAR(1000),
    sent_at TIMESTAMP NOT NULL,
    status VARCHAR(16) NOT NULL,
    client_id CHAR(36),
    resolved_by VARCHAR(64),
    resolved_at TIMESTAMP,
    version BIGINT NOT NULL
);

-- the list of a status, newest first (Derby never reads an index backwards)
CREATE INDEX atr_mail_unknown_by_status ON atr_mail_unknown (status, sent_at DESC, id DESC);

-- the message as it came, apart, so a page of the list never reads it
CREATE TABLE atr_mail_unknown_raw (
    id CHAR(36) NOT NULL PRIMARY KEY REFERENCES atr_mail_unknown (id),
    raw_message BLOB(64M) NOT NULL
);

CREATE TABLE atr_mail_mailbox (
    name VARCHAR(400) NOT NULL PRIMARY KEY,
    uid_validity BIGINT NOT NULL,
    last_uid BIGINT NOT NULL
);

-- The job store of the mailbox's Quartz scheduler (scheduler atrium-mail, table prefix atr_mail_qrtz_):
-- clustered, so one node at a time reads the mailbox.
CREATE TABLE atr_mail_qrtz_job_details (
    sched_name VARCHAR(120) NOT NULL,
    job_name VARCHAR(200) NOT NULL,
    job_group VARCHAR(200) NOT NULL,
    description VARCHAR(250),
    job_class_name VARCHAR(250) NOT NULL,
    is_durable VARCHAR(5) NOT NULL,
    is_nonconcurrent VARCHAR(5) NOT NULL,
    is_update_data VARCHAR(5) NOT NULL,
    requests_recovery VARCHAR(5) NOT NULL,
    job_data BLOB,
    PRIMARY KEY (sched_name, job_name, job_group)
);

CREATE TABLE atr_mail_qrtz_triggers (
    sched_name VARCHAR(120) NOT NULL,
    trigger_name VARCHAR(200) NOT NULL,
    trigger_group VARCHAR(200) NOT NULL,
    job_name VARCHAR(200) NOT NULL,
    job_group VARCHAR(200) NOT NULL,
    description VARCHAR(250),
    next_fire_time BIGINT,
    prev_fire_time BIGINT,
    priority INTEGER,
    trigger_state VARCHAR(16) NOT NULL,
    trigger_type VARCHAR(8) NOT NULL,
    start_time BIGINT NOT NULL,
    end_time BIGINT,
    calendar_name VARCHAR(200),
    misfire_instr SMALLINT,
    job_data BLOB,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, job_name, job_group) REFERENCES atr_mail_qrtz_job_details (sched_name, job_name, job_group)
);

CREATE TABLE atr_mail_qrtz_simple_triggers (
    sched_name VARCHAR(120) NOT NULL,
    trigger_name VARCHAR(200) NOT NULL,
    trigger_group VARCHAR(200) NOT NULL,
    repeat_count BIGINT NOT NULL,
    repeat_interval BIGINT NOT NULL,
    times_triggered BIGINT NOT NULL,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES atr_mail_qrtz_triggers (sched_name, trigger_name, trigger_group)
);

CREATE TABLE atr_mail_qrtz_cron_triggers (
    sched_name VARCHAR(120) NOT NULL,
    trigger_name VARCHAR(200) NOT NULL,
    trigger_group VARCHAR(200) NOT NULL,
    cron_expression VARCHAR(120) NOT NULL,
    time_zone_id VARCHAR(80),
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES atr_mail_qrtz_triggers (sched_name, trigger_name, trigger_group)
);

CREATE TABLE atr_mail_qrtz_simprop_triggers (
    sched_name VARCHAR(120) NOT NULL,
    trigger_name VARCHAR(200) NOT NULL,
    trigger_group VARCHAR(200) NOT NULL,
    str_prop_1 VARCHAR(512),
    str_prop_2 VARCHAR(512),
    str_prop_3 VARCHAR(512),
    int_prop_1 INTEGER,
    int_prop_2 INTEGER,
    long_prop_1 BIGINT,
    long_prop_2 BIGINT,
    dec_prop_1 NUMERIC(13, 4),
    dec_prop_2 NUMERIC(13, 4),
    bool_prop_1 VARCHAR(5),
    bool_prop_2 VARCHAR(5),
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES atr_mail_qrtz_triggers (sched_name, trigger_name, trigger_group)
);

CREATE TABLE atr_mail_qrtz_blob_triggers (
    sched_name VARCHAR(120) NOT NULL,
    trigger_name VARCHAR(200) NOT NULL,
    trigger_group VARCHAR(200) NOT NULL,
    blob_data BLOB,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES atr_mail_qrtz_triggers (sched_name, trigger_name, trigger_group)
);

CREATE TABLE atr_mail_qrtz_calendars (
    sched_name VARCHAR(120) NOT NULL,
    calendar_name VARCHAR(200) NOT NULL,
    calendar BLOB NOT NULL,
    PRIMARY KEY (sched_name, calendar_name)
);

CREATE TABLE atr_mail_qrtz_paused_trigger_grps (
    sched_name VARCHAR(120) NOT NULL,
    trigger_group VARCHAR(200) NOT NULL,
    PRIMARY KEY (sched_name, trigger_group)
);

CREATE TABLE atr_mail_qrtz_fired_triggers (
    sched_name VARCHAR(120) NOT NULL,
    entry_id VARCHAR(95) NOT NULL,
    trigger_name VARCHAR(200) NOT NULL,
    trigger_group VARCHAR(200) NOT NULL,
    instance_name VARCHAR(200) NOT NULL,
    fired_time BIGINT NOT NULL,
    sched_time BIGINT NOT NULL,
    priority INTEGER NOT NULL,
    state VARCHAR(16) NOT NULL,
    job_name VARCHAR(200),
    job_group VARCHAR(200),
    is_nonconcurrent VARCHAR(5),
    requests_recovery VARCHAR(5),
    PRIMARY KEY (sched_name, entry_id)
);

CREATE TABLE atr_mail_qrtz_scheduler_state (
    sched_name VARCHAR(120) NOT NULL,
    instance_name VARCHAR(200) NOT NULL,
    last_checkin_time BIGINT NOT NULL,
    checkin_interval BIGINT NOT NULL,
    PRIMARY KEY (sched_name, instance_name)
);

CREATE TABLE atr_mail_qrtz_locks (
    sched_name VARCHAR(120) NOT NULL,
    lock_name VARCHAR(40) NOT NULL,
    PRIMARY KEY (sched_name, lock_name)
);

-- what the scheduler thread looks up on every pass: the next triggers due, by state
CREATE INDEX atr_mail_qrtz_t_next_fire ON atr_mail_qrtz_triggers (sched_name, trigger_state, next_fire_time);
CREATE INDEX atr_mail_qrtz_ft_instance ON atr_mail_qrtz_fired_triggers (sched_name, instance_name);
