package org.referralnetwork.portal.operations.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.referralnetwork.portal.operations.control.FigureQueries;
import org.referralnetwork.portal.operations.control.Figures;
import org.referralnetwork.portal.operations.control.Figures.QuotaSlots;
import org.referralnetwork.portal.operations.control.ReviewTimes;
import org.referralnetwork.portal.referral.entity.ReferralStatus;

/**
 * The portal's figures as MicroProfile gauges, served by Payara Micro at /metrics (Prometheus
 * format): referrals per status, the slots of each open quota, and review times. The figures are
 * read every {@code portal.metrics.refresh-seconds}; a scrape only reads the last figures, so no
 * number of scrapes can load the database.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PortalMetrics {

  private static final Logger LOG = Logger.getLogger(PortalMetrics.class.getName());
  private static final String QUOTA_SLOTS = "portal.quota.slots";
  private static final List<String> SLOT_KINDS = List.of("allotted", "held", "used");

  @Inject MetricRegistry registry;

  @Inject FigureQueries queries;

  @Resource TimerService timers;

  @Inject
  @ConfigProperty(name = "portal.metrics.refresh-seconds", defaultValue = "30")
  long refreshSeconds;

  private volatile Figures figures = new Figures(Map.of(), List.of(), ReviewTimes.of(List.of()));

  /** The programme of each quota that has gauges: part of their ids. */
  private final Map<Long, String> quotasWithGauges = new HashMap<>();

  @PostConstruct
  void register() {
    for (ReferralStatus status : ReferralStatus.values()) {
      registry.gauge(metadata("portal.referrals", "Referrals in this status, all organisations"), this,
          metrics -> metrics.figures.referralsIn(status.name()), new Tag("status", status.name()));
    }
    reviewGauge("portal.review.decisions", "Decisions of the last 90 days", ReviewTimes::decisions);
    reviewGauge("portal.review.median.seconds", "Median time from submission to decision, last 90 days",
        ReviewTimes::medianSeconds);
    reviewGauge("portal.review.p95.seconds", "95th percentile of the time from submission to decision, last 90 days",
        ReviewTimes::p95Seconds);
    timers.createIntervalTimer(0, refreshSeconds * 1000, new TimerConfig(null, false));
  }

  @Timeout
  void refresh() {
    try {
      Figures read = queries.read(Instant.now());
      followQuotas(read.quotas());
      figures = read;
    } catch (SQLException unreadable) {
      // the last figures stay; the database's readiness check reports the outage
      LOG.log(Level.WARNING, "could not read the portal''s figures: {0}", unreadable.getMessage());
    }
  }

  private void reviewGauge(String name, String description, ToDoubleFunction<ReviewTimes> figure) {
    registry.gauge(metadata(name, description), this, metrics -> figure.applyAsDouble(metrics.figures.reviewTimes()));
  }

  /** Gauges for each open quota; a quota whose period has ended loses them. */
  private void followQuotas(List<QuotaSlots> open) {
    Set<Long> openIds = new HashSet<>();
    for (QuotaSlots quota : open) {
      openIds.add(quota.quotaId());
      if (quotasWithGauges.putIfAbsent(quota.quotaId(), quota.programme()) == null) {
        quotaGauge(quota, "allotted", QuotaSlots::allotted);
        quotaGauge(quota, "held", QuotaSlots::held);
        quotaGauge(quota, "used", QuotaSlots::used);
      }
    }
    for (Long ended : Set.copyOf(quotasWithGauges.keySet())) {
      if (!openIds.contains(ended)) {
        String programme = quotasWithGauges.remove(ended);
        SLOT_KINDS.forEach(kind -> registry.remove(new MetricID(QUOTA_SLOTS, quotaTags(ended, programme, kind))));
      }
    }
  }

  private void quotaGauge(QuotaSlots quota, String kind, ToDoubleFunction<QuotaSlots> figure) {
    long id = quota.quotaId();
    registry.gauge(metadata(QUOTA_SLOTS, "Slots of an open quota: allotted, held or used"), this,
        metrics -> metrics.figures.quotas().stream().filter(q -> q.quotaId() == id).mapToDouble(figure).findFirst().orElse(0),
        quotaTags(id, quota.programme(), kind));
  }

  private static Tag[] quotaTags(long quotaId, String programme, String kind) {
    return new Tag[] {new Tag("quota", Long.toString(quotaId)), new Tag("programme", programme), new Tag("slots", kind)};
  }

  private static Metadata metadata(String name, String description) {
    return Metadata.builder().withName(name).withDescription(description).build();
  }
}
