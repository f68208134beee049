-- Complaints from anyone affected by the mechanism's actions, and feedback from partners
-- (source page: "submit a complaint ... provide feedback"), with the secretariat's handling.

-- One row per complaint (kind COMPLAINT, filed on the public page, followed with the reference and a
-- secret code of which only the SHA-256 is kept) or feedback (kind FEEDBACK, sent by a partner's user
-- and recorded with their organisation). No client address is ever stored.
-- body, referral_reference, contact, answer and internal_note are personal text, sealed by the
-- portal with the complaint's own data key (data_key_id, see V7); the application limits their
-- lengths (4000, 40, 300, 4000, 4000 characters) and never queries them.
CREATE TABLE complaint (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  reference          VARCHAR(12)   NOT NULL COMMENT 'C-XXXX-XXXX or F-XXXX-XXXX, random',
  kind               VARCHAR(10)   NOT NULL,
  subject            VARCHAR(20)   NOT NULL,
  status             VARCHAR(20)   NOT NULL,
  secret_hash        CHAR(64)      NULL COMMENT 'SHA-256 (hex) of the complainant''s secret code',
  body               BLOB          NOT NULL,
  referral_reference BLOB          NULL,
  contact            BLOB          NULL,
  language           VARCHAR(2)    NOT NULL,
  organisation_id    VARCHAR(36)   NULL COMMENT 'the partner that sent feedback',
  sent_by            VARCHAR(255)  NULL COMMENT 'the partner user who sent feedback',
  filed_at           DATETIME(6)   NOT NULL,
  answer             BLOB          NULL COMMENT 'shown to the complainant',
  answered_at        DATETIME(6)   NULL,
  internal_note      BLOB          NULL COMMENT 'the secretariat''s, never shown to the complainant',
  handled_by         VARCHAR(255)  NULL,
  handled_at         DATETIME(6)   NULL,
  data_key_id        BIGINT        NOT NULL,
  version            BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_complaint_reference (reference),
  KEY ix_complaint_filed (filed_at, id),
  KEY ix_complaint_kind_status (kind, status, filed_at),
  KEY ix_complaint_status (status, filed_at),
  KEY ix_complaint_organisation (organisation_id, filed_at),
  CONSTRAINT fk_complaint_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_complaint_data_key FOREIGN KEY (data_key_id) REFERENCES data_key (id),
  CONSTRAINT ck_complaint_kind CHECK (kind IN ('COMPLAINT', 'FEEDBACK')),
  CONSTRAINT ck_complaint_subject CHECK (subject IN ('REFERRAL_PROCESS', 'DECISION', 'CONDUCT', 'DATA_PROTECTION', 'OTHER')),
  CONSTRAINT ck_complaint_status CHECK (status IN ('RECEIVED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED')),
  CONSTRAINT ck_complaint_language CHECK (language IN ('EN', 'FR', 'ES', 'AR', 'RU')),
  -- a complaint is followed with its code; feedback belongs to the organisation that sent it
  CONSTRAINT ck_complaint_secret CHECK ((kind = 'COMPLAINT') = (secret_hash IS NOT NULL)),
  CONSTRAINT ck_complaint_sender CHECK ((kind = 'FEEDBACK') = (organisation_id IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
