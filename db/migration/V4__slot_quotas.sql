-- Issue 4: scarce relocation and resettlement places, counted in slots under quotas.

CREATE TABLE quota (
  id              BIGINT      NOT NULL AUTO_INCREMENT,
  programme       VARCHAR(40) NOT NULL,
  organisation_id VARCHAR(36) NOT NULL,
  period_start    DATE        NOT NULL,
  period_end      DATE        NOT NULL,
  allotted        INT         NOT NULL,
  held            INT         NOT NULL DEFAULT 0,
  used            INT         NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_quota_partner (organisation_id, programme, period_start),
  CONSTRAINT fk_quota_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  CONSTRAINT ck_quota_period CHECK (period_end >= period_start),
  CONSTRAINT ck_quota_counts CHECK (allotted >= 0 AND held >= 0 AND used >= 0),
  -- the last line of defence: whatever the code does, a quota is never overspent
  CONSTRAINT ck_quota_not_overspent CHECK (held + used <= allotted)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: every change of a quota's figures is one row; the figures are the sums of the rows.
CREATE TABLE slot_movement (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  quota_id       BIGINT        NOT NULL,
  referral_id    BIGINT        NULL,
  kind           VARCHAR(20)   NOT NULL,
  allotted_delta INT           NOT NULL,
  held_delta     INT           NOT NULL,
  used_delta     INT           NOT NULL,
  moved_by       VARCHAR(255)  NOT NULL,
  moved_at       DATETIME(6)   NOT NULL,
  reason         VARCHAR(1000) NULL,
  PRIMARY KEY (id),
  KEY ix_slot_movement_quota (quota_id, moved_at),
  CONSTRAINT fk_slot_movement_quota FOREIGN KEY (quota_id) REFERENCES quota (id),
  CONSTRAINT fk_slot_movement_referral FOREIGN KEY (referral_id) REFERENCES referral (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Where each slotted referral stands: holding slots, waiting on the list, using them, or done.
CREATE TABLE referral_slot (
  referral_id BIGINT      NOT NULL,
  quota_id    BIGINT      NULL,
  slots       INT         NOT NULL,
  state       VARCHAR(20) NOT NULL,
  since       DATETIME(6) NOT NULL,
  PRIMARY KEY (referral_id),
  KEY ix_referral_slot_waitlist (state, since),
  CONSTRAINT fk_referral_slot_referral FOREIGN KEY (referral_id) REFERENCES referral (id),
  CONSTRAINT fk_referral_slot_quota FOREIGN KEY (quota_id) REFERENCES quota (id),
  CONSTRAINT ck_referral_slot_state CHECK (state IN ('HELD', 'WAITLISTED', 'USED', 'RELEASED')),
  CONSTRAINT ck_referral_slot_slots CHECK (slots > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
