-- Example rules every installation starts with, switched off: an admin turns them on (PUT with
-- "enabled": true) or changes them like any other rule. Run once, by the migration, never again.
INSERT INTO atr_auto_rule (id, name, enabled, current_version, created_at, updated_at) VALUES
    ('00000000-0000-4000-8000-00000000a001', 'Follow up a deal unchanged for 7 days', 0, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
    ('00000000-0000-4000-8000-00000000a002', 'Birthday greeting', 0, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO atr_auto_rule_version (rule_id, version, trigger_type, definition, created_at, created_by) VALUES
    ('00000000-0000-4000-8000-00000000a001', 1, 'opportunity.stuck',
     '{"name":"Follow up a deal unchanged for 7 days","trigger":{"type":"opportunity.stuck","arguments":{"days":"7"}},"conditions":{"all":[]},"actions":[{"type":"core.create-task","arguments":{"title":"Follow up: the deal has not moved for 7 days","assignee":"owner","dueInDays":"1","priority":"HIGH"}}]}',
     CURRENT_TIMESTAMP, NULL),
    -- the template is the built-in "Birthday greeting" of core/mail, without which the rule is inactive
    ('00000000-0000-4000-8000-00000000a002', 1, 'date.reached',
     '{"name":"Birthday greeting","trigger":{"type":"date.reached","arguments":{"field":"birthday","offsetDays":"0","yearly":"true"}},"conditions":{"all":[]},"actions":[{"type":"core.send-email","arguments":{"template":"00000000-0000-4000-8000-00000000b001","to":"contact"}}]}',
     CURRENT_TIMESTAMP, NULL);
