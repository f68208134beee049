-- Issue 5: host organisations, the secretariat's offers to them, and the relocations they run.

-- What a host organisation can offer: one profile per organisation.
CREATE TABLE host_profile (
  organisation_id VARCHAR(36)   NOT NULL,
  cities          VARCHAR(500)  NULL,
  gender_sensitive BOOLEAN      NOT NULL DEFAULT FALSE,
  accessibility   BOOLEAN       NOT NULL DEFAULT FALSE,
  notes           VARCHAR(2000) NULL,
  updated_by      VARCHAR(255)  NOT NULL,
  updated_at      DATETIME(6)   NOT NULL,
  version         BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (organisation_id),
  CONSTRAINT fk_host_profile_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE host_provision (
  organisation_id VARCHAR(36) NOT NULL,
  provision       VARCHAR(40) NOT NULL,
  PRIMARY KEY (organisation_id, provision),
  CONSTRAINT fk_host_provision_profile FOREIGN KEY (organisation_id) REFERENCES host_profile (organisation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE host_language (
  organisation_id VARCHAR(36) NOT NULL,
  language        VARCHAR(2)  NOT NULL,
  PRIMARY KEY (organisation_id, language),
  CONSTRAINT fk_host_language_profile FOREIGN KEY (organisation_id) REFERENCES host_profile (organisation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Places the host declares for a period; a relocation takes one place for its dates.
CREATE TABLE host_capacity (
  id              BIGINT      NOT NULL AUTO_INCREMENT,
  organisation_id VARCHAR(36) NOT NULL,
  period_start    DATE        NOT NULL,
  period_end      DATE        NOT NULL,
  places          INT         NOT NULL,
  PRIMARY KEY (id),
  KEY ix_host_capacity_host (organisation_id, period_start),
  CONSTRAINT fk_host_capacity_profile FOREIGN KEY (organisation_id) REFERENCES host_profile (organisation_id),
  CONSTRAINT ck_host_capacity_period CHECK (period_end >= period_start),
  CONSTRAINT ck_host_capacity_places CHECK (places BETWEEN 1 AND 1000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The secretariat offers an accepted relocation referral to one host at a time.
CREATE TABLE relocation_offer (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  referral_id      BIGINT        NOT NULL,
  host_id          VARCHAR(36)   NOT NULL,
  state            VARCHAR(20)   NOT NULL,
  wanted_start     DATE          NOT NULL,
  months           INT           NOT NULL,
  language         VARCHAR(2)    NOT NULL,
  gender_sensitive BOOLEAN       NOT NULL DEFAULT FALSE,
  accessibility    BOOLEAN       NOT NULL DEFAULT FALSE,
  family_members   INT           NOT NULL DEFAULT 0,
  share_identity   BOOLEAN       NOT NULL DEFAULT FALSE,
  note             VARCHAR(2000) NULL,
  offered_by       VARCHAR(255)  NOT NULL,
  offered_at       DATETIME(6)   NOT NULL,
  answer_due       DATETIME(6)   NOT NULL,
  answered_by      VARCHAR(255)  NULL,
  answered_at      DATETIME(6)   NULL,
  answer_reason    VARCHAR(2000) NULL,
  -- Set while the offer waits for an answer, cleared after: at most one open offer per referral.
  open_referral_id BIGINT        NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_relocation_offer_open (open_referral_id),
  KEY ix_relocation_offer_host (host_id, state, answer_due),
  KEY ix_relocation_offer_referral (referral_id, offered_at),
  CONSTRAINT fk_relocation_offer_referral FOREIGN KEY (referral_id) REFERENCES referral (id),
  CONSTRAINT fk_relocation_offer_host FOREIGN KEY (host_id) REFERENCES organisation (id),
  CONSTRAINT ck_relocation_offer_state CHECK (state IN ('OFFERED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
  CONSTRAINT ck_relocation_offer_months CHECK (months BETWEEN 1 AND 12),
  CONSTRAINT ck_relocation_offer_open CHECK ((state = 'OFFERED') = (open_referral_id IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE relocation_offer_need (
  offer_id  BIGINT      NOT NULL,
  provision VARCHAR(40) NOT NULL,
  PRIMARY KEY (offer_id, provision),
  CONSTRAINT fk_relocation_offer_need_offer FOREIGN KEY (offer_id) REFERENCES relocation_offer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The relocation an accepted offer starts: it takes one of the host's places from start to end.
CREATE TABLE relocation (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  offer_id          BIGINT        NOT NULL,
  referral_id       BIGINT        NOT NULL,
  host_id           VARCHAR(36)   NOT NULL,
  state             VARCHAR(20)   NOT NULL,
  planned_start     DATE          NOT NULL,
  planned_end       DATE          NOT NULL,
  budget_eur        DECIMAL(10,2) NOT NULL,
  arrived_on        DATE          NULL,
  ended_on          DATE          NULL,
  end_reason        VARCHAR(2000) NULL,
  follow_up         VARCHAR(30)   NULL,
  follow_up_notes   VARCHAR(2000) NULL,
  version           BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  UNIQUE KEY uk_relocation_offer (offer_id),
  KEY ix_relocation_host_dates (host_id, planned_start, planned_end),
  KEY ix_relocation_referral (referral_id),
  CONSTRAINT fk_relocation_offer FOREIGN KEY (offer_id) REFERENCES relocation_offer (id),
  CONSTRAINT fk_relocation_referral FOREIGN KEY (referral_id) REFERENCES referral (id),
  CONSTRAINT fk_relocation_host FOREIGN KEY (host_id) REFERENCES organisation (id),
  CONSTRAINT ck_relocation_state CHECK (state IN ('PLANNED', 'ACTIVE', 'RETURNED', 'ENDED_EARLY')),
  CONSTRAINT ck_relocation_dates CHECK (planned_end > planned_start AND planned_end <= planned_start + INTERVAL 12 MONTH),
  CONSTRAINT ck_relocation_budget CHECK (budget_eur > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the host reports while the defender is with them: status updates and the mid-term check.
CREATE TABLE relocation_report (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  relocation_id BIGINT        NOT NULL,
  kind          VARCHAR(20)   NOT NULL,
  written_by    VARCHAR(255)  NOT NULL,
  written_at    DATETIME(6)   NOT NULL,
  body          VARCHAR(4000) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_relocation_report_relocation (relocation_id, written_at),
  CONSTRAINT fk_relocation_report_relocation FOREIGN KEY (relocation_id) REFERENCES relocation (id),
  CONSTRAINT ck_relocation_report_kind CHECK (kind IN ('UPDATE', 'MID_TERM'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
