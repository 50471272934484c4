package se.kunskapsnav.testsupport;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proof that an editable resource is never silently overwritten: two editors read it at the same revision;
 * the first one's change is saved, the second one's, made from the revision both read, is refused with 409
 * problem+json and the Swedish "Någon annan har ändrat …", and the first change stands.
 */
public record StaleEdits(Api api, String editorToken) {

    /** {@code first} and {@code second} are full change requests without {@code revision}. */
    public void assertRefused(String path, JsonObjectBuilder first, JsonObjectBuilder second) {
        long seen = read(path).getJsonNumber("revision").longValue();

        HttpResponse<String> saved = api.send("PUT", path, editorToken, first.add("revision", seen).build().toString());
        assertEquals(200, saved.statusCode(), saved.body());
        JsonObject afterFirst = read(path);
        assertTrue(afterFirst.getJsonNumber("revision").longValue() > seen, afterFirst.toString());

        HttpResponse<String> stale = api.send("PUT", path, editorToken, second.add("revision", seen).build().toString());
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(stale.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(stale.body().contains("Någon annan har ändrat"), stale.body());
        assertEquals(afterFirst, read(path), "the first change stands");
    }

    private JsonObject read(String path) {
        HttpResponse<String> response = api.send("GET", path, editorToken, null);
        assertEquals(200, response.statusCode(), response.body());
        return Api.object(response);
    }
}
