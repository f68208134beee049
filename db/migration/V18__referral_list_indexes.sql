-- Filtering the referral list by state: for the secretariat, the referrals of one state newest
-- first; for a partner, the same within its organisation. Both are read from the index in the
-- list's order, and counted from it, instead of reading every referral of the state (or of the
-- organisation) to sort or count them (see the benchmark). The first replaces the index on the
-- state alone, which it starts with.
ALTER TABLE referral
  ADD INDEX ix_referral_status_created (status, created_at),
  ADD INDEX ix_referral_organisation_status_created (organisation_id, status, created_at),
  DROP INDEX ix_referral_status;
