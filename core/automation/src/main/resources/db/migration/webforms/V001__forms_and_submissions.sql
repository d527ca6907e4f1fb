-- Public web forms: each form's definition (JSON: fields, consent, thank-you text, allowed origins,
-- responsible manager, language), and one row per accepted submission, which keeps the consent the
-- person gave (the text shown to them), from which address, and the values sent.
CREATE TABLE atr_auto_form (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    enabled SMALLINT NOT NULL,
    definition CLOB NOT NULL,
    version BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE atr_auto_form_submission (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    form_id VARCHAR(36) NOT NULL,
    client_id VARCHAR(36) NOT NULL,
    client_created SMALLINT NOT NULL,
    consent_given SMALLINT NOT NULL,
    consent_text VARCHAR(2000),
    remote_address VARCHAR(64),
    submitted_values CLOB NOT NULL,
    submitted_at TIMESTAMP NOT NULL,
    FOREIGN KEY (form_id) REFERENCES atr_auto_form (id) ON DELETE CASCADE
);

CREATE INDEX atr_auto_form_submission_form ON atr_auto_form_submission (form_id, submitted_at DESC);
CREATE INDEX atr_auto_form_submission_client ON atr_auto_form_submission (client_id, submitted_at DESC);
