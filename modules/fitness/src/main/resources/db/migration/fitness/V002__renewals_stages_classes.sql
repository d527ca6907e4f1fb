-- Renewals, members' lifecycle stages, trainers, classes and bookings.

-- A renewal is a new membership that names the one it renews; the old one names its renewal.
ALTER TABLE fit_membership ADD COLUMN renews_id VARCHAR(36);
ALTER TABLE fit_membership ADD COLUMN renewed_by_id VARCHAR(36);
ALTER TABLE fit_membership ADD COLUMN renewed_at TIMESTAMP;

-- A card belongs to the member and a renewal keeps it: the card is unique among current
-- memberships (not renewed) only. current_card holds the card while the membership is current and
-- NULL once it is renewed; a Derby UNIQUE constraint lets any number of rows hold NULL.
ALTER TABLE fit_membership ADD COLUMN current_card VARCHAR(64);
UPDATE fit_membership SET current_card = card;
ALTER TABLE fit_membership DROP CONSTRAINT fit_membership_card;
ALTER TABLE fit_membership ADD CONSTRAINT fit_membership_current_card UNIQUE (current_card);

-- a turnstile finds every membership of a card (a renewal chain), latest start first
CREATE INDEX fit_membership_card_start ON fit_membership (card, start_date DESC);
-- the renewal report reads the memberships that ended in a period
CREATE INDEX fit_membership_end ON fit_membership (end_date, id);
-- the visits of one membership, for the report's visits per week
CREATE INDEX fit_checkin_membership ON fit_checkin (membership_id, checked_in_at);

-- Each member's lifecycle stage, recomputed on each visit and daily.
CREATE TABLE fit_member (
    client_id VARCHAR(36) NOT NULL PRIMARY KEY,
    stage VARCHAR(12) NOT NULL,
    stage_since DATE NOT NULL,
    last_visit_at TIMESTAMP,
    computed_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL
);

-- members of a stage, for triggered contacts and the report
CREATE INDEX fit_member_stage ON fit_member (stage, client_id);

CREATE TABLE fit_trainer (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(254),
    phone VARCHAR(40),
    created_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL
);

CREATE INDEX fit_trainer_name ON fit_trainer (name, id);

-- A scheduled class; booked counts the places taken, changed only by conditional updates.
CREATE TABLE fit_class (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    title VARCHAR(100) NOT NULL,
    trainer_id VARCHAR(36) NOT NULL,
    starts_at TIMESTAMP NOT NULL,
    minutes INTEGER NOT NULL,
    capacity INTEGER NOT NULL,
    booked INTEGER NOT NULL,
    room VARCHAR(100),
    created_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT fit_class_trainer FOREIGN KEY (trainer_id) REFERENCES fit_trainer (id)
);

-- the schedule by time, and one trainer's classes by time (the weekly load)
CREATE INDEX fit_class_start ON fit_class (starts_at, id);
CREATE INDEX fit_class_trainer_start ON fit_class (trainer_id, starts_at, id);

CREATE TABLE fit_booking (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    class_id VARCHAR(36) NOT NULL,
    client_id VARCHAR(36) NOT NULL,
    status VARCHAR(10) NOT NULL,
    booked_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT fit_booking_class FOREIGN KEY (class_id) REFERENCES fit_class (id),
    -- one booking of a client per class; a cancelled one is booked again in place
    CONSTRAINT fit_booking_once UNIQUE (class_id, client_id)
);

-- a class's bookings in the order they came
CREATE INDEX fit_booking_class_time ON fit_booking (class_id, booked_at, id);
