-- E-mails are claimed by the batch: one conditional UPDATE marks up to 50 due e-mails with the
-- sending run's token and one SELECT reads them back; one UPDATE marks the batch sent. A claim, a
-- read and a mark for each e-mail were two commits per e-mail: 68 for a submission that 34
-- reviewers hear of, more than the submission's own work.
ALTER TABLE notification
  ADD COLUMN claim_token CHAR(36) NULL COMMENT 'the sending run that holds the e-mail while SENDING',
  ADD KEY ix_notification_claim (claim_token);
