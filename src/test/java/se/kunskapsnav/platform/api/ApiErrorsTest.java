package se.kunskapsnav.platform.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which refused addresses are the API's: those sent under /api, or that would be there once decoded. */
class ApiErrorsTest {

    @Test
    void addressesUnderApiAsSentOrDecodedAreTheApis() {
        assertTrue(ApiErrors.isApi("/api"));
        assertTrue(ApiErrors.isApi("/api/lan/..%2f..%2fetc%2fpasswd"));
        assertTrue(ApiErrors.isApi("/api/%2e%2e/lan"));
        assertTrue(ApiErrors.isApi("/%61pi/lan/%2f"));
        assertTrue(ApiErrors.isApi("//api//lan"));
        assertTrue(ApiErrors.isApi("/api;x=1/lan"));
        assertTrue(ApiErrors.isApi("/lan/../api/lan%2f"));
        assertTrue(ApiErrors.isApi("/api/lan/%zz"));
    }

    @Test
    void pagesAndLookalikesAreNot() {
        assertFalse(ApiErrors.isApi("/"));
        assertFalse(ApiErrors.isApi("/lan/AB"));
        assertFalse(ApiErrors.isApi("/apis"));
        assertFalse(ApiErrors.isApi("/api-dokumentation"));
        assertFalse(ApiErrors.isApi("/material/filer/1/%2e%2e%2f"));
    }
}
