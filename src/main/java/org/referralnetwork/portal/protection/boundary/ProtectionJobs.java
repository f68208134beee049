package org.referralnetwork.portal.protection.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.referralnetwork.portal.platform.JobRuns;
import org.referralnetwork.portal.protection.control.DataKeys;

/**
 * The data protection jobs: the retention rules once a night (once per cluster), and the rewrapping
 * of data keys after a master key rotation, a batch every ten minutes until none is left.
 */
@Singleton
public class ProtectionJobs {

  private static final Logger LOG = Logger.getLogger(ProtectionJobs.class.getName());
  private static final int REWRAP_BATCH = 500;

  @EJB JobRuns runs;
  @EJB PersonalData personalData;
  @Inject DataKeys dataKeys;

  @Schedule(hour = "2", minute = "30", persistent = false)
  void applyRetentionRules() {
    if (runs.claim(PersonalData.RETENTION_JOB, LocalDate.now(ZoneOffset.UTC))) {
      int erased = personalData.eraseDueByJob();
      LOG.info(() -> "retention: personal data of " + erased + " referrals erased");
    }
  }

  @Schedule(hour = "*", minute = "*/10", persistent = false)
  void rewrapDataKeys() {
    int rewrapped = dataKeys.rewrap(REWRAP_BATCH);
    if (rewrapped > 0) {
      LOG.info(() -> rewrapped + " data keys wrapped with the current master key");
    }
  }
}
