-- A sending run claims its events by the batch too, marked with its token and read back by id, and
-- writes the e-mails of the events it expands already claimed (SENDING, its token): claiming them
-- again right after was one more write of every e-mail. Claimed e-mails are read back by their ids
-- or their events' ids with the token, so the index on the token, changed twice per e-mail, goes.
ALTER TABLE notification_event
  ADD COLUMN claim_token CHAR(36) NULL COMMENT 'the sending run that holds the event while CLAIMED';
ALTER TABLE notification
  DROP KEY ix_notification_claim;
