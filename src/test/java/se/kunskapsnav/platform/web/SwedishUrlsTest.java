package se.kunskapsnav.platform.web;

import org.junit.jupiter.api.Test;

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
        assertEquals(Optional.of("/logga-in"), SwedishUrls.urlFor("/accounts/login.xhtml"));
        assertEquals(Optional.of("/mina-uppgifter"), SwedishUrls.urlFor("/accounts/member/my-data.xhtml"));
        assertEquals(Optional.empty(), SwedishUrls.urlFor("/geography/county.xhtml"));
        for (String path : new String[] {"/logga-in", "/registrera", "/mina-uppgifter", "/admin/roller"}) {
            assertEquals(Optional.of(path), SwedishUrls.viewFor(path).flatMap(SwedishUrls::urlFor), path);
        }
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
