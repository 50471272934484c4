package se.kunskapsnav.search;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Swedish chain on real Swedish words, with the shipped dictionary and word lists. */
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
    void compoundsAreAlsoIndexedByTheirPartsWhichQueriesFindBelowTheWordItself() {
        List<String> coordinator = indexed("kvinnofridssamordnare");
        assertTrue(coordinator.contains(part("samordnare")), coordinator.toString());
        assertTrue(coordinator.contains(part("kvinnofrid")), coordinator.toString());
        List<String> honour = indexed("hedersrelaterat");
        assertTrue(honour.contains(part("heder")), honour.toString());
        List<String> perpetrator = indexed("våldsutövare");
        assertTrue(perpetrator.contains(part("utövare")), perpetrator.toString());
        assertTrue(perpetrator.contains(part("våld")), perpetrator.toString());
        assertFalse(perpetrator.contains(indexed("våld").getFirst()), "a part is no word of the text: " + perpetrator);
        List<String> query = terms(SWEDISH.query(), SearchFields.ALL, "heder");
        assertTrue(query.containsAll(List.of(indexed("heder").getFirst(), part("heder"))), query.toString());
    }

    @Test
    void aQueryMayFindACompoundWrittenApartOnlyWhenEveryPartIsAWord() {
        assertEquals("risk bedömningar", SWEDISH.compoundsApart("riskbedömningar").text());
        SearchAnalysis.Apart apart = SWEDISH.compoundsApart("våld i nära relationer och riskbedömning");
        assertEquals("våld i nära relationer och risk bedömning", apart.text());
        assertEquals(List.of("risk bedömning"), apart.compounds());
        assertNull(SWEDISH.compoundsApart("barn som upplever våld"), "no compound");
        assertNull(SWEDISH.compoundsApart("barnmorska"), "a midwife is no child");
        assertNull(SWEDISH.compoundsApart("kvinnojour"), "kvinno is no word alone");
    }

    @Test
    void onlyTheCompoundsAskedForAreWrittenApart() {
        SearchAnalysis.Apart apart = SWEDISH.compoundsApart("Riskbedömning och orosanmälan",
                compound -> compound.equals("orosanmälan"));
        assertEquals("Riskbedömning och oro anmälan", apart.text());
        assertEquals(List.of("oro anmälan"), apart.compounds());
        assertNull(SWEDISH.compoundsApart("riskbedömning", compound -> false));
    }

    @Test
    void aCompoundJoinedByTheGenitiveSIsSplitWhereTheFlagsSayNothing() {
        // "oro" may begin no compound by the dictionary's flags; the lesson says "skäl till oro … en anmälan"
        assertEquals(List.of("oro anmälningar"), SWEDISH.compoundsApart("orosanmälningar").compounds());
        assertEquals("hur gör man en oro anmälan", SWEDISH.compoundsApart("hur gör man en orosanmälan").text());
        assertTrue(indexed("orostecken").contains(part("tecken")), indexed("orostecken").toString());
        assertTrue(indexed("orostecken").contains(part("oro")), indexed("orostecken").toString());
        assertNull(SWEDISH.compoundsApart("korsord"), "a crossword holds no cows: the last part is too short a guess");
        assertNull(SWEDISH.compoundsApart("personalen"), "no word after the s");
    }

    @Test
    void aWordTheDictionaryDoesNotKnowIsSplitWhereItIsTwoWordsWrittenTogether() {
        // "hot" may begin no compound by the flags, and the dictionary lists no "hotbedömning"
        assertEquals(List.of("hot bedömningar"), SWEDISH.compoundsApart("hotbedömningar").compounds());
        List<String> plural = indexed("hotbedömningar");
        assertTrue(plural.containsAll(searched("hotbedömning")), plural.toString());
        assertTrue(indexed("hotbedömning").contains(part("bedömning")), indexed("hotbedömning").toString());
        assertNull(SWEDISH.compoundsApart("barnmorska"), "a word the dictionary knows is split only by its flags");
        assertNull(SWEDISH.compoundsApart("hotkatt"), "a last part shorter than six letters is too short a guess");
        assertFalse(SWEDISH.isSwedishWord("hotbedömning"), "a guess, so a misspelling that reads so may be corrected");
    }

    @Test
    void aCompoundMayBeWrittenApartWithAShortFirstPart() {
        assertEquals(List.of("sex brott"), SWEDISH.compoundsApart("sexbrott").compounds());
    }

    @Test
    void theDictionaryGivesInflectedFormsTheirBaseForm() {
        for (String[] pair : new String[][] {{"frågar", "fråga"}, {"upplevt", "upplever"}, {"skyddade", "skyddat"},
                {"orosanmälan", "orosanmälningar"}, {"handlingsplan", "handlingsplaner"}, {"process", "processen"},
                {"barnahus", "barnahuset"}, {"behandlingsprogram", "behandlingsprogrammet"}}) {
            List<String> searched = searched(pair[0]);
            List<String> indexed = indexed(pair[1]);
            assertTrue(indexed.containsAll(searched), pair[0] + " " + searched + " finds " + pair[1] + " " + indexed);
            assertTrue(indexed(pair[0]).containsAll(searched(pair[1])),
                    pair[1] + " finds " + pair[0]);
        }
    }

    @Test
    void aNounsPluralTheDictionaryReadsOnlyAsAVerbAlsoMeetsTheNoun() {
        // the dictionary lists "träff" without a plural: "träffar" was only the verb "träffa"
        String meeting = indexed("nätverksträff").getFirst();
        assertTrue(indexed("nätverksträffar").contains(meeting), indexed("nätverksträffar").toString());
        assertTrue(indexed("nätverksträffarna").contains(meeting), indexed("nätverksträffarna").toString());
        assertTrue(indexed("träffar").contains(indexed("träff").getFirst()), indexed("träffar").toString());
        assertEquals(indexed("fråga"), indexed("frågar"), "no noun 'fråg'");
        assertEquals(indexed("tala"), indexed("talar"), "too short a stem to guess a noun");
    }

    @Test
    void wordsThatNameAKindOfHitAreKnownByTheirBaseForms() {
        SearchAnalysis.TypeWords courses = SWEDISH.typeWords("vilka utbildningar finns om äldre");
        assertEquals(Map.of("utbildningar", SearchType.COURSE), courses.words());
        assertEquals("vilka  finns om äldre", courses.rest());
        assertEquals(Map.of("nätverksträffar", SearchType.MEETING), SWEDISH.typeWords("nätverksträffar").words());
        assertEquals(Map.of("Nätverk", SearchType.NETWORK), SWEDISH.typeWords("Nätverk för kuratorer").words());
        assertTrue(SWEDISH.typeWords("webbkursen").words().isEmpty(), "only whole words: a web course is no course");
    }

    @Test
    void englishMeetsItsPluralsBritishSpellingAndAnotherOrderOfWords() {
        EnglishGlossary glossary = SWEDISH.glossary();
        assertEquals(EnglishGlossary.normal("programme"), EnglishGlossary.normal("programs"));
        assertEquals(EnglishGlossary.normal("counsellors"), EnglishGlossary.normal("counselor"));
        assertEquals(EnglishGlossary.normal("centre"), EnglishGlossary.normal("center"));
        assertEquals("kurator", swedish(glossary, "counsellors"));
        assertEquals("farlighetsbedömning", swedish(glossary, "dangerousness assessments"));
        assertEquals("barn som upplever våld", swedish(glossary, "children domestic violence"),
                "the order of an expression's words and its small words do not matter");
        assertEquals("våld i nära relationer", swedish(glossary, "domestic violence"));
        assertEquals("utbildning socialsekreterare", swedish(glossary, "trainings for social workers"));
    }

    @Test
    void anEnglishExpressionOfSeveralWordsIsTranslatedEvenWhenEachWordIsAlsoSwedish() {
        EnglishGlossary glossary = SWEDISH.glossary();
        assertTrue(SWEDISH.isSwedishWord("human") && SWEDISH.isSwedishWord("trafficking"));
        assertEquals("människohandel", swedish(glossary, "human trafficking"));
        assertNull(swedish(glossary, "trafficking"), "one word the dictionary knows is read as Swedish");
        assertNull(swedish(glossary, "prostitution"));
        assertEquals("näthat", swedish(glossary, "online harassment"));
    }

    private static String swedish(EnglishGlossary glossary, String english) {
        return glossary.translate(english, SWEDISH::isSwedishWord).map(EnglishGlossary.Translation::swedish)
                .orElse(null);
    }

    @Test
    void compoundsAreSplitOnlyIntoRealWords() {
        assertFalse(indexed("barnmorska").contains(part("barn")), "a midwife is no child");
        assertFalse(indexed("handling").contains(part("hand")), indexed("handling").toString());
        List<String> plan = indexed("handlingsplaner");
        assertTrue(plan.contains(part("plan")), plan.toString());
        List<String> shelters = indexed("kvinno- och tjejjourer");
        assertTrue(shelters.containsAll(indexed("kvinnojour")), "kvinno- och tjejjourer: " + shelters);
        assertTrue(indexed("hälso- och sjukvården").containsAll(indexed("hälsovård")));
        assertFalse(indexed("kvinno och tjejjourer").containsAll(indexed("kvinnojour")), "only after a hyphen");
        List<String> coordinators = indexed("kvinnofridssamordnarna");
        assertTrue(coordinators.containsAll(searched("kvinnofridssamordnare")),
                "an unlisted compound's forms meet too: " + coordinators);
    }

    @Test
    void questionAndFillerWordsNeedNotMatchButMänStays() {
        assertEquals(searched("orosanmälan"),
                searched("hur gör man en orosanmälan"));
        assertEquals(List.of("bygglov", "altan"), searched("bygglov för altan"));
        assertEquals(searched("barnahus"), searched("information om barnahus"));
        assertEquals(searched("anmälningsplikten"), searched("vad innebär anmälningsplikten"));
        assertEquals(searched("hedersrelaterat våld"), searched("tips, vill veta mer kring hedersrelaterat våld"));
        List<String> folded = terms(SWEDISH.query(), SearchFields.ALL_FOLDED, "bygglov for altan");
        assertFalse(folded.contains("for"), "the folded fallback leaves out the same words: " + folded);
        assertTrue(searched("mäns våld mot kvinnor").contains(indexed("män").getFirst()));
    }

    @Test
    void stopWordsAreIndexedAsWrittenSoTheSynonymsPhrasesMeetTheText() {
        assertEquals(List.of("mot"), indexed("mot"), "the dictionary would make 'mot' 'mod'");
        List<String> text = indexed("mäns våld mot kvinnor");
        List<String> mvk = searched("mvk").stream().filter(term -> !term.equals("mvk")).toList();
        assertTrue(text.containsAll(mvk), "mvk " + mvk + " finds " + text);
        List<String> perpetrator = searched("förövare");
        List<String> phrase = indexed("den som utövar våld");
        // the phrase is also indexed as one term, which only counting reads (IndexedPhrasesTest)
        assertEquals(1, phrase.stream().filter(term -> term.startsWith("\u0002")).count(), phrase.toString());
        assertTrue(perpetrator.containsAll(phrase.stream().filter(term -> !term.startsWith("\u0002")).toList()),
                perpetrator.toString());
    }

    @Test
    void swedishLettersStayLettersOfTheirOwnOutsideTheFoldedField() {
        assertNotEquals(indexed("våld"), indexed("vald"));
        assertNotEquals(indexed("hör"), indexed("hor"));
        List<String> folded = terms(SWEDISH.query(), SearchFields.ALL_FOLDED, "vald");
        assertTrue(folded.containsAll(terms(SWEDISH.index(), SearchFields.ALL_FOLDED, "våld")), folded.toString());
        assertTrue(terms(SWEDISH.query(), SearchFields.ALL_FOLDED, "tandvarden")
                .containsAll(terms(SWEDISH.index(), SearchFields.ALL_FOLDED, "tandvården")));
    }

    @Test
    void synonymsAndStopWordsApplyToQueriesOnly() {
        List<String> query = searched("VINR");
        assertTrue(query.containsAll(searched("våld relationer")), query.toString());
        assertTrue(query.contains("vinr"));
        assertTrue(searched("mäns våld mot kvinnor").contains("mvk"));
        assertFalse(searched("barn och våld").contains("och"));
        assertTrue(indexed("barn och våld").contains("och"), "the index keeps every word, for phrases");
        assertTrue(searched("webbutbildning")
                .contains(indexed("webbkurs").getFirst()));
    }

    /** The query's terms for words as written, without the same words as compounds' parts. */
    private static List<String> searched(String text) {
        return terms(SWEDISH.query(), SearchFields.ALL, text).stream()
                .filter(term -> !term.startsWith(SearchAnalysis.PART_MARK)).toList();
    }

    /** A word's base form as a compound's part is indexed. */
    private static String part(String word) {
        return SearchAnalysis.PART_MARK + indexed(word).getFirst();
    }

    private static List<String> indexed(String text) {
        return terms(SWEDISH.index(), SearchFields.ALL, text);
    }

    private static List<String> terms(Analyzer analyzer, String field, String text) {
        return SearchAnalysis.terms(analyzer, field, text);
    }
}
