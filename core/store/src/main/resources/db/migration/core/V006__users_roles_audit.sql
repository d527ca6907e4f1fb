-- CRM users. Passwords are not here: they belong to the authentication realm.
CREATE TABLE atr_user (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    username VARCHAR(100) NOT NULL,
    username_key VARCHAR(100) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    email VARCHAR(254),
    locale VARCHAR(10) NOT NULL,
    team VARCHAR(100),
    active BOOLEAN NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL
);
CREATE UNIQUE INDEX atr_user_username ON atr_user (username_key);
CREATE INDEX atr_user_team ON atr_user (team, active);

CREATE TABLE atr_role (
    id VARCHAR(50) NOT NULL PRIMARY KEY,
    label VARCHAR(200) NOT NULL,
    built_in BOOLEAN NOT NULL,
    version BIGINT NOT NULL
);

CREATE TABLE atr_user_role (
    user_id VARCHAR(36) NOT NULL REFERENCES atr_user (id),
    role_id VARCHAR(50) NOT NULL REFERENCES atr_role (id),
    ord INTEGER NOT NULL,
    PRIMARY KEY (user_id, ord)
);
CREATE INDEX atr_user_role_role ON atr_user_role (role_id);

-- What a role may do in a section: access as READ,WRITE,DELETE; hidden fields comma separated.
CREATE TABLE atr_role_grant (
    role_id VARCHAR(50) NOT NULL REFERENCES atr_role (id),
    section VARCHAR(50) NOT NULL,
    access VARCHAR(30) NOT NULL,
    record_scope VARCHAR(10) NOT NULL,
    hidden_fields VARCHAR(2000) NOT NULL,
    PRIMARY KEY (role_id, section)
);

INSERT INTO atr_role VALUES ('admin', 'Administrator', TRUE, 1);
INSERT INTO atr_role VALUES ('sales', 'Sales', TRUE, 1);
INSERT INTO atr_role VALUES ('marketing', 'Marketing', TRUE, 1);
INSERT INTO atr_role VALUES ('service', 'Customer service', TRUE, 1);

-- Sales work their team's clients and deals (by responsible manager and owner); marketing segments the whole base but sees no bank
-- details or tax ids; service sees every client but not its purchase potential.
INSERT INTO atr_role_grant VALUES ('sales', 'clients', 'READ,WRITE,DELETE', 'TEAM', '');
INSERT INTO atr_role_grant VALUES ('sales', 'activities', 'READ,WRITE,DELETE', 'ALL', '');
INSERT INTO atr_role_grant VALUES ('sales', 'tasks', 'READ,WRITE,DELETE', 'ALL', '');
INSERT INTO atr_role_grant VALUES ('sales', 'opportunities', 'READ,WRITE,DELETE', 'TEAM', '');
INSERT INTO atr_role_grant VALUES ('sales', 'settings', 'READ', 'ALL', '');
INSERT INTO atr_role_grant VALUES ('marketing', 'clients', 'READ,WRITE', 'ALL', 'legalEntities');
INSERT INTO atr_role_grant VALUES ('marketing', 'activities', 'READ', 'ALL', '');
INSERT INTO atr_role_grant VALUES ('marketing', 'tasks', 'READ,WRITE', 'ALL', '');
INSERT INTO atr_role_grant VALUES ('marketing', 'opportunities', 'READ', 'ALL', '');
INSERT INTO atr_role_grant VALUES ('marketing', 'settings', 'READ', 'ALL', '');
INSERT INTO atr_role_grant VALUES ('service', 'clients', 'READ,WRITE', 'ALL', 'purchasePotential');
INSERT INTO atr_role_grant VALUES ('service', 'activities', 'READ,WRITE,DELETE', 'ALL', '');
INSERT INTO atr_role_grant VALUES ('service', 'tasks', 'READ,WRITE,DELETE', 'ALL', '');
INSERT INTO atr_role_grant VALUES ('service', 'opportunities', 'READ', 'ALL', '');
INSERT INTO atr_role_grant VALUES ('service', 'settings', 'READ', 'ALL', '');

-- The audit trail: one row per change or sign-in, its changed fields beside it. Never updated.
CREATE TABLE atr_audit (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP NOT NULL,
    action VARCHAR(20) NOT NULL,
    record_type VARCHAR(50) NOT NULL,
    record_id VARCHAR(100),
    user_id VARCHAR(36),
    username VARCHAR(100)
);
CREATE INDEX atr_audit_record ON atr_audit (record_type, record_id, occurred_at, id);
CREATE INDEX atr_audit_user ON atr_audit (user_id, occurred_at, id);
CREATE INDEX atr_audit_time ON atr_audit (occurred_at, id);

CREATE TABLE atr_audit_change (
    audit_id VARCHAR(36) NOT NULL REFERENCES atr_audit (id),
    ord INTEGER NOT NULL,
    field VARCHAR(300) NOT NULL,
    old_value VARCHAR(4000),
    new_value VARCHAR(4000),
    PRIMARY KEY (audit_id, ord)
);
