-- Supporting documents of a referral, kept in the database with the referral they belong to, so
-- that the organisation scope, backups and deletion apply to them exactly as to the referral.
CREATE TABLE referral_document (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  referral_id  BIGINT       NOT NULL,
  file_name    VARCHAR(255) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes   INT          NOT NULL,
  content      LONGBLOB     NOT NULL,
  uploaded_by  VARCHAR(255) NOT NULL,
  uploaded_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_referral_document_referral (referral_id),
  CONSTRAINT fk_referral_document_referral FOREIGN KEY (referral_id) REFERENCES referral (id),
  CONSTRAINT ck_referral_document_size CHECK (size_bytes > 0 AND size_bytes <= 10485760)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
