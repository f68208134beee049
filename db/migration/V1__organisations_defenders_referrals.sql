-- The first tables of the portal. Runs on MySQL 8 and MariaDB 10.11+ (utf8mb4 throughout, so
-- Arabic and Cyrillic names round-trip). Enum columns carry CHECKs as a last line of defence.

CREATE TABLE organisation (
  id            VARCHAR(36)  NOT NULL COMMENT 'the Keycloak organisation id',
  alias         VARCHAR(255) NOT NULL,
  name          VARCHAR(255) NOT NULL,
  registered_at DATETIME(6)  NOT NULL,
  refreshed_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE organisation_kind (
  organisation_id VARCHAR(36) NOT NULL,
  kind            VARCHAR(40) NOT NULL,
  PRIMARY KEY (organisation_id, kind),
  CONSTRAINT fk_organisation_kind_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT ck_organisation_kind CHECK (kind IN
    ('CONSORTIUM_PARTNER', 'RELOCATION_HOST', 'SHELTER_COPARTNER', 'CANADA_REFERRAL_PARTNER', 'SECRETARIAT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE defender (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  organisation_id VARCHAR(36)  NOT NULL COMMENT 'the organisation that knows this defender',
  name_or_alias   VARCHAR(200) NOT NULL,
  country_code    CHAR(2)      NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_defender_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE referral (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  programme        VARCHAR(40)  NOT NULL,
  organisation_id  VARCHAR(36)  NOT NULL COMMENT 'the referring organisation',
  defender_id      BIGINT       NOT NULL,
  status           VARCHAR(40)  NOT NULL,
  urgency          VARCHAR(20)  NOT NULL,
  request_language CHAR(2)      NOT NULL,
  created_by       VARCHAR(255) NOT NULL,
  created_at       DATETIME(6)  NOT NULL,
  updated_at       DATETIME(6)  NOT NULL,
  version          BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_referral_organisation_created (organisation_id, created_at),
  KEY ix_referral_status (status),
  CONSTRAINT fk_referral_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT fk_referral_defender FOREIGN KEY (defender_id) REFERENCES defender (id),
  CONSTRAINT ck_referral_programme CHECK (programme IN
    ('EMERGENCY_GRANT', 'ORGANISATIONAL_SUPPORT', 'TEMPORARY_RELOCATION', 'CANADA_STREAM')),
  CONSTRAINT ck_referral_urgency CHECK (urgency IN ('URGENT', 'HIGH', 'ROUTINE')),
  CONSTRAINT ck_referral_language CHECK (request_language IN ('EN', 'FR', 'ES', 'AR', 'RU'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE referral_status_change (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  referral_id BIGINT        NOT NULL,
  from_status VARCHAR(40)   NULL,
  to_status   VARCHAR(40)   NOT NULL,
  changed_by  VARCHAR(255)  NOT NULL,
  changed_at  DATETIME(6)   NOT NULL,
  reason      VARCHAR(2000) NULL,
  PRIMARY KEY (id),
  KEY ix_status_change_referral (referral_id, changed_at),
  CONSTRAINT fk_status_change_referral FOREIGN KEY (referral_id) REFERENCES referral (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
