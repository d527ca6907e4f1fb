-- The password hash of each CRM user of the built-in realm (pbkdf2-sha256$iterations$salt$hash).
CREATE TABLE sec_credential (
    user_id VARCHAR(36) NOT NULL PRIMARY KEY,
    password_hash VARCHAR(200) NOT NULL,
    changed_at TIMESTAMP NOT NULL
);

-- Failed sign-ins in a row per username (known or not, so that lock-out tells nothing about who exists).
CREATE TABLE sec_sign_in_failure (
    username_key VARCHAR(100) NOT NULL PRIMARY KEY,
    failures INTEGER NOT NULL,
    last_failure_at TIMESTAMP NOT NULL,
    locked_until TIMESTAMP
);

-- Browser sessions, by the SHA-256 of their token: a stolen database holds no usable token.
CREATE TABLE sec_session (
    token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    user_id VARCHAR(36) NOT NULL,
    csrf_token VARCHAR(64) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX sec_session_user ON sec_session (user_id);
CREATE INDEX sec_session_expiry ON sec_session (expires_at);

-- API tokens of integrations, by the SHA-256 of the token.
CREATE TABLE sec_api_token (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    token_hash VARCHAR(64) NOT NULL,
    user_id VARCHAR(36) NOT NULL,
    name VARCHAR(100) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP,
    last_used_at TIMESTAMP
);
CREATE UNIQUE INDEX sec_api_token_hash ON sec_api_token (token_hash);
CREATE INDEX sec_api_token_user ON sec_api_token (user_id);
