package se.kunskapsnav.yearlyreport;

import org.junit.jupiter.api.Test;
import se.kunskapsnav.platform.web.SwedishUrls;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The yearly report's Swedish addresses lead to their views, and the views' forms post back to them. */
class YearlyReportUrlsTest {

    @Test
    void addressesLeadToTheViews() {
        assertEquals(Optional.of("/yearlyreport/reports.xhtml"), SwedishUrls.viewFor("/uppfoljning/arsrapport"));
        assertEquals(Optional.of("/yearlyreport/report.xhtml?lan=AB&ar=2025"),
                SwedishUrls.viewFor("/uppfoljning/arsrapport/AB/2025"));
        assertEquals(Optional.of("/yearlyreport/national.xhtml?ar=2025"),
                SwedishUrls.viewFor("/uppfoljning/nationellt/2025"));
        assertEquals(Optional.of("/administration/yearlyreport/questionnaires.xhtml"),
                SwedishUrls.viewFor("/admin/uppfoljning/enkater"));
        assertEquals(Optional.of("/administration/yearlyreport/questionnaire.xhtml?ar=2025"),
                SwedishUrls.viewFor("/admin/uppfoljning/enkater/2025"));
        // the exports are files of a servlet, not views
        assertEquals(Optional.empty(), SwedishUrls.viewFor("/uppfoljning/nationellt/2025.csv"));
        assertEquals(Optional.empty(), SwedishUrls.viewFor("/uppfoljning/arsrapport/AB/tjugo"));
    }

    @Test
    void formsPostBackToTheAddresses() {
        assertEquals(Optional.of("/uppfoljning/arsrapport/AB/2025"),
                SwedishUrls.urlFor("/yearlyreport/report.xhtml", Map.of("lan", "AB", "ar", "2025")));
        assertEquals(Optional.of("/uppfoljning/nationellt/2025"),
                SwedishUrls.urlFor("/yearlyreport/national.xhtml", Map.of("ar", "2025")));
        assertEquals(Optional.of("/admin/uppfoljning/enkater/2025"),
                SwedishUrls.urlFor("/administration/yearlyreport/questionnaire.xhtml", Map.of("ar", "2025")));
    }
}
