package se.kunskapsnav.platform.web;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeptAnswersTest {

    /** Each path's current tag, as the filter's {@code AnswerTags} would give it; counts how often it was asked. */
    private final Map<String, String> tags = new HashMap<>(Map.of("/api/sok", "a1", "/api/kurser", "b1"));
    private final List<String> asked = new ArrayList<>();

    private String currentTag(String path) {
        asked.add(path);
        return tags.get(path);
    }

    private static KeptAnswers.Key key(String path, String query, String tag) {
        return new KeptAnswers.Key(path, query, tag);
    }

    /** An answer of {@code size} bytes in all, half of them compressed. */
    private static KeptAnswers.Answer answer(int size) {
        return new KeptAnswers.Answer("application/json", List.of(), new byte[size / 2], new byte[size - size / 2], 0);
    }

    /** Keeps an answer the way the filter does: only when there is room for it. */
    private boolean keep(KeptAnswers kept, KeptAnswers.Key key, int size) {
        if (!kept.roomFor(key, size, this::currentTag)) {
            return false;
        }
        kept.keep(key, answer(size));
        return kept.get(key) != null;
    }

    @Test
    void whenFullWithCurrentAnswersNothingIsKeptAndNoAnswerIsForgotten() {
        KeptAnswers kept = new KeptAnswers(3, 1_000);
        assertTrue(keep(kept, key("/api/sok", "q=1", "a1"), 100));
        assertTrue(keep(kept, key("/api/sok", "q=2", "a1"), 100));
        assertTrue(keep(kept, key("/api/kurser", "", "b1"), 100));

        assertFalse(keep(kept, key("/api/sok", "q=3", "a1"), 100));
        assertEquals(3, kept.size());
        assertEquals(300, kept.bytes());
        assertNotNull(kept.get(key("/api/sok", "q=1", "a1")));
    }

    @Test
    void aNewerTagOfAPathForgetsThatPathsOlderAnswersAndNoOther() {
        KeptAnswers kept = new KeptAnswers(10, 1_000);
        keep(kept, key("/api/sok", "q=1", "a1"), 100);
        keep(kept, key("/api/sok", "q=2", "a1"), 100);
        keep(kept, key("/api/kurser", "", "b1"), 100);

        tags.put("/api/sok", "a2");
        assertTrue(keep(kept, key("/api/sok", "q=1", "a2"), 50));

        assertNull(kept.get(key("/api/sok", "q=1", "a1")));
        assertNull(kept.get(key("/api/sok", "q=2", "a1")));
        assertNotNull(kept.get(key("/api/sok", "q=1", "a2")));
        assertNotNull(kept.get(key("/api/kurser", "", "b1")));
        assertEquals(150, kept.bytes());
    }

    @Test
    void withoutRoomTheAnswersOfPathsWhoseTagMovedAreForgottenAndTheRestKept() {
        KeptAnswers kept = new KeptAnswers(10, 300);
        keep(kept, key("/api/kurser", "", "b1"), 100);
        keep(kept, key("/api/kurser", "sida=2", "b1"), 100);
        keep(kept, key("/api/sok", "q=1", "a1"), 100);
        assertFalse(keep(kept, key("/api/sok", "q=2", "a1"), 100));

        tags.put("/api/kurser", "b2");
        assertTrue(keep(kept, key("/api/sok", "q=2", "a1"), 100));

        assertNull(kept.get(key("/api/kurser", "", "b1")));
        assertNull(kept.get(key("/api/kurser", "sida=2", "b1")));
        assertNotNull(kept.get(key("/api/sok", "q=1", "a1")));
        assertEquals(200, kept.bytes());
    }

    @Test
    void findingRoomAsksForOneTagPerPathAndNoneWhileThereIsRoom() {
        KeptAnswers kept = new KeptAnswers(4, 1_000_000);
        keep(kept, key("/api/sok", "q=1", "a1"), 10);
        keep(kept, key("/api/sok", "q=2", "a1"), 10);
        keep(kept, key("/api/sok", "q=3", "a1"), 10);
        keep(kept, key("/api/kurser", "", "b1"), 10);
        assertEquals(List.of(), asked);

        keep(kept, key("/api/sok", "q=4", "a1"), 10);
        assertEquals(2, asked.size(), asked.toString());
    }

    @Test
    void anAnswerLargerThanTheRoomLeftIsNotKept() {
        KeptAnswers kept = new KeptAnswers(10, 250);
        keep(kept, key("/api/sok", "q=1", "a1"), 200);
        assertFalse(keep(kept, key("/api/sok", "q=2", "a1"), 100));
        assertTrue(keep(kept, key("/api/sok", "q=3", "a1"), 50));
        assertEquals(250, kept.bytes());
    }
}
