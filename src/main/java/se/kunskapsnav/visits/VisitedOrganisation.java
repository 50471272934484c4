package se.kunskapsnav.visits;

import se.kunskapsnav.directory.Organisation;
import se.kunskapsnav.directory.OrganisationStatus;
import se.kunskapsnav.directory.OrganisationType;

import java.util.Set;

/** The facts of an organisation that decide whether a county can visit it. */
public record VisitedOrganisation(long id, OrganisationType type, String name, String countyCode,
                                  String municipalityCode, boolean active) {

    /** The kinds of organisation a municipal visit goes to. */
    public static final Set<OrganisationType> VISITABLE = Set.of(OrganisationType.MUNICIPALITY,
            OrganisationType.CITY_DISTRICT, OrganisationType.REGION);

    public static VisitedOrganisation of(Organisation organisation) {
        return new VisitedOrganisation(organisation.getId(), organisation.getType(), organisation.getName(),
                organisation.getCountyCode(), organisation.getMunicipalityCode(),
                organisation.getStatus() == OrganisationStatus.ACTIVE);
    }

    /** For pages: Jakarta EL 5 reads bean getters, not record components. */
    public String getName() {
        return name;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public boolean isVisitable() {
        return VISITABLE.contains(type) && countyCode != null && active;
    }
}
