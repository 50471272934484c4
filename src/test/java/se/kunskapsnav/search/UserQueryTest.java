package se.kunskapsnav.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What people type, read forgivingly. */
class UserQueryTest {

    @Test
    void quotedPhrasesAreKeptApartFromTheWords() {
        UserQuery query = UserQuery.parse("barn \"våld i nära relationer\" socialtjänst");
        assertEquals(List.of("våld i nära relationer"), query.phrases());
        assertEquals("barn socialtjänst", query.words());
        assertEquals(Set.of(), query.notices());
    }

    @Test
    void syntaxThatMeansNothingHereIsLeftOutWithANotice() {
        assertEquals("våld", UserQuery.parse("\"våld").words());
        assertEquals("heder barn", UserQuery.parse("heder AND barn*").words());
        assertTrue(UserQuery.parse("heder AND barn").notices().contains(SearchNotice.IGNORED_SYNTAX));
        UserQuery star = UserQuery.parse("*");
        assertTrue(star.isEmpty());
        assertEquals(Set.of(SearchNotice.IGNORED_SYNTAX, SearchNotice.EMPTY), star.notices());
        assertEquals("hslf-fs 2022:39", UserQuery.parse("hslf-fs 2022:39").words(), "a hyphen inside a word stays");
        assertEquals("Anderstorp", UserQuery.parse("Anderstorp").words(), "AND inside a word is a word");
    }

    @Test
    void longTextIsCutAndEmptyTextListsEverything() {
        UserQuery cut = UserQuery.parse("våld ".repeat(200));
        assertTrue(cut.text().length() <= UserQuery.MAX_LENGTH);
        assertTrue(cut.notices().contains(SearchNotice.TRIMMED));
        assertEquals(Set.of(SearchNotice.EMPTY), UserQuery.parse("   ").notices());
    }
}
