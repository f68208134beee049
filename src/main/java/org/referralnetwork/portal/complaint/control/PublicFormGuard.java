package org.referralnetwork.portal.complaint.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The abuse guard of the public complaint pages, without a captcha: form tickets and the honeypot
 * ({@link FormCheck}), and rate limits per client address and overall ({@link RateLimiter}), all
 * in memory. Limits come from MicroProfile Config ({@code portal.complaints.*}).
 */
@ApplicationScoped
public class PublicFormGuard {

  private static final String EVERYONE = "";

  @Inject
  @ConfigProperty(name = "portal.complaints.filings-per-address", defaultValue = "5")
  int filingsPerAddress;

  @Inject
  @ConfigProperty(name = "portal.complaints.filings-overall", defaultValue = "100")
  int filingsOverall;

  @Inject
  @ConfigProperty(name = "portal.complaints.filing-window-minutes", defaultValue = "60")
  int filingWindowMinutes;

  @Inject
  @ConfigProperty(name = "portal.complaints.lookups-per-address", defaultValue = "20")
  int lookupsPerAddress;

  @Inject
  @ConfigProperty(name = "portal.complaints.lookup-window-minutes", defaultValue = "10")
  int lookupWindowMinutes;

  @Inject
  @ConfigProperty(name = "portal.complaints.min-fill-seconds", defaultValue = "3")
  int minFillSeconds;

  @Inject
  @ConfigProperty(name = "portal.complaints.trust-forwarded-for", defaultValue = "false")
  boolean trustForwardedFor;

  private final Clock clock = Clock.systemUTC();
  private FormCheck formCheck;
  private RateLimiter filingsByAddress;
  private RateLimiter filingsByEveryone;
  private RateLimiter lookupsByAddress;

  @PostConstruct
  void configure() {
    Duration filingWindow = Duration.ofMinutes(filingWindowMinutes);
    formCheck = new FormCheck(Duration.ofSeconds(minFillSeconds), clock);
    filingsByAddress = new RateLimiter(filingsPerAddress, filingWindow, clock);
    filingsByEveryone = new RateLimiter(filingsOverall, filingWindow, clock);
    lookupsByAddress = new RateLimiter(lookupsPerAddress, Duration.ofMinutes(lookupWindowMinutes), clock);
  }

  public FormTicket issue() {
    return formCheck.issue();
  }

  public FormCheck.Verdict check(FormTicket ticket, String honeypot) {
    return formCheck.check(ticket, honeypot);
  }

  /** Counts a filing from the address if neither its limit nor the overall one is reached; else when to try again. */
  public synchronized Optional<Instant> tryFiling(String address) {
    Optional<Instant> mine = filingsByAddress.nextFree(address);
    Optional<Instant> everyone = filingsByEveryone.nextFree(EVERYONE);
    if (mine.isPresent() || everyone.isPresent()) {
      return Optional.of(later(mine.orElse(Instant.MIN), everyone.orElse(Instant.MIN)));
    }
    filingsByAddress.record(address);
    filingsByEveryone.record(EVERYONE);
    return Optional.empty();
  }

  /** Counts a look-up from the address if its limit is not reached; else when to try again. */
  public Optional<Instant> tryLookup(String address) {
    return lookupsByAddress.tryAcquire(address);
  }

  public String addressOf(String remoteAddress, String forwardedFor) {
    return ClientAddress.of(remoteAddress, forwardedFor, trustForwardedFor);
  }

  public Instant now() {
    return clock.instant();
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
