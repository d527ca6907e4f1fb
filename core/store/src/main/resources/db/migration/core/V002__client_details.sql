-- Segmentation, contact persons, legal entities with requisites, and the lifecycle history.
ALTER TABLE atr_client ADD COLUMN client_type VARCHAR(60);
ALTER TABLE atr_client ADD COLUMN sector VARCHAR(100);
ALTER TABLE atr_client ADD COLUMN purchase_potential VARCHAR(10);
ALTER TABLE atr_client ADD COLUMN geography VARCHAR(100);
-- every filter of the client list has an index ending in the list order
CREATE INDEX atr_client_by_source ON atr_client (source, name_key, id);
CREATE INDEX atr_client_by_type ON atr_client (client_type, name_key, id);
CREATE INDEX atr_client_by_sector ON atr_client (sector, name_key, id);
CREATE INDEX atr_client_by_potential ON atr_client (purchase_potential, name_key, id);
CREATE INDEX atr_client_by_geography ON atr_client (geography, name_key, id);
CREATE INDEX atr_client_by_manager ON atr_client (responsible_manager_id, name_key, id);

CREATE TABLE atr_contact (
    id        CHAR(36)      NOT NULL PRIMARY KEY,
    client_id CHAR(36)      NOT NULL REFERENCES atr_client (id) ON DELETE CASCADE,
    ord       INTEGER,
    name      VARCHAR(200)  NOT NULL,
    position  VARCHAR(100),
    birthday  DATE,
    notes     VARCHAR(2000)
);
CREATE INDEX atr_contact_by_client ON atr_contact (client_id, ord);

CREATE TABLE atr_contact_phone (
    contact_id CHAR(36)    NOT NULL REFERENCES atr_contact (id) ON DELETE CASCADE,
    ord        INTEGER     NOT NULL,
    number     VARCHAR(64) NOT NULL,
    e164       VARCHAR(20) NOT NULL,
    PRIMARY KEY (contact_id, ord)
);

CREATE TABLE atr_contact_email (
    contact_id CHAR(36)     NOT NULL REFERENCES atr_contact (id) ON DELETE CASCADE,
    ord        INTEGER      NOT NULL,
    address    VARCHAR(254) NOT NULL,
    PRIMARY KEY (contact_id, ord)
);

CREATE TABLE atr_legal_entity (
    id                    CHAR(36)     NOT NULL PRIMARY KEY,
    client_id             CHAR(36)     NOT NULL REFERENCES atr_client (id) ON DELETE CASCADE,
    ord                   INTEGER,
    name                  VARCHAR(300) NOT NULL,
    country               VARCHAR(2),
    inn                   VARCHAR(12),
    kpp                   VARCHAR(9),
    ogrn                  VARCHAR(15),
    tax_id                VARCHAR(9),
    vat_number            VARCHAR(14),
    legal_address         VARCHAR(500),
    bank_name             VARCHAR(200),
    bik                   VARCHAR(9),
    account               VARCHAR(34),
    correspondent_account VARCHAR(20),
    bic                   VARCHAR(11),
    iban                  VARCHAR(34)
);
CREATE INDEX atr_legal_entity_by_client ON atr_legal_entity (client_id, ord);

-- History stays readable on the timeline even after the client is gone, so no cascade here.
CREATE TABLE atr_client_status_change (
    id          CHAR(36)    NOT NULL PRIMARY KEY,
    client_id   CHAR(36)    NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20) NOT NULL,
    changed_at  TIMESTAMP   NOT NULL,
    changed_by  VARCHAR(64)
);
CREATE INDEX atr_status_change_by_client ON atr_client_status_change (client_id, changed_at, id);
