package se.kunskapsnav.search.web;

import org.junit.jupiter.api.Test;
import se.kunskapsnav.search.SearchRequest;
import se.kunskapsnav.search.SearchSort;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** An address someone edited by hand still searches: what the search refuses is dropped, the rest is kept. */
class SearchPageTest {

    @Test
    void refusedParametersAreDroppedAndTheRestKept() {
        Map<String, String> parameters = new HashMap<>(Map.of("q", "våld", "typ", "okand", "lan", "01",
                "sortering", "storst", "sida", "abc", "ar", "2027"));

        SearchRequest request = SearchPage.request(parameters);

        assertEquals("våld", request.text());
        assertNull(request.type());
        assertEquals("01", request.county());
        assertEquals("2027", request.year());
        assertEquals(SearchSort.RELEVANCE, request.sort());
        assertEquals(1, request.page());
        assertEquals(Map.of("q", "våld", "lan", "01", "ar", "2027"), parameters);
    }

    @Test
    void validParametersAreAllUsed() {
        Map<String, String> parameters = new HashMap<>(Map.of("q", "heder", "typ", "kurs", "sortering", "datum",
                "sida", "3"));

        SearchRequest request = SearchPage.request(parameters);

        assertEquals("kurs", request.type());
        assertEquals(SearchSort.DATE, request.sort());
        assertEquals(3, request.page());
        assertEquals(4, parameters.size());
    }

    @Test
    void aYearOutOfRangeIsDropped() {
        Map<String, String> parameters = new HashMap<>(Map.of("ar", "99999", "sida", "0"));

        SearchRequest request = SearchPage.request(parameters);

        assertNull(request.year());
        assertEquals(1, request.page());
        assertEquals("", request.text());
    }
}
