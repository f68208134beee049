-- The partner API's idempotency keys: a partner system that retries a creation with the same
-- Idempotency-Key gets the referral made the first time, never a second one.

-- One row per API client and key. The unique key makes two concurrent requests with the same key
-- wait for each other; the second finds the first's referral. The hash is of the request body, so
-- the same key with another body is refused instead of silently answered with the wrong referral.
CREATE TABLE api_idempotency (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  client_id        VARCHAR(255)  NOT NULL COMMENT 'the API client (token azp) that sent the key',
  idempotency_key  VARCHAR(255)  NOT NULL,
  request_hash     CHAR(64)      NOT NULL COMMENT 'SHA-256 of the request body, hex',
  referral_id      BIGINT        NULL,
  created_at       DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_api_idempotency UNIQUE (client_id, idempotency_key),
  CONSTRAINT fk_api_idempotency_referral FOREIGN KEY (referral_id) REFERENCES referral (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
