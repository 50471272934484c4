package se.kunskapsnav.visits.web;

import org.junit.jupiter.api.Test;
import se.kunskapsnav.platform.CountyScope;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EditorYearAndCountyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void aYearFromTheFirstToNextYearIsKeptAnythingElseIsThisYear() {
        assertEquals(2019, VisitLabels.yearAsked("2019", TODAY));
        assertEquals(2027, VisitLabels.yearAsked("2027", TODAY));
        assertEquals(2026, VisitLabels.yearAsked("2028", TODAY));
        assertEquals(2026, VisitLabels.yearAsked("1999", TODAY));
        assertEquals(2026, VisitLabels.yearAsked("tjugo", TODAY));
        assertEquals(2026, VisitLabels.yearAsked(null, TODAY));
    }

    @Test
    void anEditorSeesOnlyTheirOwnCountiesAndTheFirstWhenAskedForAnother() {
        CountyScope skane = new CountyScope(false, Set.of("12"));
        EditorYearAndCounty asked = EditorYearAndCounty.of("01", "2025", skane, List.of("01", "12"), TODAY);
        assertEquals("12", asked.countyCode());
        assertEquals(2025, asked.year());
        assertEquals(List.of("12"), asked.counties());

        CountyScope administrator = new CountyScope(true, Set.of());
        assertEquals("01", EditorYearAndCounty.of("01", null, administrator, List.of("01", "12"), TODAY).countyCode());
    }
}
