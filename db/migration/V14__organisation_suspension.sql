-- Onboarding from the portal: the secretariat can suspend an organisation (Keycloak then holds it
-- disabled and its members are refused) and reactivate it. Its referrals stay untouched. Who did
-- it and when is in the audit log; the reason is kept here for the organisations page.
ALTER TABLE organisation
  ADD COLUMN suspended_at      DATETIME(6)  NULL COMMENT 'set while the organisation is suspended',
  ADD COLUMN suspension_reason VARCHAR(500) NULL COMMENT 'the secretariat''s words, no personal data';
