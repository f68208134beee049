-- V8 sealed the personal data into the *_sealed columns; the plain columns go, and the
-- sealed ones take their names. From here on the database holds no plain name, contact,
-- narrative, message or document.

ALTER TABLE defender
  DROP COLUMN name_or_alias,
  DROP COLUMN gender_identity,
  DROP COLUMN pronouns,
  DROP COLUMN languages,
  DROP COLUMN safe_contact,
  DROP COLUMN human_rights_work;
ALTER TABLE defender
  CHANGE COLUMN name_or_alias_sealed name_or_alias VARBINARY(1000) NOT NULL,
  CHANGE COLUMN gender_identity_sealed gender_identity VARBINARY(500) NULL,
  CHANGE COLUMN pronouns_sealed pronouns VARBINARY(300) NULL,
  CHANGE COLUMN languages_sealed languages VARBINARY(1000) NULL,
  CHANGE COLUMN safe_contact_sealed safe_contact BLOB NULL,
  CHANGE COLUMN human_rights_work_sealed human_rights_work BLOB NULL,
  MODIFY COLUMN data_key_id BIGINT NOT NULL,
  ADD CONSTRAINT fk_defender_data_key FOREIGN KEY (data_key_id) REFERENCES data_key (id);

ALTER TABLE referral
  DROP COLUMN risk_situation,
  DROP COLUMN other_measures,
  DROP COLUMN family_details,
  DROP COLUMN other_applications;
ALTER TABLE referral
  CHANGE COLUMN risk_situation_sealed risk_situation MEDIUMBLOB NULL,
  CHANGE COLUMN other_measures_sealed other_measures BLOB NULL,
  CHANGE COLUMN family_details_sealed family_details BLOB NULL,
  CHANGE COLUMN other_applications_sealed other_applications BLOB NULL,
  MODIFY COLUMN data_key_id BIGINT NOT NULL,
  ADD CONSTRAINT fk_referral_data_key FOREIGN KEY (data_key_id) REFERENCES data_key (id);

ALTER TABLE referral_status_change DROP COLUMN reason;
ALTER TABLE referral_status_change CHANGE COLUMN reason_sealed reason BLOB NULL;

ALTER TABLE referral_message DROP COLUMN body;
ALTER TABLE referral_message CHANGE COLUMN body_sealed body BLOB NOT NULL;

ALTER TABLE referral_document DROP COLUMN file_name, DROP COLUMN content;
ALTER TABLE referral_document
  CHANGE COLUMN file_name_sealed file_name VARBINARY(1000) NOT NULL,
  CHANGE COLUMN content_sealed content LONGBLOB NOT NULL;

ALTER TABLE relocation_report DROP COLUMN body;
ALTER TABLE relocation_report CHANGE COLUMN body_sealed body BLOB NOT NULL;
