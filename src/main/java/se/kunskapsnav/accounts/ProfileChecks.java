package se.kunskapsnav.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.directory.Organisation;
import se.kunskapsnav.directory.OrganisationStatus;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.geography.Municipality;
import se.kunskapsnav.geography.Region;
import se.kunskapsnav.platform.TextInput;

import java.util.Map;
import java.util.Optional;

/** The profile a person gives at sign-up and changes later, checked against the directory and geography. */
@ApplicationScoped
class ProfileChecks {

    private static final int MAX_TEXT = 200;

    @Inject
    DirectoryService directory;

    @Inject
    GeographyService geography;

    /** The profile as given; each bad field's message key goes into {@code problems}. */
    Profile valid(String nameInput, String professionCode, String sectorCode, Long organisationId,
                  String otherOrganisationName, Workplace workplace, Map<String, String> problems) {
        String name = TextInput.required(nameInput, MAX_TEXT, "name", problems);
        if (directory.profession(professionCode).isEmpty()) {
            problems.put("profession", "validation.unknownProfession");
        }
        if (directory.sector(sectorCode).isEmpty()) {
            problems.put("sector", "validation.unknownSector");
        }
        if (workplaceCounty(workplace).isEmpty()) {
            problems.put("workplace", "validation.unknownWorkplace");
        }
        if (organisationId == null) {
            if (TextInput.optional(otherOrganisationName, MAX_TEXT, "organisation", problems).isEmpty()) {
                problems.put("organisation", "validation.organisationRequired");
            }
        } else if (directory.organisation(organisationId)
                .filter(o -> o.getStatus() == OrganisationStatus.ACTIVE).isEmpty()) {
            problems.put("organisation", "validation.unknownOrganisation");
        }
        return new Profile(name, professionCode, sectorCode, organisationId, workplace);
    }

    /** A profile whose employer is named rather than picked gets a new organisation, pending review. */
    Profile withOrganisation(Profile profile, String otherOrganisationName) {
        if (profile.organisationId() != null) {
            return profile;
        }
        Organisation named = directory.addPendingOrganisation(otherOrganisationName.trim(),
                workplaceCounty(profile.workplace()).orElseThrow());
        return new Profile(profile.name(), profile.professionCode(), profile.sectorCode(), named.getId(),
                profile.workplace());
    }

    /** The county of a workplace; empty when it is not exactly one known municipality or region. */
    private Optional<String> workplaceCounty(Workplace workplace) {
        if (workplace == null || !workplace.isComplete()) {
            return Optional.empty();
        }
        if (workplace.municipalityCode() != null) {
            return geography.municipality(workplace.municipalityCode()).map(Municipality::getCountyCode);
        }
        return geography.region(workplace.regionCode()).map(Region::getCountyCode);
    }
}
