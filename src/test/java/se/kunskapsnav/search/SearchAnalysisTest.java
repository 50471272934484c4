package se.kunskapsnav.search;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Swedish chain on real Swedish words, with the shipped word lists. */
class SearchAnalysisTest {

    private static final SearchAnalysis SWEDISH = QualityCorpus.portalAnalysis();

    @Test
    void inflectedFormsMeetAtOneStem() {
        assertEquals(indexed("kurs"), indexed("kurser"), "kurs and kurser");
        assertEquals(indexed("kurs"), indexed("kursen"), "kurs and kursen");
        assertEquals(indexed("utbildning"), indexed("utbildningar"));
        assertEquals(indexed("relation"), indexed("relationer"));
        assertEquals(indexed("barn"), indexed("barnen"));
        assertEquals(indexed("kurator"), indexed("kuratorer"));
        assertNotEquals(indexed("kurs"), indexed("kurator"));
        assertNotEquals(indexed("kurs"), indexed("kur"), "a course is not a cure");
    }

    @Test
    void compoundsAreAlsoIndexedByTheirParts() {
        List<String> coordinator = indexed("kvinnofridssamordnare");
        assertTrue(coordinator.containsAll(indexed("samordnare")), coordinator.toString());
        assertTrue(coordinator.containsAll(indexed("kvinnofrid")), coordinator.toString());
        List<String> honour = indexed("hedersrelaterat");
        assertTrue(honour.containsAll(indexed("heder")), honour.toString());
        List<String> perpetrator = indexed("våldsutövare");
        assertTrue(perpetrator.containsAll(indexed("utövare")), perpetrator.toString());
        assertTrue(perpetrator.containsAll(indexed("våld")), perpetrator.toString());
    }

    @Test
    void swedishLettersStayLettersOfTheirOwnOutsideTheFoldedField() {
        assertNotEquals(indexed("våld"), indexed("vald"));
        assertNotEquals(indexed("hör"), indexed("hor"));
        assertEquals(terms(SWEDISH.index(), SearchFields.ALL_FOLDED, "våld"),
                terms(SWEDISH.index(), SearchFields.ALL_FOLDED, "vald"));
    }

    @Test
    void synonymsAndStopWordsApplyToQueriesOnly() {
        List<String> query = terms(SWEDISH.query(), SearchFields.ALL, "VINR");
        assertTrue(query.containsAll(indexed("våld relationer")), query.toString());
        assertTrue(query.contains("vinr"));
        assertFalse(terms(SWEDISH.query(), SearchFields.ALL, "barn och våld").contains("och"));
        assertTrue(indexed("barn och våld").contains("och"), "the index keeps every word, for phrases");
        assertTrue(terms(SWEDISH.query(), SearchFields.ALL, "webbutbildning")
                .contains(indexed("webbkurs").getFirst()));
    }

    @Test
    void aWordOfTheWordFormsListIsNeverAStopWord() {
        List<String> query = terms(SWEDISH.query(), SearchFields.ALL, "mäns våld mot kvinnor");
        assertTrue(query.contains(indexed("män").getFirst()), "mäns is a search word: " + query);
        assertFalse(terms(SWEDISH.query(), SearchFields.ALL, "män").isEmpty());
        assertTrue(terms(SWEDISH.query(), SearchFields.ALL, "om man frågar").stream().noneMatch("om"::equals));
    }

    private static List<String> indexed(String text) {
        return terms(SWEDISH.index(), SearchFields.ALL, text);
    }

    private static List<String> terms(Analyzer analyzer, String field, String text) {
        return SearchAnalysis.terms(analyzer, field, text);
    }
}
