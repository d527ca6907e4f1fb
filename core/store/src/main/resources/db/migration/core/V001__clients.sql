-- Clients and what hangs off them. Child rows are owned by the client (deleted with it).
CREATE TABLE atr_client (
    id                     CHAR(36)     NOT NULL PRIMARY KEY,
    kind                   VARCHAR(20)  NOT NULL,
    name                   VARCHAR(300) NOT NULL,
    name_key               VARCHAR(300) NOT NULL,
    status                 VARCHAR(20)  NOT NULL,
    source                 VARCHAR(100),
    responsible_manager_id VARCHAR(64),
    created_at             TIMESTAMP    NOT NULL,
    updated_at             TIMESTAMP    NOT NULL,
    version                BIGINT       NOT NULL
);
-- one index per list order the API offers (Derby does not read an index backwards, so descending
-- orders have their own); id breaks ties for keyset paging
CREATE INDEX atr_client_by_name ON atr_client (name_key, id);
CREATE INDEX atr_client_by_name_desc ON atr_client (name_key DESC, id DESC);
CREATE INDEX atr_client_by_status ON atr_client (status, name_key, id);
CREATE INDEX atr_client_by_created ON atr_client (created_at, id);
CREATE INDEX atr_client_by_created_desc ON atr_client (created_at DESC, id DESC);
CREATE INDEX atr_client_by_updated ON atr_client (updated_at, id);
CREATE INDEX atr_client_by_updated_desc ON atr_client (updated_at DESC, id DESC);

CREATE TABLE atr_client_phone (
    client_id CHAR(36)    NOT NULL REFERENCES atr_client (id) ON DELETE CASCADE,
    ord       INTEGER     NOT NULL,
    number    VARCHAR(64) NOT NULL,
    e164      VARCHAR(20) NOT NULL,
    PRIMARY KEY (client_id, ord)
);

CREATE TABLE atr_client_email (
    client_id CHAR(36)     NOT NULL REFERENCES atr_client (id) ON DELETE CASCADE,
    ord       INTEGER      NOT NULL,
    address   VARCHAR(254) NOT NULL,
    PRIMARY KEY (client_id, ord)
);

CREATE TABLE atr_client_address (
    client_id   CHAR(36)     NOT NULL REFERENCES atr_client (id) ON DELETE CASCADE,
    ord         INTEGER      NOT NULL,
    street      VARCHAR(300),
    city        VARCHAR(100),
    region      VARCHAR(100),
    postal_code VARCHAR(20),
    country     VARCHAR(2),
    PRIMARY KEY (client_id, ord)
);

CREATE TABLE atr_client_tag (
    client_id CHAR(36)    NOT NULL REFERENCES atr_client (id) ON DELETE CASCADE,
    ord       INTEGER     NOT NULL,
    tag       VARCHAR(60) NOT NULL,
    PRIMARY KEY (client_id, ord)
);

-- Search keys derived on every write: "n:" name words, "e:" e-mails, "p:" phones in E.164.
-- Searching is a prefix range scan of this index, never a scan of the client table.
CREATE TABLE atr_client_key (
    client_id  CHAR(36)     NOT NULL REFERENCES atr_client (id) ON DELETE CASCADE,
    search_key VARCHAR(300) NOT NULL,
    PRIMARY KEY (client_id, search_key)
);
CREATE INDEX atr_client_key_lookup ON atr_client_key (search_key, client_id);

-- Small named facts about this installation (e.g. that the demo data was loaded once).
CREATE TABLE atr_setting (
    name  VARCHAR(100) NOT NULL PRIMARY KEY,
    val   VARCHAR(1000)
);
