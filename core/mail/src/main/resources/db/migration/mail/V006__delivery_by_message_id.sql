-- a bounce report names the Message-ID of the returned message; its delivery is found by it
CREATE INDEX atr_mail_delivery_message ON atr_mail_delivery (message_id);
