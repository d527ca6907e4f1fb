-- Custom fields defined at runtime per kind of record, and their values in one indexed table.
CREATE TABLE atr_custom_field (
    id            CHAR(36)      NOT NULL PRIMARY KEY,
    record_kind   VARCHAR(20)   NOT NULL,
    field_key     VARCHAR(60)   NOT NULL,
    label         VARCHAR(100)  NOT NULL,
    field_type    VARCHAR(20)   NOT NULL,
    required      SMALLINT      NOT NULL,
    default_value VARCHAR(1000),
    created_at    TIMESTAMP     NOT NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT atr_custom_field_key UNIQUE (record_kind, field_key)
);

CREATE TABLE atr_custom_field_option (
    field_id CHAR(36)     NOT NULL REFERENCES atr_custom_field (id) ON DELETE CASCADE,
    ord      INTEGER      NOT NULL,
    val      VARCHAR(200) NOT NULL,
    PRIMARY KEY (field_id, ord)
);

-- one row per value (a multi-picklist has several), as canonical text: "42", "1500.5", "2026-11-23", "true"
CREATE TABLE atr_custom_value (
    record_kind VARCHAR(20)   NOT NULL,
    record_id   CHAR(36)      NOT NULL,
    field_key   VARCHAR(60)   NOT NULL,
    ord         INTEGER       NOT NULL,
    val         VARCHAR(1000) NOT NULL,
    PRIMARY KEY (record_id, field_key, ord)
);
CREATE INDEX atr_custom_value_lookup ON atr_custom_value (record_kind, field_key, val, record_id);
