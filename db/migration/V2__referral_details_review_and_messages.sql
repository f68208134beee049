-- Issue 3: what a referral says, how the secretariat reviews it, and the one-request rule.

ALTER TABLE defender
  ADD COLUMN identity_hash     CHAR(64)      NULL COMMENT 'keyed hash of the normalised name and country; never the name itself',
  ADD COLUMN gender_identity   VARCHAR(100)  NULL,
  ADD COLUMN pronouns          VARCHAR(50)   NULL,
  ADD COLUMN languages         VARCHAR(200)  NULL,
  ADD COLUMN safe_contact      VARCHAR(500)  NULL,
  ADD COLUMN human_rights_work VARCHAR(4000) NULL;

ALTER TABLE referral
  ADD COLUMN risk_situation        TEXT          NULL,
  ADD COLUMN other_measures        VARCHAR(2000) NULL,
  ADD COLUMN amount_eur            DECIMAL(10,2) NULL,
  ADD COLUMN relocation_months     INT           NULL,
  ADD COLUMN family_members        INT           NOT NULL DEFAULT 0,
  ADD COLUMN family_details        VARCHAR(2000) NULL,
  ADD COLUMN other_applications    VARCHAR(2000) NULL,
  ADD COLUMN consent_given         BOOLEAN       NOT NULL DEFAULT FALSE,
  ADD COLUMN confidentiality       VARCHAR(20)   NOT NULL DEFAULT 'CONFIDENTIAL',
  ADD COLUMN share_with            VARCHAR(500)  NULL,
  ADD COLUMN submitted_at          DATETIME(6)   NULL,
  ADD COLUMN decided_at            DATETIME(6)   NULL,
  ADD COLUMN assigned_reviewer     VARCHAR(255)  NULL,
  ADD COLUMN redirected_to         VARCHAR(1000) NULL,
  -- Set while the referral is open, cleared when it ends: the unique key lets exactly one open
  -- request per defender exist in the whole network, whatever the concurrency.
  ADD COLUMN open_identity         CHAR(64)      NULL,
  ADD CONSTRAINT uk_referral_open_identity UNIQUE (open_identity),
  ADD CONSTRAINT ck_referral_amount CHECK (amount_eur IS NULL OR amount_eur > 0),
  ADD CONSTRAINT ck_referral_months CHECK (relocation_months IS NULL OR relocation_months BETWEEN 1 AND 12),
  ADD CONSTRAINT ck_referral_family CHECK (family_members >= 0),
  ADD CONSTRAINT ck_referral_confidentiality CHECK (confidentiality IN ('CONFIDENTIAL', 'MAY_BE_SHARED')),
  ADD KEY ix_referral_queue (status, urgency, submitted_at);

CREATE TABLE referral_measure (
  referral_id BIGINT      NOT NULL,
  measure     VARCHAR(40) NOT NULL,
  PRIMARY KEY (referral_id, measure),
  CONSTRAINT fk_referral_measure_referral FOREIGN KEY (referral_id) REFERENCES referral (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The status-inquiry thread between the referring organisation and the secretariat.
CREATE TABLE referral_message (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  referral_id     BIGINT        NOT NULL,
  author          VARCHAR(255)  NOT NULL,
  from_secretariat BOOLEAN      NOT NULL,
  sent_at         DATETIME(6)   NOT NULL,
  body            VARCHAR(4000) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_referral_message_referral (referral_id, sent_at),
  CONSTRAINT fk_referral_message_referral FOREIGN KEY (referral_id) REFERENCES referral (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who opened which referral, and when: all information is confidential, so access is logged.
CREATE TABLE referral_access (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  referral_id BIGINT       NOT NULL,
  accessed_by VARCHAR(255) NOT NULL,
  accessed_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_referral_access_referral (referral_id, accessed_at),
  CONSTRAINT fk_referral_access_referral FOREIGN KEY (referral_id) REFERENCES referral (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
