package se.kunskapsnav.platform.web;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SwedishUrlsTest {

    @Test
    void countyListAndCountyPages() {
        assertEquals(Optional.of("/geography/counties.xhtml"), SwedishUrls.viewFor("/lan"));
        assertEquals(Optional.of("/geography/counties.xhtml"), SwedishUrls.viewFor("/lan/"));
        assertEquals(Optional.of("/geography/county.xhtml?kod=AB"), SwedishUrls.viewFor("/lan/AB"));
        assertEquals(Optional.of("/geography/county.xhtml?kod=01"), SwedishUrls.viewFor("/lan/01/"));
    }

    @Test
    void formsPostBackToTheReadableUrl() {
        assertEquals(Optional.of("/logga-in"), SwedishUrls.urlFor("/accounts/login.xhtml", Map.of()));
        assertEquals(Optional.of("/mina-uppgifter"), SwedishUrls.urlFor("/accounts/member/my-data.xhtml", Map.of()));
        assertEquals(Optional.empty(), SwedishUrls.urlFor("/geography/county.xhtml", Map.of()));
        for (String path : new String[] {"/logga-in", "/registrera", "/mina-uppgifter", "/admin/roller", "/kurser",
                "/mina-anmalningar", "/admin/kurser", "/admin/kurser/ny", "/natverk", "/admin/natverk", "/admin/natverk/ny",
                "/sok", "/admin/sok"}) {
            assertEquals(Optional.of(path), SwedishUrls.viewFor(path).flatMap(view -> SwedishUrls.urlFor(view, Map.of())), path);
        }
    }

    @Test
    void reachPagesMapBothWaysAndTheirFilesAreLeftToTheirServlet() {
        for (String path : new String[] {"/uppfoljning", "/uppfoljning/sa-skyddar-vi-sma-tal",
                "/admin/uppfoljning/jamforelsetal"}) {
            assertEquals(Optional.of(path), SwedishUrls.viewFor(path).flatMap(view -> SwedishUrls.urlFor(view, Map.of())), path);
        }
        assertEquals(Optional.of("/reach/report.xhtml"), SwedishUrls.viewFor("/uppfoljning/"));
        assertEquals(Optional.empty(), SwedishUrls.viewFor("/uppfoljning/rapport.csv"));
        assertEquals(Optional.empty(), SwedishUrls.viewFor("/uppfoljning/rapport.xlsx"));
    }

    @Test
    void coursePagesMapBothWaysWithTheirId() {
        assertEquals(Optional.of("/courses/course.xhtml?id=12"), SwedishUrls.viewFor("/kurser/12"));
        assertEquals(Optional.of("/administration/courses/edit.xhtml?id=12"),
                SwedishUrls.viewFor("/admin/kurser/12/redigera"));
        assertEquals(Optional.of("/administration/courses/registrations.xhtml?id=12"),
                SwedishUrls.viewFor("/admin/kurser/12/anmalningar/"));
        assertEquals(Optional.of("/kurser/12"), SwedishUrls.urlFor("/courses/course.xhtml", Map.of("id", "12")));
        assertEquals(Optional.of("/admin/kurser/12/redigera"),
                SwedishUrls.urlFor("/administration/courses/edit.xhtml", Map.of("id", "12")));
        assertEquals(Optional.of("/admin/kurser/ny"),
                SwedishUrls.urlFor("/administration/courses/edit.xhtml", Map.of()));
        assertEquals(Optional.of("/admin/kurser/12/anmalningar"),
                SwedishUrls.urlFor("/administration/courses/registrations.xhtml", Map.of("id", "12")));
        assertEquals(Optional.of("/lan/AB"), SwedishUrls.urlFor("/geography/county.xhtml", Map.of("kod", "AB")));
    }

    @Test
    void networkPagesMapBothWaysWithTheirId() {
        assertEquals(Optional.of("/networks/network.xhtml?id=7"), SwedishUrls.viewFor("/natverk/7"));
        assertEquals(Optional.of("/networks/member/meeting.xhtml?id=9"), SwedishUrls.viewFor("/natverk/traffar/9"));
        assertEquals(Optional.of("/administration/networks/edit.xhtml?id=7"),
                SwedishUrls.viewFor("/admin/natverk/7/redigera"));
        assertEquals(Optional.of("/administration/networks/members.xhtml?id=7"),
                SwedishUrls.viewFor("/admin/natverk/7/medlemmar/"));
        assertEquals(Optional.of("/administration/networks/meeting.xhtml?natverk=7"),
                SwedishUrls.viewFor("/admin/natverk/7/traffar/ny"));
        assertEquals(Optional.of("/administration/networks/meeting.xhtml?id=9"),
                SwedishUrls.viewFor("/admin/natverk/traffar/9/redigera"));
        assertEquals(Optional.of("/administration/networks/attendance.xhtml?id=9"),
                SwedishUrls.viewFor("/admin/natverk/traffar/9/narvaro"));

        assertEquals(Optional.of("/natverk/7"), SwedishUrls.urlFor("/networks/network.xhtml", Map.of("id", "7")));
        assertEquals(Optional.of("/natverk/traffar/9"),
                SwedishUrls.urlFor("/networks/member/meeting.xhtml", Map.of("id", "9")));
        assertEquals(Optional.of("/admin/natverk/7/redigera"),
                SwedishUrls.urlFor("/administration/networks/edit.xhtml", Map.of("id", "7")));
        assertEquals(Optional.of("/admin/natverk/ny"), SwedishUrls.urlFor("/administration/networks/edit.xhtml", Map.of()));
        assertEquals(Optional.of("/admin/natverk/7/medlemmar"),
                SwedishUrls.urlFor("/administration/networks/members.xhtml", Map.of("id", "7")));
        assertEquals(Optional.of("/admin/natverk/7/traffar/ny"),
                SwedishUrls.urlFor("/administration/networks/meeting.xhtml", Map.of("natverk", "7")));
        assertEquals(Optional.of("/admin/natverk/traffar/9/redigera"),
                SwedishUrls.urlFor("/administration/networks/meeting.xhtml", Map.of("id", "9")));
        assertEquals(Optional.of("/admin/natverk/traffar/9/narvaro"),
                SwedishUrls.urlFor("/administration/networks/attendance.xhtml", Map.of("id", "9")));
    }

    @Test
    void networkDocumentsAreNoPage() {
        // served by a servlet, not forwarded to a view
        assertEquals(Optional.empty(), SwedishUrls.viewFor("/natverk/dokument/3"));
        assertEquals(Optional.empty(), SwedishUrls.viewFor("/natverk/traffar"));
    }

    @Test
    void visitAndActivityPagesMapBothWays() {
        for (String path : new String[] {"/admin/kommunbesok", "/admin/kommunbesok/ny", "/admin/aktiviteter",
                "/admin/aktiviteter/ny"}) {
            assertEquals(Optional.of(path), SwedishUrls.viewFor(path).flatMap(view -> SwedishUrls.urlFor(view, Map.of())), path);
        }
        assertEquals(Optional.of("/visits/municipality.xhtml?kod=0180"), SwedishUrls.viewFor("/kommuner/0180"));
        assertEquals(Optional.of("/kommuner/0180"), SwedishUrls.urlFor("/visits/municipality.xhtml", Map.of("kod", "0180")));
        assertEquals(Optional.empty(), SwedishUrls.viewFor("/kommuner/Solna"));
        assertEquals(Optional.of("/administration/visits/edit.xhtml?id=7"),
                SwedishUrls.viewFor("/admin/kommunbesok/7/redigera"));
        assertEquals(Optional.of("/admin/kommunbesok/7/redigera"),
                SwedishUrls.urlFor("/administration/visits/edit.xhtml", Map.of("id", "7")));
        assertEquals(Optional.of("/administration/activities/edit.xhtml?id=8"),
                SwedishUrls.viewFor("/admin/aktiviteter/8/redigera/"));
        assertEquals(Optional.of("/admin/aktiviteter/8/redigera"),
                SwedishUrls.urlFor("/administration/activities/edit.xhtml", Map.of("id", "8")));
    }

    @Test
    void webCoursePagesMapBothWays() {
        for (String path : new String[] {"/webbkurs", "/webbkurs/intyg", "/webbkurs/grupper",
                "/webbkurs/utbildningsmanual"}) {
            assertEquals(Optional.of(path), SwedishUrls.viewFor(path).flatMap(view -> SwedishUrls.urlFor(view, Map.of())), path);
        }
        assertEquals(Optional.of("/webcourse/module.xhtml?modul=01-vad-ar-vald"),
                SwedishUrls.viewFor("/webbkurs/moduler/01-vad-ar-vald"));
        assertEquals(Optional.of("/webcourse/member/quiz.xhtml?modul=01-vad-ar-vald"),
                SwedishUrls.viewFor("/webbkurs/quiz/01-vad-ar-vald/"));
        assertEquals(Optional.of("/webcourse/member/group.xhtml?id=4"), SwedishUrls.viewFor("/webbkurs/grupper/4"));
        assertEquals(Optional.of("/webcourse/member/invitation.xhtml?kod=aB3_-x"),
                SwedishUrls.viewFor("/webbkurs/inbjudan/aB3_-x"));

        assertEquals(Optional.of("/webbkurs/moduler/01-vad-ar-vald"),
                SwedishUrls.urlFor("/webcourse/module.xhtml", Map.of("modul", "01-vad-ar-vald")));
        assertEquals(Optional.of("/webbkurs/quiz/02-former"),
                SwedishUrls.urlFor("/webcourse/member/quiz.xhtml", Map.of("modul", "02-former")));
        assertEquals(Optional.of("/webbkurs/grupper/4"), SwedishUrls.urlFor("/webcourse/member/group.xhtml", Map.of("id", "4")));
        assertEquals(Optional.of("/webbkurs/inbjudan/aB3_-x"),
                SwedishUrls.urlFor("/webcourse/member/invitation.xhtml", Map.of("kod", "aB3_-x")));
        assertEquals(Optional.empty(), SwedishUrls.viewFor("/webbkurs/moduler/Modul 1"));
        assertEquals(Optional.empty(), SwedishUrls.viewFor("/webbkurs/inbjudan/a.b"));
    }

    @Test
    void aLessonPageHasTwoValuesInItsUrl() {
        assertEquals(Optional.of("/webcourse/lesson.xhtml?modul=01-vad-ar-vald&lektion=02-hur-vanligt-ar-det"),
                SwedishUrls.viewFor("/webbkurs/moduler/01-vad-ar-vald/02-hur-vanligt-ar-det"));
        assertEquals(Optional.of("/webcourse/lesson.xhtml?modul=01-vad&lektion=02-hur"),
                SwedishUrls.viewFor("/webbkurs/moduler/01-vad/02-hur/"));
        assertEquals(Optional.of("/webbkurs/moduler/01-vad-ar-vald/02-hur-vanligt-ar-det"),
                SwedishUrls.urlFor("/webcourse/lesson.xhtml",
                        Map.of("modul", "01-vad-ar-vald", "lektion", "02-hur-vanligt-ar-det")));
        // both values are needed, and each must be a code
        assertEquals(Optional.empty(), SwedishUrls.urlFor("/webcourse/lesson.xhtml", Map.of("modul", "01-vad-ar-vald")));
        assertEquals(Optional.empty(), SwedishUrls.urlFor("/webcourse/lesson.xhtml",
                Map.of("modul", "01-vad-ar-vald", "lektion", "../x")));
        assertEquals(Optional.empty(), SwedishUrls.viewFor("/webbkurs/moduler/01-vad/02-hur/03-mer"));
    }

    @Test
    void aValueThatIsNotAnIdNeverBecomesAUrl() {
        assertEquals(Optional.empty(), SwedishUrls.viewFor("/kurser/abc"));
        assertEquals(Optional.empty(), SwedishUrls.urlFor("/courses/course.xhtml", Map.of("id", "12/../x")));
        assertEquals(Optional.empty(), SwedishUrls.urlFor("/courses/course.xhtml", Map.of("id", "https://x")));
    }

    @Test
    void codesAreEncodedSoTheyCannotAddParameters() {
        assertEquals(Optional.of("/geography/county.xhtml?kod=AB%26x%3D1"), SwedishUrls.viewFor("/lan/AB&x=1"));
    }

    @Test
    void viewsResourcesAndOtherPathsPassThrough() {
        assertEquals(Optional.empty(), SwedishUrls.viewFor("/geography/counties.xhtml"));
        assertEquals(Optional.empty(), SwedishUrls.viewFor("/lan/AB/kommuner"));
        assertEquals(Optional.empty(), SwedishUrls.viewFor("/jakarta.faces.resource/css/kunskapsnav.css.xhtml"));
        assertEquals(Optional.empty(), SwedishUrls.viewFor("/"));
        assertEquals(Optional.empty(), SwedishUrls.viewFor("/api/lan"));
    }
}
