-- The secretariat's list of all referrals is ordered by creation, newest first: with this index the
-- database reads the first rows of the order instead of sorting every referral for each page.
-- (A partner's list has ix_referral_organisation_created.)
CREATE INDEX ix_referral_created ON referral (created_at);
