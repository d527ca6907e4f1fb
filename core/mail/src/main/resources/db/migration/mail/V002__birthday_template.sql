-- A template every installation starts with, for the built-in birthday rule of core/automation (its id
-- is named there). An admin may change it like any other; run once, by the migration, never again.
INSERT INTO atr_mail_template (id, name, variants, version, created_at, updated_at) VALUES
    ('00000000-0000-4000-8000-00000000b001', 'Birthday greeting',
     '{"en":{"subject":"Happy birthday, {{contact.firstName}}!","text":"Dear {{contact.firstName}},\n\nall of us wish you a happy birthday and a wonderful year ahead.","html":null},"es":{"subject":"¡Feliz cumpleaños, {{contact.firstName}}!","text":"Querido/a {{contact.firstName}}:\n\ntodo nuestro equipo le desea un feliz cumpleaños y un año estupendo.","html":null},"ru":{"subject":"С днём рождения, {{contact.firstName}}!","text":"Уважаемый(ая) {{contact.firstName}}!\n\nПоздравляем вас с днём рождения и желаем прекрасного года.","html":null}}',
     1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
