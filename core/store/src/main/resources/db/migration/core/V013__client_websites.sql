-- Websites, a field of clients of their own (before, a custom field such as "website" held them; those
-- values stay where they are, and duplicate matching still reads them). Each website's domain is also
-- a search key (d:alfa-stroy.ru) in atr_client_key, written with the client's next change.
CREATE TABLE atr_client_website (
    client_id CHAR(36)     NOT NULL REFERENCES atr_client (id) ON DELETE CASCADE,
    ord       INTEGER      NOT NULL,
    url       VARCHAR(500) NOT NULL,
    PRIMARY KEY (client_id, ord)
);

-- VAT numbers of Switzerland with their suffix are longer than the EU's 14 characters: CHE116281710MWST.
ALTER TABLE atr_legal_entity ALTER COLUMN vat_number SET DATA TYPE VARCHAR(20);
