-- A submission is a lead to answer until a user marks it answered from "what to do now"; the
-- unanswered ones are found newest first on their own index.
ALTER TABLE atr_auto_form_submission ADD COLUMN answered_at TIMESTAMP;
ALTER TABLE atr_auto_form_submission ADD COLUMN answered_by VARCHAR(36);
CREATE INDEX atr_auto_form_submission_unanswered ON atr_auto_form_submission (answered_at, submitted_at DESC, id);
