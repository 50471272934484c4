package se.kunskapsnav.directory;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import se.kunskapsnav.platform.Messages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Organisations as forms offer them: each with its kind, grouped by county, the national ones last. Here
 * rather than in a {@code web} package because the forms of several features use it.
 */
public final class OrganisationOptions {

    private OrganisationOptions() {
    }

    /** "Upplands Väsby (kommun)": the name, and the kind so namesakes (Gotland) can be told apart. */
    public static SelectItem option(Organisation organisation) {
        return new SelectItem(organisation.getId().toString(), organisation.getName() + " ("
                + Messages.get(organisation.getType().messageKey()).toLowerCase(Messages.SWEDISH) + ")");
    }

    /** The active organisations of each county, a group per county named by {@code countyName}, then the national. */
    public static List<SelectItem> byCounty(Collection<String> countyCodes, UnaryOperator<String> countyName,
                                            DirectoryService directory) {
        List<SelectItem> groups = new ArrayList<>();
        for (String county : countyCodes) {
            groups.add(group(countyName.apply(county), directory.organisations(county)));
        }
        groups.add(group(Messages.get("networks.members.national"), directory.organisations(null)));
        return groups;
    }

    /** The organisations as one group of options named {@code label}. */
    public static SelectItem group(String label, List<Organisation> organisations) {
        SelectItemGroup group = new SelectItemGroup(label);
        group.setSelectItems(organisations.stream().map(OrganisationOptions::option).toArray(SelectItem[]::new));
        return group;
    }
}
