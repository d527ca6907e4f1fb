-- Client list filters saved by name, each owned by one user and optionally shared with everyone.
-- (Version 15 of core is a Java step, NamePairBackfill, so it has no script.)
CREATE TABLE atr_saved_filter (
    id                     CHAR(36)     NOT NULL PRIMARY KEY,
    owner_id               VARCHAR(64)  NOT NULL,
    name                   VARCHAR(100) NOT NULL,
    shared                 SMALLINT     NOT NULL,
    search_text            VARCHAR(200),
    status                 VARCHAR(20),
    source                 VARCHAR(100),
    client_type            VARCHAR(60),
    sector                 VARCHAR(100),
    purchase_potential     VARCHAR(10),
    geography              VARCHAR(100),
    tag                    VARCHAR(60),
    responsible_manager_id VARCHAR(64),
    sort_order             VARCHAR(20)  NOT NULL,
    created_at             TIMESTAMP    NOT NULL,
    updated_at             TIMESTAMP    NOT NULL,
    version                BIGINT       NOT NULL
);
-- a user's list of filters, and one name per owner
CREATE UNIQUE INDEX atr_saved_filter_by_owner ON atr_saved_filter (owner_id, name);
CREATE INDEX atr_saved_filter_by_shared ON atr_saved_filter (shared, name);

CREATE TABLE atr_saved_filter_field (
    filter_id   CHAR(36)     NOT NULL REFERENCES atr_saved_filter (id) ON DELETE CASCADE,
    field_key   VARCHAR(100) NOT NULL,
    field_value VARCHAR(1000) NOT NULL,
    PRIMARY KEY (filter_id, field_key)
);
