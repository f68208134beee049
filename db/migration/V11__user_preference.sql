-- What a user chose for themselves, remembered across sessions and devices: for now the language
-- of the portal (one of the mechanism's five), set with the header's language menu.

-- One row per user who chose, keyed by Keycloak's user id (the login token's "sub"), which stays
-- the same when a username or e-mail changes. Without a row the browser's language applies.
CREATE TABLE user_preference (
  user_id     VARCHAR(255)  NOT NULL COMMENT 'Keycloak user id, the token''s sub',
  language    VARCHAR(2)    NOT NULL,
  updated_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (user_id),
  CONSTRAINT ck_user_preference_language CHECK (language IN ('en', 'fr', 'es', 'ar', 'ru'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
