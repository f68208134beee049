-- Personal data sealed in the application (AES-256-GCM) with a data key per referral.
-- This migration adds the keys and the sealed columns; V8 (Java) seals what the plain
-- columns hold, then drops them and gives the sealed columns their names.

-- A data key, only ever stored wrapped by a master key that lives outside the database.
-- Destroying it (wrapped = NULL) makes everything it sealed unreadable: crypto-shredding.
CREATE TABLE data_key (
  id            BIGINT        NOT NULL PRIMARY KEY,
  master_key_id VARCHAR(40)   NOT NULL,
  wrapped       VARBINARY(80) NULL,
  created_at    DATETIME(6)   NOT NULL,
  destroyed_at  DATETIME(6)   NULL,
  INDEX data_key_by_master (master_key_id)
) ENGINE = InnoDB;

ALTER TABLE defender
  ADD COLUMN data_key_id              BIGINT         NULL,
  ADD COLUMN name_index               VARCHAR(700)   NULL,
  ADD COLUMN name_or_alias_sealed     VARBINARY(1000) NULL,
  ADD COLUMN gender_identity_sealed   VARBINARY(500) NULL,
  ADD COLUMN pronouns_sealed          VARBINARY(300) NULL,
  ADD COLUMN languages_sealed         VARBINARY(1000) NULL,
  ADD COLUMN safe_contact_sealed      BLOB           NULL,
  ADD COLUMN human_rights_work_sealed BLOB           NULL;

ALTER TABLE referral
  ADD COLUMN data_key_id               BIGINT     NULL,
  ADD COLUMN erased_at                 DATETIME(6) NULL,
  ADD COLUMN risk_situation_sealed     MEDIUMBLOB NULL,
  ADD COLUMN other_measures_sealed     BLOB       NULL,
  ADD COLUMN family_details_sealed     BLOB       NULL,
  ADD COLUMN other_applications_sealed BLOB       NULL;

ALTER TABLE referral_status_change ADD COLUMN reason_sealed BLOB NULL;
ALTER TABLE referral_message ADD COLUMN body_sealed BLOB NULL;
ALTER TABLE referral_document
  ADD COLUMN file_name_sealed VARBINARY(1000) NULL,
  ADD COLUMN content_sealed   LONGBLOB        NULL;
ALTER TABLE relocation_report ADD COLUMN body_sealed BLOB NULL;

-- A scheduled job runs once a day across all instances: the first to record the day runs it.
CREATE TABLE job_run (
  job_name   VARCHAR(60) NOT NULL,
  run_day    DATE        NOT NULL,
  started_at DATETIME(6) NOT NULL,
  PRIMARY KEY (job_name, run_day)
) ENGINE = InnoDB;
