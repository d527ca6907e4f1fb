-- the delivery log of every client, newest first, and of one channel (Derby never reads an index backwards)
CREATE INDEX atr_mail_delivery_recent ON atr_mail_delivery (queued_at DESC, id DESC);
CREATE INDEX atr_mail_delivery_channel ON atr_mail_delivery (channel, queued_at DESC, id DESC);
