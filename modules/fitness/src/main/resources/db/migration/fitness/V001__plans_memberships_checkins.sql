-- Plans, memberships and check-in attempts. A released script is never edited: a change is a new
-- script V002__….sql. Removing the module leaves the tables and their data.
CREATE TABLE fit_plan (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    kind VARCHAR(10) NOT NULL,
    duration_amount INTEGER NOT NULL,
    duration_unit VARCHAR(10) NOT NULL,
    visits INTEGER,
    freeze_days INTEGER NOT NULL,
    price DECIMAL(19, 4) NOT NULL,
    currency CHAR(3) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL
);

-- the plan list is ordered by name
CREATE INDEX fit_plan_name ON fit_plan (name, id);

CREATE TABLE fit_membership (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    client_id VARCHAR(36) NOT NULL,
    plan_id VARCHAR(36) NOT NULL,
    plan_name VARCHAR(100) NOT NULL,
    card VARCHAR(64) NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    visits_left INTEGER,
    freeze_days_allowed INTEGER NOT NULL,
    freeze_days_used INTEGER NOT NULL,
    frozen_from DATE,
    frozen_until DATE,
    created_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL,
    -- a turnstile finds the membership by its card
    CONSTRAINT fit_membership_card UNIQUE (card),
    CONSTRAINT fit_membership_plan FOREIGN KEY (plan_id) REFERENCES fit_plan (id)
);

-- a client's memberships, latest start first
CREATE INDEX fit_membership_client ON fit_membership (client_id, start_date DESC, id DESC);

CREATE TABLE fit_checkin (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    request_id VARCHAR(100) NOT NULL,
    card VARCHAR(64) NOT NULL,
    checked_in_at TIMESTAMP NOT NULL,
    decision VARCHAR(5) NOT NULL,
    reason VARCHAR(20),
    membership_id VARCHAR(36),
    client_id VARCHAR(36),
    visits_left INTEGER,
    -- a retried attempt finds its first answer by the reader's request id
    CONSTRAINT fit_checkin_request UNIQUE (request_id)
);

-- attempts with a card, and a client's visits for the timeline, newest first
CREATE INDEX fit_checkin_card ON fit_checkin (card, checked_in_at DESC, id DESC);
CREATE INDEX fit_checkin_client ON fit_checkin (client_id, checked_in_at DESC, id DESC);
