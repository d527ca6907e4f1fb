-- A client's parts (phones, e-mails, websites, addresses, tags, contacts with their phones and
-- e-mails, legal entities, custom values) as one JSON document beside its row, and the row version
-- it was written for: a read by id takes the parts from it when that version is the row's, and
-- reads the part tables otherwise (rows written before this version, or by a node that does not
-- write it). Longer documents than a VARCHAR holds are not written: those clients are read from the
-- part tables. (Version 15 is a Java step, NamePairBackfill.)
ALTER TABLE atr_client ADD COLUMN parts_doc VARCHAR(32672);
ALTER TABLE atr_client ADD COLUMN parts_version BIGINT;
