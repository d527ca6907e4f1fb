-- Lists of distinct values (a client's e-mails, websites and tags, a contact's e-mails, a picklist's
-- options, a user's roles) are keyed by (owner, value) rather than (owner, position). EclipseLink
-- writes a reordered list as one UPDATE of each moved row's position, and a replaced value as an
-- INSERT and a DELETE in either order: with the position in the key, a swap or a replacement ran into
-- the row still holding that position. Each value appears once per owner, as the checks keep it.
ALTER TABLE atr_client_email DROP PRIMARY KEY;
ALTER TABLE atr_client_email ADD CONSTRAINT atr_client_email_pk PRIMARY KEY (client_id, address);
ALTER TABLE atr_client_website DROP PRIMARY KEY;
ALTER TABLE atr_client_website ADD CONSTRAINT atr_client_website_pk PRIMARY KEY (client_id, url);
ALTER TABLE atr_client_tag DROP PRIMARY KEY;
ALTER TABLE atr_client_tag ADD CONSTRAINT atr_client_tag_pk PRIMARY KEY (client_id, tag);
ALTER TABLE atr_contact_email DROP PRIMARY KEY;
ALTER TABLE atr_contact_email ADD CONSTRAINT atr_contact_email_pk PRIMARY KEY (contact_id, address);
ALTER TABLE atr_custom_field_option DROP PRIMARY KEY;
ALTER TABLE atr_custom_field_option ADD CONSTRAINT atr_custom_field_option_pk PRIMARY KEY (field_id, val);
ALTER TABLE atr_user_role DROP PRIMARY KEY;
ALTER TABLE atr_user_role ADD CONSTRAINT atr_user_role_pk PRIMARY KEY (user_id, role_id);
