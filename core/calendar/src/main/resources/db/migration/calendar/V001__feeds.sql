-- Each user's calendar feed: the SHA-256 of its secret (the secret itself is shown once and never
-- stored), so a stolen database gives no working feed address.
CREATE TABLE atr_cal_feed (
    user_id VARCHAR(64) NOT NULL PRIMARY KEY,
    secret_hash CHAR(64) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP
);

CREATE UNIQUE INDEX atr_cal_feed_by_secret ON atr_cal_feed (secret_hash);
