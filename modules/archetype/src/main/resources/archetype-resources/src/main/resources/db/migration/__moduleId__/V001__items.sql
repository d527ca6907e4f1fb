-- The module's first tables. Every table starts with the module id; a released script is never
-- edited: a change is a new script V002__….sql. Removing the module leaves the tables and data.
CREATE TABLE ${moduleId}_item (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    client_id VARCHAR(36) NOT NULL,
    title VARCHAR(200) NOT NULL,
    note VARCHAR(2000),
    created_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL
);

-- a client's items newest first: the list and the timeline walk this index
CREATE INDEX ${moduleId}_item_client ON ${moduleId}_item (client_id, created_at DESC, id DESC);
