package se.kunskapsnav.accounts.web;

import jakarta.faces.model.SelectItem;
import se.kunskapsnav.accounts.Account;
import se.kunskapsnav.accounts.Workplace;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.directory.Organisation;
import se.kunskapsnav.directory.OrganisationOptions;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.geography.Region;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.TextInput;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Map.entry;

/**
 * The profile fields shared by sign-up and "Mina uppgifter": name, profession, sector, and where the
 * person works, chosen county first so the lists stay short.
 */
public class ProfileForm implements Serializable {

    static final String OTHER_ORGANISATION = "annan";
    /** The employer is the municipality or region chosen as workplace, so the list need not repeat them. */
    static final String WORKPLACE_ORGANISATION = "arbetsplats";
    private static final String MUNICIPALITY = "kommun:";
    private static final String REGION = "region:";

    /** Maps the service's field names to the form's component ids (prefixed with the form id). */
    static Map<String, String> components(String formId) {
        return Map.ofEntries(
                entry("name", formId + ":name"),
                entry("profession", formId + ":profession"),
                entry("sector", formId + ":sector"),
                entry("workplace", formId + ":workplace"),
                entry("organisation", formId + ":organisation"),
                entry("email", formId + ":email"),
                entry("password", formId + ":password"));
    }

    private String name;
    private String professionCode;
    private String sectorCode;
    private String countyCode;
    private String workplace;
    private String organisation;
    private String otherOrganisation;

    void fill(Account account, GeographyService geography, DirectoryService directory) {
        name = account.getName();
        professionCode = account.getProfessionCode();
        sectorCode = account.getSectorCode();
        if (account.getWorkplaceMunicipalityCode() != null) {
            workplace = MUNICIPALITY + account.getWorkplaceMunicipalityCode();
            countyCode = account.getWorkplaceMunicipalityCode().substring(0, 2);
        } else {
            workplace = REGION + account.getWorkplaceRegionCode();
            countyCode = geography.region(account.getWorkplaceRegionCode()).map(Region::getCountyCode).orElse(null);
        }
        organisation = String.valueOf(account.getOrganisationId());
        if (placeOrganisation(directory).filter(o -> o.getId().equals(account.getOrganisationId())).isPresent()) {
            organisation = WORKPLACE_ORGANISATION;
        }
    }

    /** The organisation of the municipality or region chosen as workplace. */
    private Optional<Organisation> placeOrganisation(DirectoryService directory) {
        Workplace place = toWorkplace();
        if (place == null) {
            return Optional.empty();
        }
        return place.municipalityCode() != null ? directory.municipalityOrganisation(place.municipalityCode())
                : directory.regionOrganisation(place.regionCode());
    }

    Workplace toWorkplace() {
        if (workplace == null) {
            return null;
        }
        if (workplace.startsWith(MUNICIPALITY)) {
            return Workplace.municipality(workplace.substring(MUNICIPALITY.length()));
        }
        if (workplace.startsWith(REGION)) {
            return Workplace.region(workplace.substring(REGION.length()));
        }
        return null;
    }

    Long organisationId(DirectoryService directory) {
        if (WORKPLACE_ORGANISATION.equals(organisation)) {
            return placeOrganisation(directory).map(Organisation::getId).orElse(null);
        }
        if (organisation == null || organisation.isBlank() || organisation.equals(OTHER_ORGANISATION)) {
            return null;
        }
        return TextInput.id(organisation);
    }

    String otherOrganisationName() {
        return OTHER_ORGANISATION.equals(organisation) ? otherOrganisation : null;
    }

    /** The municipalities of the chosen county, then its region. */
    List<SelectItem> workplaceOptions(GeographyService geography) {
        List<SelectItem> options = new ArrayList<>();
        if (countyCode == null || countyCode.isBlank()) {
            return options;
        }
        geography.county(countyCode).ifPresent(summary -> {
            geography.municipalities(summary.county()).forEach(m ->
                    options.add(new SelectItem(MUNICIPALITY + m.getCode(), m.getName())));
            if (summary.region() != null) {
                options.add(new SelectItem(REGION + summary.region().getCode(), summary.region().getName()));
            }
        });
        return options;
    }

    /**
     * Each employer once: the municipality or region chosen above (not listed again), the county's other
     * organisations and the national ones as two groups, then "other".
     */
    List<SelectItem> organisationOptions(DirectoryService directory) {
        List<SelectItem> options = new ArrayList<>();
        options.add(new SelectItem(WORKPLACE_ORGANISATION, Messages.get("profile.organisation.workplace")));
        if (countyCode != null && !countyCode.isBlank()) {
            List<Organisation> county = directory.organisations(countyCode).stream()
                    .filter(o -> !o.getType().isFromReferenceData() || o.getId().toString().equals(organisation))
                    .toList();
            options.add(OrganisationOptions.group(Messages.get("profile.organisation.inCounty"), county));
        }
        options.add(OrganisationOptions.group(Messages.get("profile.organisation.national"),
                directory.organisations(null)));
        options.add(new SelectItem(OTHER_ORGANISATION, Messages.get("profile.organisation.other")));
        return options;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getProfessionCode() {
        return professionCode;
    }

    public void setProfessionCode(String professionCode) {
        this.professionCode = professionCode;
    }

    public String getSectorCode() {
        return sectorCode;
    }

    public void setSectorCode(String sectorCode) {
        this.sectorCode = sectorCode;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public void setCountyCode(String countyCode) {
        this.countyCode = countyCode;
    }

    public String getWorkplace() {
        return workplace;
    }

    public void setWorkplace(String workplace) {
        this.workplace = workplace;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getOtherOrganisation() {
        return otherOrganisation;
    }

    public void setOtherOrganisation(String otherOrganisation) {
        this.otherOrganisation = otherOrganisation;
    }
}
