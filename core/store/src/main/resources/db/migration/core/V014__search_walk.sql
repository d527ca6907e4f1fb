-- A search's page is a walk of one index in the order the page shows. Each search key carries its
-- client's name_key (sort_key), so the first page of a name search reads about twenty entries of
-- (search_key, sort_key, client_id) instead of sorting every match: at 1 000 000 clients a common
-- first name has tens of thousands. Exact words come first because they sort before longer ones.
ALTER TABLE atr_client_key ADD COLUMN sort_key VARCHAR(300) NOT NULL DEFAULT '';
UPDATE atr_client_key SET sort_key = (SELECT c.name_key FROM atr_client c WHERE c.id = atr_client_key.client_id);
-- every write names the sort key; a write that forgot it fails instead of sorting first
ALTER TABLE atr_client_key ALTER COLUMN sort_key DROP DEFAULT;

-- A client's custom values are keys too ("f:segment=retail"), so a list filtered by one walks the
-- same index in name order. Values longer than a key are cut; the filter checks the value itself.
INSERT INTO atr_client_key (client_id, search_key, sort_key)
    SELECT DISTINCT v.record_id,
           CASE WHEN LENGTH(v.field_key) + LENGTH(v.val) > 297
                THEN SUBSTR('f:' || v.field_key || '=' || v.val, 1, 300)
                ELSE 'f:' || v.field_key || '=' || v.val END,
           c.name_key
    FROM atr_custom_value v JOIN atr_client c ON c.id = v.record_id
    WHERE v.record_kind = 'CLIENT';

CREATE INDEX atr_client_key_walk ON atr_client_key (search_key, sort_key, client_id);
-- the walk's index starts with the key, as this one did, and also holds the client id
DROP INDEX atr_client_key_lookup;
