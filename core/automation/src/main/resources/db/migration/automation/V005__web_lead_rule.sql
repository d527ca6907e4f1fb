-- The example rule for web forms, switched off like the others: a welcome e-mail (core/mail's built-in
-- "Web lead welcome" template, without which the rule is inactive) and a call task for the client's
-- owner, for every accepted submission of any form. Run once, by the migration, never again.
INSERT INTO atr_auto_rule (id, name, enabled, current_version, created_at, updated_at) VALUES
    ('00000000-0000-4000-8000-00000000a003', 'Web lead: welcome e-mail and a call task for the owner', 0, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO atr_auto_rule_version (rule_id, version, trigger_type, definition, created_at, created_by) VALUES
    ('00000000-0000-4000-8000-00000000a003', 1, 'webform.submitted',
     '{"name":"Web lead: welcome e-mail and a call task for the owner","trigger":{"type":"webform.submitted","arguments":{}},"conditions":{"all":[]},"actions":[{"type":"core.send-email","arguments":{"template":"00000000-0000-4000-8000-00000000b002","to":"client"}},{"type":"core.create-task","arguments":{"title":"Call the web lead","assignee":"owner","dueInDays":"1","priority":"HIGH"}}]}',
     CURRENT_TIMESTAMP, NULL);
