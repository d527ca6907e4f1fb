-- Opportunities in pipelines, tasks, and activities with attachments. They refer to clients by
-- id (no foreign key across aggregates): a record's history outlives the client it was about.
CREATE TABLE atr_pipeline (
    id      CHAR(36)     NOT NULL PRIMARY KEY,
    name    VARCHAR(100) NOT NULL,
    version BIGINT       NOT NULL
);

CREATE TABLE atr_stage (
    id          CHAR(36)     NOT NULL PRIMARY KEY,
    pipeline_id CHAR(36)     NOT NULL REFERENCES atr_pipeline (id) ON DELETE CASCADE,
    ord         INTEGER,
    name        VARCHAR(100) NOT NULL,
    probability INTEGER      NOT NULL,
    outcome     VARCHAR(10)  NOT NULL
);
CREATE INDEX atr_stage_by_pipeline ON atr_stage (pipeline_id, ord);

-- the pipeline a fresh installation starts with
INSERT INTO atr_pipeline (id, name, version) VALUES ('00000000-0000-4000-8000-000000000001', 'Sales', 1);
INSERT INTO atr_stage (id, pipeline_id, ord, name, probability, outcome) VALUES
    ('00000000-0000-4000-8000-000000000011', '00000000-0000-4000-8000-000000000001', 0, 'Reception', 10, 'OPEN'),
    ('00000000-0000-4000-8000-000000000012', '00000000-0000-4000-8000-000000000001', 1, 'Qualification', 25, 'OPEN'),
    ('00000000-0000-4000-8000-000000000013', '00000000-0000-4000-8000-000000000001', 2, 'Proposal', 50, 'OPEN'),
    ('00000000-0000-4000-8000-000000000014', '00000000-0000-4000-8000-000000000001', 3, 'Negotiation', 75, 'OPEN'),
    ('00000000-0000-4000-8000-000000000015', '00000000-0000-4000-8000-000000000001', 4, 'Won', 100, 'WON'),
    ('00000000-0000-4000-8000-000000000016', '00000000-0000-4000-8000-000000000001', 5, 'Lost', 0, 'LOST');

CREATE TABLE atr_opportunity (
    id             CHAR(36)       NOT NULL PRIMARY KEY,
    client_id      CHAR(36)       NOT NULL,
    contact_id     CHAR(36),
    title          VARCHAR(200)   NOT NULL,
    pipeline_id    CHAR(36)       NOT NULL,
    stage_id       CHAR(36)       NOT NULL,
    outcome        VARCHAR(10)    NOT NULL,
    amount         DECIMAL(19, 4),
    currency       CHAR(3),
    probability    INTEGER        NOT NULL,
    expected_close DATE,
    lost_reason    VARCHAR(500),
    owner_id       VARCHAR(64),
    closed_at      TIMESTAMP,
    created_at     TIMESTAMP      NOT NULL,
    updated_at     TIMESTAMP      NOT NULL,
    version        BIGINT         NOT NULL
);
-- lists of opportunities, activities and timeline entries are newest first
CREATE INDEX atr_opportunity_by_created ON atr_opportunity (created_at DESC, id DESC);
CREATE INDEX atr_opportunity_by_client ON atr_opportunity (client_id, created_at DESC, id DESC);
CREATE INDEX atr_opportunity_by_stage ON atr_opportunity (pipeline_id, stage_id, created_at DESC, id DESC);
CREATE INDEX atr_opportunity_by_owner ON atr_opportunity (owner_id, created_at DESC, id DESC);

CREATE TABLE atr_stage_change (
    id             CHAR(36)    NOT NULL PRIMARY KEY,
    opportunity_id CHAR(36)    NOT NULL,
    client_id      CHAR(36)    NOT NULL,
    from_stage_id  CHAR(36),
    to_stage_id    CHAR(36)    NOT NULL,
    changed_at     TIMESTAMP   NOT NULL,
    changed_by     VARCHAR(64)
);
CREATE INDEX atr_stage_change_by_opportunity ON atr_stage_change (opportunity_id, changed_at, id);
CREATE INDEX atr_stage_change_by_client ON atr_stage_change (client_id, changed_at DESC, id DESC);

CREATE TABLE atr_task (
    id             CHAR(36)      NOT NULL PRIMARY KEY,
    title          VARCHAR(200)  NOT NULL,
    description    VARCHAR(4000),
    client_id      CHAR(36),
    opportunity_id CHAR(36),
    assignee_id    VARCHAR(64),
    due_at         TIMESTAMP,
    remind_at      TIMESTAMP,
    priority       VARCHAR(10)   NOT NULL,
    status         VARCHAR(12)   NOT NULL,
    is_open        SMALLINT      NOT NULL,
    completed_at   TIMESTAMP,
    created_at     TIMESTAMP     NOT NULL,
    updated_at     TIMESTAMP     NOT NULL,
    version        BIGINT        NOT NULL
);
CREATE INDEX atr_task_by_due ON atr_task (due_at, id);
CREATE INDEX atr_task_by_assignee ON atr_task (assignee_id, is_open, due_at, id);
CREATE INDEX atr_task_by_client ON atr_task (client_id, created_at DESC, id DESC);
CREATE INDEX atr_task_by_reminder ON atr_task (is_open, remind_at);

CREATE TABLE atr_activity (
    id               CHAR(36)      NOT NULL PRIMARY KEY,
    client_id        CHAR(36)      NOT NULL,
    contact_id       CHAR(36),
    opportunity_id   CHAR(36),
    type             VARCHAR(60)   NOT NULL,
    direction        VARCHAR(10),
    subject          VARCHAR(200),
    objective        VARCHAR(1000),
    result           VARCHAR(4000),
    occurred_at      TIMESTAMP     NOT NULL,
    duration_seconds INTEGER,
    author_id        VARCHAR(64),
    created_at       TIMESTAMP     NOT NULL,
    updated_at       TIMESTAMP     NOT NULL,
    version          BIGINT        NOT NULL
);
CREATE INDEX atr_activity_by_time ON atr_activity (occurred_at DESC, id DESC);
CREATE INDEX atr_activity_by_client ON atr_activity (client_id, occurred_at DESC, id DESC);
CREATE INDEX atr_activity_by_opportunity ON atr_activity (opportunity_id, occurred_at DESC, id DESC);
CREATE INDEX atr_activity_by_author ON atr_activity (author_id, occurred_at DESC, id DESC);

-- the bytes live in files under ${karaf.data}/atrium/attachments, named by id
CREATE TABLE atr_attachment (
    id           CHAR(36)     NOT NULL PRIMARY KEY,
    activity_id  CHAR(36)     NOT NULL REFERENCES atr_activity (id) ON DELETE CASCADE,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    created_at   TIMESTAMP    NOT NULL
);
CREATE INDEX atr_attachment_by_activity ON atr_attachment (activity_id, created_at);
