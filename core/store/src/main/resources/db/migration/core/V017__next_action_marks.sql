-- "What to do now": each user's items marked done (hidden for good) or snoozed (hidden until a time),
-- by the item's key (its source and its id, e.g. core:task:<id>, fitness:expiring:<id>:<end>).
CREATE TABLE atr_next_action_mark (
    user_id VARCHAR(36) NOT NULL,
    action_key VARCHAR(300) NOT NULL,
    done SMALLINT NOT NULL,
    hidden_until TIMESTAMP,
    marked_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, action_key)
);
