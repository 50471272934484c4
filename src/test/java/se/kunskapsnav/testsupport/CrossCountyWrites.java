package se.kunskapsnav.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tenancy proof for one write endpoint, in one line: an editor's token sends a write aimed at another
 * county's data; the API must answer 403 problem+json, and a read of that data must be unchanged.
 */
public record CrossCountyWrites(URI base, String editorToken) {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Asserts the write is refused and {@code readBackPath} answers the same before and after. */
    public void assertRefused(String method, String path, String jsonBody, String readBackPath) {
        String before = get(readBackPath);
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + editorToken)
                .header("Content-Type", "application/json")
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody))
                .build());
        assertEquals(403, response.statusCode(), method + " " + path + " answered " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                method + " " + path);
        assertEquals(before, get(readBackPath), "refused " + method + " " + path + " changed " + readBackPath);
    }

    private String get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).build()).body();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
