package org.referralnetwork.portal.hosting.control;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.referralnetwork.portal.hosting.entity.HostProfile;
import org.referralnetwork.portal.hosting.entity.HostProvision;
import org.referralnetwork.portal.hosting.entity.HostingRequest;

/**
 * Which hosts suit a defender: a free place through the wanted period, the defender's language,
 * everything the defender needs, and gender-sensitive or accessible arrangements where asked.
 * Every host is listed, best first, with what it lacks, so the secretariat decides knowingly.
 */
public final class HostMatching {

  /** A host as matching sees it: what it offers and its free places through the wanted period. */
  public record Candidate(String organisationId, String name, HostProfile.Offering offering, int freePlaces) {}

  /** How one host suits the request (getters: Faces EL does not read records). */
  public static final class HostMatch implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final String organisationId;
    private final String name;
    private final String cities;
    private final int freePlaces;
    private final boolean speaksLanguage;
    private final Set<HostProvision> missingNeeds;
    private final boolean arrangementsMissing;

    HostMatch(String organisationId, String name, String cities, int freePlaces, boolean speaksLanguage,
        Set<HostProvision> missingNeeds, boolean arrangementsMissing) {
      this.organisationId = organisationId;
      this.name = name;
      this.cities = cities;
      this.freePlaces = freePlaces;
      this.speaksLanguage = speaksLanguage;
      this.missingNeeds = missingNeeds;
      this.arrangementsMissing = arrangementsMissing;
    }

    /** Nothing the defender needs is missing: a host the secretariat can offer to with confidence. */
    public boolean isFullMatch() {
      return freePlaces > 0 && speaksLanguage && missingNeeds.isEmpty() && !arrangementsMissing;
    }

    public boolean isFreePlace() { return freePlaces > 0; }
    public String getOrganisationId() { return organisationId; }
    public String getName() { return name; }
    public String getCities() { return cities; }
    public int getFreePlaces() { return freePlaces; }
    public boolean isSpeaksLanguage() { return speaksLanguage; }
    public Set<HostProvision> getMissingNeeds() { return missingNeeds; }
    public boolean isArrangementsMissing() { return arrangementsMissing; }
  }

  private static final Comparator<HostMatch> BEST_FIRST =
      Comparator.comparing(HostMatch::isFullMatch).reversed()
          .thenComparing(Comparator.comparing(HostMatch::isFreePlace).reversed())
          .thenComparing(Comparator.comparing(HostMatch::isSpeaksLanguage).reversed())
          .thenComparingInt(m -> m.getMissingNeeds().size() + (m.isArrangementsMissing() ? 1 : 0))
          .thenComparing(Comparator.comparingInt(HostMatch::getFreePlaces).reversed())
          .thenComparing(HostMatch::getName);

  private HostMatching() {}

  public static List<HostMatch> rank(HostingRequest request, List<Candidate> candidates) {
    return candidates.stream().map(c -> match(request, c)).sorted(BEST_FIRST).toList();
  }

  static HostMatch match(HostingRequest request, Candidate candidate) {
    HostProfile.Offering offering = candidate.offering();
    Set<HostProvision> missing = request.needs().isEmpty()
        ? EnumSet.noneOf(HostProvision.class) : EnumSet.copyOf(request.needs());
    missing.removeAll(offering.provisions());
    boolean arrangementsMissing =
        (request.genderSensitive() && !offering.genderSensitive()) || (request.accessible() && !offering.accessible());
    return new HostMatch(candidate.organisationId(), candidate.name(), offering.cities(), candidate.freePlaces(),
        offering.languages().contains(request.language()), missing, arrangementsMissing);
  }
}
