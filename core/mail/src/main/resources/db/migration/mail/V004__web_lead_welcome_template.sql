-- A template every installation starts with, for core/automation's example rule for web forms (its id
-- is named there). An admin may change it like any other; run once, by the migration, never again.
INSERT INTO atr_mail_template (id, name, variants, version, created_at, updated_at) VALUES
    ('00000000-0000-4000-8000-00000000b002', 'Web lead welcome',
     '{"en":{"subject":"Thank you for writing to us, {{client.name}}","text":"Hello {{client.name}},\n\nthank you for your message. Your manager will call you soon.","html":null},"es":{"subject":"Gracias por escribirnos, {{client.name}}","text":"Hola, {{client.name}}:\n\ngracias por su mensaje. Su gestor le llamará pronto.","html":null},"ru":{"subject":"Спасибо за обращение, {{client.name}}","text":"Здравствуйте, {{client.name}}!\n\nСпасибо за ваше сообщение. Ваш менеджер скоро позвонит вам.","html":null}}',
     1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
