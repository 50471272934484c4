package se.kunskapsnav.platform;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Which counties' rows a person may change: an administrator all of them, an editor those they are
 * editor for, everyone else none. A row owned by several counties (co-organised) may be changed by an
 * editor of any one of them.
 */
public record CountyScope(boolean administrator, Set<String> editorCounties) {

    public static final CountyScope NONE = new CountyScope(false, Set.of());

    public CountyScope {
        editorCounties = Set.copyOf(editorCounties);
    }

    public boolean mayEdit(Collection<String> owningCounties) {
        if (administrator) {
            return true;
        }
        return owningCounties.stream().anyMatch(editorCounties::contains);
    }

    public boolean mayEdit(String countyCode) {
        return administrator || (countyCode != null && editorCounties.contains(countyCode));
    }

    /** Of these counties, the ones the person may change, in the order given. */
    public List<String> editableAmong(Collection<String> counties) {
        return counties.stream().filter(this::mayEdit).toList();
    }
}
