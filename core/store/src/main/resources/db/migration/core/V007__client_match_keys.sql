-- Duplicate matching keys (core/quality's MatchKey) of every client, rewritten on every write.
-- Candidates of a draft are found by equality on (key_type, key_value), never by scanning clients;
-- the keys of the candidates found are then read by client_id to score them.
CREATE TABLE atr_client_match_key (
    client_id CHAR(36)     NOT NULL REFERENCES atr_client (id) ON DELETE CASCADE,
    key_type  VARCHAR(32)  NOT NULL,
    key_value VARCHAR(200) NOT NULL,
    PRIMARY KEY (client_id, key_type, key_value)
);
CREATE INDEX atr_client_match_key_lookup ON atr_client_match_key (key_type, key_value, client_id);
CREATE INDEX atr_client_match_key_client ON atr_client_match_key (client_id);
