package se.kunskapsnav.platform;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountyScopeTest {

    private final CountyScope skaneEditor = new CountyScope(false, Set.of("12"));

    @Test
    void anEditorChangesOnlyTheirOwnCounty() {
        assertTrue(skaneEditor.mayEdit("12"));
        assertFalse(skaneEditor.mayEdit("03"));
        assertFalse(skaneEditor.mayEdit((String) null), "national rows are for administrators");
    }

    @Test
    void aCoOrganisedRowMayBeChangedByAnEditorOfAnyOrganiser() {
        assertTrue(skaneEditor.mayEdit(List.of("14", "12")));
        assertFalse(skaneEditor.mayEdit(List.of("14", "03")));
        assertFalse(skaneEditor.mayEdit(List.of()));
    }

    @Test
    void anAdministratorChangesEverythingAndNobodyElseAnything() {
        CountyScope administrator = new CountyScope(true, Set.of());
        assertTrue(administrator.mayEdit("03"));
        assertTrue(administrator.mayEdit((String) null));
        assertFalse(CountyScope.NONE.mayEdit("12"));
        assertFalse(CountyScope.NONE.mayEdit(List.of("12")));
    }

    @Test
    void aListOfCountiesNarrowsToTheOnesThePersonMayChange() {
        List<String> counties = List.of("01", "03", "12", "14");
        assertEquals(List.of("12"), skaneEditor.editableAmong(counties));
        assertEquals(counties, new CountyScope(true, Set.of()).editableAmong(counties));
        assertEquals(List.of(), CountyScope.NONE.editableAmong(counties));
    }
}
