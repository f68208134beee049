-- Issue 6: an append-only, tamper-evident audit log of reads, changes, exports, logins and refusals.

-- One row per event. Each row carries the hash of the one before it (prev_hash) and its own hash
-- over its fields and prev_hash, so an edited, deleted or inserted row breaks the chain.
-- In production, grant the portal's account only INSERT and SELECT on this table.
CREATE TABLE audit_event (
  seq             BIGINT        NOT NULL,
  occurred_at     DATETIME(6)   NOT NULL,
  actor           VARCHAR(255)  NOT NULL,
  organisation_id VARCHAR(36)   NULL COMMENT 'the actor''s organisation',
  action          VARCHAR(40)   NOT NULL,
  referral_id     BIGINT        NULL,
  subject_org     VARCHAR(36)   NULL COMMENT 'the organisation whose referral it is',
  detail          VARCHAR(500)  NULL COMMENT 'what, in words without personal data',
  source          VARCHAR(64)   NULL COMMENT 'the address the request came from',
  prev_hash       CHAR(64)      NOT NULL,
  hash            CHAR(64)      NOT NULL,
  PRIMARY KEY (seq),
  KEY ix_audit_event_time (occurred_at),
  KEY ix_audit_event_actor (actor, occurred_at),
  KEY ix_audit_event_referral (referral_id, occurred_at),
  KEY ix_audit_event_subject_org (subject_org, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The end of the chain: its row lock makes appends one after the other, and it lets the verifier
-- notice rows cut off the end.
CREATE TABLE audit_head (
  id   TINYINT  NOT NULL,
  seq  BIGINT   NOT NULL,
  hash CHAR(64) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT ck_audit_head_one CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, REPEAT('0', 64));

-- Superseded by audit_event (reads of a referral are audit events now); no deployment holds data yet.
DROP TABLE referral_access;
