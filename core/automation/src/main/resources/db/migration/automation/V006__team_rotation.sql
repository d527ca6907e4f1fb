-- Round-robin assignment: whose turn it was last in each team. Giving a turn locks the team's row
-- in the transaction that creates the task, so two nodes never give the same turn twice.
CREATE TABLE atr_auto_rotation (
    team VARCHAR(100) NOT NULL PRIMARY KEY,
    last_user_id VARCHAR(36),
    turns BIGINT NOT NULL
);
