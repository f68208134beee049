-- Notifications: what happened that needs a person, who hears of it in the portal, and which
-- e-mails go out. Nothing here names a defender: a reference (RN-...), a kind, a status.

-- The outbox: one row per event, written in the transaction of the change it announces, so an
-- event exists exactly when its change committed. A sender job turns it into notifications.
CREATE TABLE notification_event (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  kind             VARCHAR(40)  NOT NULL,
  reference        VARCHAR(80)  NOT NULL COMMENT 'RN-... for a referral, the quota''s programme and period for slots',
  referral_id      BIGINT       NULL,
  detail           VARCHAR(40)  NULL     COMMENT 'the decision (a status) or the share of slots used, never free text',
  organisation_id  VARCHAR(36)  NULL     COMMENT 'the organisation whose people hear of it, besides the secretariat',
  created_at       DATETIME(6)  NOT NULL,
  state            VARCHAR(12)  NOT NULL DEFAULT 'NEW',
  attempts         INT          NOT NULL DEFAULT 0,
  next_attempt_at  DATETIME(6)  NOT NULL,
  claimed_until    DATETIME(6)  NULL     COMMENT 'an instance working on it; after this time another may',
  PRIMARY KEY (id),
  KEY ix_notification_event_due (state, next_attempt_at),
  CONSTRAINT ck_notification_event_state CHECK (state IN ('NEW', 'CLAIMED', 'DONE', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per person and event: the portal's own notification (read or not) and its e-mail.
-- The unique key makes turning an event into notifications safe to repeat.
CREATE TABLE notification (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  event_id         BIGINT       NOT NULL,
  user_id          VARCHAR(255) NOT NULL COMMENT 'Keycloak user id, the token''s sub',
  created_at       DATETIME(6)  NOT NULL,
  read_at          DATETIME(6)  NULL,
  email_state      VARCHAR(12)  NOT NULL,
  email_address    VARCHAR(320) NULL     COMMENT 'kept only until the e-mail is sent',
  language         VARCHAR(2)   NOT NULL,
  attempts         INT          NOT NULL DEFAULT 0,
  next_attempt_at  DATETIME(6)  NULL,
  claimed_until    DATETIME(6)  NULL,
  sent_at          DATETIME(6)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_notification_once (event_id, user_id),
  KEY ix_notification_inbox (user_id, created_at),
  KEY ix_notification_unread (user_id, read_at),
  KEY ix_notification_mail_due (email_state, next_attempt_at),
  CONSTRAINT fk_notification_event FOREIGN KEY (event_id) REFERENCES notification_event (id),
  CONSTRAINT ck_notification_email_state
    CHECK (email_state IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'NOT_WANTED', 'NO_ADDRESS')),
  CONSTRAINT ck_notification_language CHECK (language IN ('en', 'fr', 'es', 'ar', 'ru'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each user's e-mail choices: a row means "no e-mail of this kind" (the portal still shows it).
CREATE TABLE notification_choice (
  user_id  VARCHAR(255) NOT NULL,
  kind     VARCHAR(40)  NOT NULL,
  PRIMARY KEY (user_id, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
