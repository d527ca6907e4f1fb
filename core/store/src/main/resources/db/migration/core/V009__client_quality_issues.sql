-- Bad data (core/quality's QualityIssue) of every client, rewritten on every write; warnings only.
-- ordinal keeps the issues of a client in field order. fix_values holds the suggested values one a
-- line (a SPLIT has several; a REPLACE or MOVE has one, which may itself hold line breaks).
-- Sizes: field and fix_target are paths such as contacts[19].emails[19]; value and fix_values come
-- from client fields of at most 300 characters (a name); the texts are short English sentences.
CREATE TABLE atr_client_quality_issue (
    client_id   CHAR(36)      NOT NULL REFERENCES atr_client (id) ON DELETE CASCADE,
    ordinal     INTEGER       NOT NULL,
    field       VARCHAR(64)   NOT NULL,
    issue_type  VARCHAR(32)   NOT NULL,
    message     VARCHAR(200)  NOT NULL,
    value       VARCHAR(300),
    fix_action  VARCHAR(16),
    fix_target  VARCHAR(64),
    fix_values  VARCHAR(1000),
    fix_note    VARCHAR(200),
    -- named, so that the report's query can name it to Derby's optimizer
    CONSTRAINT atr_client_quality_issue_pk PRIMARY KEY (client_id, ordinal)
);
-- the report filtered by type, paged by client: an index range in (client_id, ordinal) order;
-- unfiltered, the primary key serves it
CREATE INDEX atr_client_quality_issue_by_type ON atr_client_quality_issue (issue_type, client_id, ordinal);
