package se.kunskapsnav.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine's rules on a small index: ranking by date, visibility, snippets, fallbacks, suggestions. */
class SearchEngineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final SearchAnalysis ANALYSIS = QualityCorpus.portalAnalysis();
    private static final SearchEngine ENGINE = new SearchEngine(ANALYSIS, true);

    @TempDir
    static Path directory;
    private static SearchIndex index;

    @BeforeAll
    static void index() throws IOException {
        index = SearchIndex.createGeneration(directory, ANALYSIS);
        index.put(course("past", "Hedersrelaterat våld – grundkurs", TODAY.minusYears(1)));
        index.put(course("coming", "Hedersrelaterat våld – grundkurs", TODAY.plusMonths(2)));
        index.put(SearchDocument.open("lesson:heder", SearchType.LESSON, "Heder", "Heder, heder och åter heder.", "",
                "/webbkurs/moduler/heder", null, List.of(), List.of(), List.of()));
        index.put(new SearchDocument("material:logged-in", SearchType.MATERIAL, "Rutin för skyddat boende",
                "Rutinen beskriver placering i skyddat boende.", "", "/material/1", TODAY, List.of("12"),
                List.of(), List.of(), Set.of(Access.LOGGED_IN), "", null, Set.of()));
        index.put(new SearchDocument("meeting:1", SearchType.MEETING, "Nätverksträff i Malmö",
                "Nätverket för kvinnofridssamordnare <i>Skåne</i>", "Malmö", "/natverk/7", TODAY.plusDays(3), List.of("12"),
                List.of(), List.of(), Set.of(Access.PUBLIC), "Protokoll: genomgång av fallet på Storgatan",
                "/natverk/traffar/1", Set.of(Access.member(7))));
        index.put(SearchDocument.open("lesson:anmalan", SearchType.LESSON, "Anmälningsplikten",
                "## När du är orolig\n\nEn orosanmälan görs till socialtjänsten.\n\n- vad du skriver\n- vem som svarar",
                "", "/webbkurs/anmalan", null, List.of(), List.of(), List.of()));
        index.put(SearchDocument.open("course:sara", SearchType.COURSE, "Riskbedömning med SARA:SV",
                "Att svara på frågor om risk. Svara, svara och svara igen.", "", "/kurser/sara", TODAY, List.of(),
                List.of(), List.of()));
        index.put(SearchDocument.open("lesson:kontroll", SearchType.LESSON, "Kontroll i familjen",
                "Kontroll och våld hänger ihop.", "", "/webbkurs/kontroll", null, List.of(), List.of(), List.of()));
        index.put(SearchDocument.open("material:fgm", SearchType.MATERIAL, "Vägledning om könsstympning",
                "Könsstympning av flickor är ett brott.", "", "/material/fgm", TODAY, List.of(), List.of(), List.of()));
        index.commit(1);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void comingCoursesComeBeforePastOnesOfTheSameText() {
        SearchResults results = search("hedersrelaterat", SearchCaller.ANONYMOUS);
        assertEquals(List.of("course:coming", "course:past"), keys(results).subList(0, 2));
    }

    @Test
    void whatTheCallerMayNotOpenIsNeitherFoundNorCounted() {
        SearchResults anonymous = search("skyddat boende", SearchCaller.ANONYMOUS);
        assertEquals(0, anonymous.total());
        assertTrue(anonymous.facets().stream().allMatch(facet -> facet.values().isEmpty()));
        SearchCaller loggedIn = new SearchCaller(false, Set.of(Access.PUBLIC, Access.LOGGED_IN));
        assertEquals(List.of("material:logged-in"), keys(search("skyddat boende", loggedIn)));

        assertEquals(0, search("storgatan", SearchCaller.ANONYMOUS).total(), "the minutes are the members'");
        SearchCaller member = new SearchCaller(false, Set.of(Access.PUBLIC, Access.LOGGED_IN, Access.member(7)));
        SearchResults.Hit hit = search("storgatan", member).hits().getFirst();
        assertEquals("/natverk/traffar/1", hit.url());
        assertTrue(hit.snippetHtml().contains("<mark>Storgatan</mark>"), hit.snippetHtml());
        assertEquals("/natverk/7", search("nätverksträff", SearchCaller.ANONYMOUS).hits().getFirst().url());
    }

    @Test
    void sortedByDateTheNewestComesFirstWhateverItsScore() {
        assertEquals(List.of("lesson:heder", "course:coming", "course:past"), keys(search("heder",
                SearchCaller.ANONYMOUS)), "by relevance the word itself before the compounds, coming before past");
        SearchRequest byDate = new SearchRequest("heder", null, null, null, null, null, SearchSort.DATE, 1, 10);
        List<String> keys = keys(search(byDate));
        assertEquals(List.of("course:coming", "course:past", "lesson:heder"), keys, "undated last");
    }

    @Test
    void keywordsAreSearchedButNeverShownAsSnippets() {
        SearchResults results = search("utbildningsdag", SearchCaller.ANONYMOUS);
        assertEquals(2, results.total());
        assertFalse(results.hits().getFirst().snippetHtml().contains("Utbildningsdag"),
                results.hits().getFirst().snippetHtml());
    }

    @Test
    void snippetsAreEscapedAndMarkTheWordsFound() {
        String snippet = search("samordnare", SearchCaller.ANONYMOUS).hits().getFirst().snippetHtml();
        assertTrue(snippet.contains("&lt;i&gt;"), snippet);
        assertFalse(snippet.contains("<i>"), snippet);
        assertTrue(snippet.contains("<mark>"), snippet);
    }

    @Test
    void nothingFoundTriesWithoutSwedishLettersThenAnyWordThenTheBetterSpelling() {
        SearchResults folded = search("hedersrelaterat vald", SearchCaller.ANONYMOUS);
        assertTrue(folded.notices().contains(SearchNotice.FOLDED), folded.notices().toString());
        assertEquals(2, folded.total());
        SearchResults anyWord = search("hedersrelaterat zyxwv", SearchCaller.ANONYMOUS);
        assertTrue(anyWord.notices().contains(SearchNotice.ANY_WORD));
        assertEquals(2, anyWord.total());
        SearchResults misspelt = search("hedersrelateratt", SearchCaller.ANONYMOUS);
        assertEquals("hedersrelaterat", misspelt.suggestion());
        assertTrue(misspelt.notices().contains(SearchNotice.CORRECTED));
        assertEquals(2, misspelt.total());
        assertEquals("hedersrelaterat", search("hedrsrelaterst", SearchCaller.ANONYMOUS).suggestion(),
                "two edits away when nothing is one away");
    }

    @Test
    void aMisspellingThatReadsAsTwoWordsKeepsItsHitsAndGetsASuggestion(@TempDir Path own) throws IOException {
        try (SearchIndex guides = SearchIndex.createGeneration(own, ANALYSIS)) {
            for (int i = 0; i < 4; i++) {
                guides.put(SearchDocument.open("material:fgm-" + i, SearchType.MATERIAL, "Vägledning " + i,
                        "Könsstympning av flickor är ett brott.", "", "/material/fgm-" + i, null, List.of(),
                        List.of(), List.of()));
            }
            guides.commit(1);
            // "könstympning" is in the dictionary in no form, and reads as "kön" and "stympning" written together
            SearchResults results = searchIn(guides, "könstympning");
            assertEquals(4, results.total());
            assertEquals("könsstympning", results.suggestion(), "more hits than a few, yet a word that is a guess");
            assertFalse(results.notices().contains(SearchNotice.CORRECTED), "the words as typed found something");
        }
    }

    @Test
    void wordsThatFindTextsNoneOfThemOfTheChosenKindAreNotMended() {
        // both words are in the two courses; any one word alone is in lessons, which a fallback would have shown
        SearchRequest lessons = new SearchRequest("hedersrelaterat våld", "webbkurs", null, null, null, null,
                SearchSort.RELEVANCE, 1, 10);
        SearchResults results = search(lessons);
        assertEquals(0, results.total());
        assertTrue(results.notices().isEmpty(), results.notices().toString());
        assertNull(results.suggestion());
        SearchResults.Facet types = results.facets().stream().filter(facet -> facet.dimension().equals("typ"))
                .findFirst().orElseThrow();
        assertTrue(types.values().stream().anyMatch(value -> value.code().equals("kurs") && value.count() == 2),
                "the kinds the words are found in are counted: " + types);
    }

    @Test
    void questionsAsTypedFindWhatTheyAskAbout() {
        SearchResults question = search("hur gör man en orosanmälan", SearchCaller.ANONYMOUS);
        assertEquals(List.of("lesson:anmalan"), keys(question));
        assertFalse(question.notices().contains(SearchNotice.ANY_WORD), "every word that matters matched");
        assertEquals(List.of("lesson:anmalan"), keys(search("orosanmälningar", SearchCaller.ANONYMOUS)));
    }

    @Test
    void aLongerQueryWithFewHitsShowsThoseLackingOneWordBelowThem() {
        SearchResults question = search("var hittar jag en grundkurs om våld och kontroll", SearchCaller.ANONYMOUS);
        assertEquals(List.of("course:coming", "course:past", "lesson:kontroll"), keys(question));
        assertTrue(question.notices().contains(SearchNotice.ALL_BUT_ONE_BELOW), question.notices().toString());
        SearchResults twoWords = search("grundkurs kontroll", SearchCaller.ANONYMOUS);
        assertEquals(List.of("course:coming", "course:past"), keys(twoWords), "two words must both match");
        assertTrue(twoWords.notices().isEmpty(), twoWords.notices().toString());
    }

    @Test
    void aChosenKindFindsAsManyHitsAsItsFacetCountSaidAndTheWordsAreReadAsWithoutIt() {
        // a page of one: every word of the question matches a page and more, so no kind brings in hits lacking a
        // word; "vald" finds nothing as written, so every kind is searched the folded way, lessons too
        for (String text : List.of("var hittar jag en grundkurs om våld och kontroll", "hedersrelaterat vald")) {
            SearchResults all = search(new SearchRequest(text, null, null, null, null, null, SearchSort.RELEVANCE,
                    1, 1));
            Map<String, Long> counted = all.facets().stream().filter(facet -> facet.dimension().equals("typ"))
                    .flatMap(facet -> facet.values().stream())
                    .collect(Collectors.toMap(SearchResults.FacetValue::code, SearchResults.FacetValue::count));
            assertEquals(Map.of("kurs", 2L), counted, text);
            for (SearchType type : SearchType.values()) {
                SearchResults chosen = search(new SearchRequest(text, type.code(), null, null, null, null,
                        SearchSort.RELEVANCE, 1, 1));
                assertEquals(counted.getOrDefault(type.code(), 0L), chosen.total(), text + " " + type.code());
                assertEquals(all.notices(), chosen.notices(), text + " " + type.code());
            }
        }
    }

    @Test
    void aLongTextAboutTheWordRanksAboveAShortOneThatMentionsItOnce(@TempDir Path own) throws IOException {
        String filler = "Lektionen beskriver hur kontroll kan se ut i vardagen och vad personalen kan göra. ";
        try (SearchIndex lengths = SearchIndex.createGeneration(own, ANALYSIS)) {
            lengths.put(SearchDocument.open("material:mention", SearchType.MATERIAL, "Kalender", "Heder nämns.", "",
                    "/material/kalender", null, List.of(), List.of(), List.of()));
            lengths.put(SearchDocument.open("lesson:long", SearchType.LESSON, "Lektion",
                    "Heder handlar om familjens rykte. " + filler.repeat(6) + "Heder kan vara kollektiv. Om heder "
                            + "talar man i skolan.", "", "/webbkurs/lang", null, List.of(), List.of(), List.of()));
            lengths.commit(1);
            SearchResults results = searchIn(lengths, "heder");
            assertEquals(List.of("lesson:long", "material:mention"), keys(results));
        }
    }

    @Test
    void aTextSayingBothAnAbbreviationAndItsExpansionIsNotCountedTwice(@TempDir Path own) throws IOException {
        try (SearchIndex concept = SearchIndex.createGeneration(own, ANALYSIS)) {
            concept.put(SearchDocument.open("lesson:expansion", SearchType.LESSON, "Lektion",
                    "Våld i nära relationer drabbar många. Om våld i nära relationer talar vi i lektionen. Stöd vid "
                            + "våld i nära relationer finns.", "", "/webbkurs/vinr", null, List.of(), List.of(),
                    List.of()));
            concept.put(SearchDocument.open("material:both", SearchType.MATERIAL, "Broschyr",
                    "VINR (våld i nära relationer) och stödet i kommunen.", "", "/material/vinr", null, List.of(),
                    List.of(), List.of()));
            concept.put(SearchDocument.open("material:other", SearchType.MATERIAL, "Affisch",
                    "Stödet i kommunen för den som är utsatt.", "", "/material/annat", null, List.of(), List.of(),
                    List.of()));
            concept.commit(1);
            for (String query : List.of("våld i nära relationer", "VINR")) {
                SearchResults results = searchIn(concept, query);
                assertEquals(List.of("lesson:expansion", "material:both"), keys(results), query);
            }
        }
    }

    @Test
    void anAbbreviationRanksATextAboutItsExpansionAboveOneWritingItOnce(@TempDir Path own) throws IOException {
        try (SearchIndex concept = SearchIndex.createGeneration(own, ANALYSIS)) {
            concept.put(SearchDocument.open("lesson:expansion", SearchType.LESSON, "Lektion",
                    "Våld i nära relationer drabbar många. Om våld i nära relationer talar vi i lektionen. Stöd vid "
                            + "våld i nära relationer finns i kommunen.", "", "/webbkurs/vinr", null, List.of(),
                    List.of(), List.of()));
            concept.put(SearchDocument.open("material:abbreviation", SearchType.MATERIAL, "Broschyr",
                    "VINR och stödet i kommunen.", "", "/material/vinr", null, List.of(), List.of(), List.of()));
            for (int i = 0; i < 4; i++) {
                // the expansion's words are common, its abbreviation rare: by the best way alone "VINR" outweighed it
                concept.put(SearchDocument.open("material:other-" + i, SearchType.MATERIAL, "Affisch",
                        "Våld mot barn sker ofta nära hemmet, i en relation.", "", "/material/annat-" + i, null,
                        List.of(), List.of(), List.of()));
            }
            concept.commit(1);
            SearchResults results = searchIn(concept, "VINR");
            assertEquals(List.of("lesson:expansion", "material:abbreviation"), keys(results));
            assertTrue(results.hits().getFirst().snippetHtml().contains("<mark>Våld i nära relationer</mark>"),
                    results.hits().getFirst().snippetHtml());
        }
    }

    @Test
    void aTextWritingTheWordFiveTimesScoresMoreThanTwiceOneWritingItOnce(@TempDir Path own) throws IOException {
        try (SearchIndex mentions = SearchIndex.createGeneration(own, ANALYSIS)) {
            mentions.put(SearchDocument.open("lesson:about", SearchType.LESSON, "Lektion",
                    "Barnfridsbrott barnfridsbrott barnfridsbrott barnfridsbrott barnfridsbrott.", "", "/webbkurs/a",
                    null, List.of(), List.of(), List.of()));
            mentions.put(SearchDocument.open("material:once", SearchType.MATERIAL, "Affisch",
                    "Barnfridsbrott och stöd till barn i kommunen.", "", "/material/b", null, List.of(), List.of(),
                    List.of()));
            mentions.commit(1);
            // by Lucene's default (k1 1.2) five mentions weighed 1.8 times one: a title naming the words outweighed them
            TopDocs top = mentions.withSearcher(searcher -> {
                try {
                    return searcher.search(new TermQuery(new Term(SearchFields.ALL, "barnfridsbrott")), 2);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            assertEquals(2, top.scoreDocs.length);
            assertTrue(top.scoreDocs[0].score > 2 * top.scoreDocs[1].score,
                    top.scoreDocs[0].score + " against " + top.scoreDocs[1].score);
        }
    }

    @Test
    void aConceptsScoresHaveAFiniteBoundSoBlocksOfHitsCanBePassedOver() {
        Query concept = ConceptQuery.of(List.of(new TermQuery(new Term(SearchFields.ALL, "heder")),
                new PhraseQuery(SearchFields.ALL, "kontroll", "och"))).orElseThrow();
        int scored = index.withSearcher(searcher -> {
            try {
                Weight weight = searcher.createWeight(searcher.rewrite(concept), ScoreMode.TOP_SCORES, 1f);
                int count = 0;
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    Scorer scorer = weight.scorer(leaf);
                    if (scorer == null) {
                        continue;
                    }
                    float bound = scorer.getMaxScore(DocIdSetIterator.NO_MORE_DOCS);
                    assertTrue(Float.isFinite(bound), "Lucene's span scorer has none: " + bound);
                    while (scorer.iterator().nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                        assertTrue(scorer.score() > 0 && scorer.score() <= bound, scorer.score() + " above " + bound);
                        count++;
                    }
                }
                return count;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertTrue(scored >= 2, "found " + scored);
    }

    @Test
    void aPastCourseAboutTheWordsRanksAboveAComingOneThatMentionsThemOnce(@TempDir Path own) throws IOException {
        try (SearchIndex dates = SearchIndex.createGeneration(own, ANALYSIS)) {
            dates.put(SearchDocument.open("course:past", SearchType.COURSE, "Grundkurs",
                    "Om barnäktenskap: vad lagen säger om barnäktenskap och hur du upptäcker barnäktenskap.", "",
                    "/kurser/past", TODAY.minusMonths(3), List.of(), List.of(), List.of()));
            dates.put(SearchDocument.open("course:coming", SearchType.COURSE, "Grundkurs",
                    "Om barnäktenskap: vad lagen säger om äktenskap och hur du upptäcker tvång.", "", "/kurser/coming",
                    TODAY.plusMonths(2), List.of(), List.of(), List.of()));
            dates.commit(1);
            SearchResults results = searchIn(dates, "barnäktenskap");
            assertEquals(List.of("course:past", "course:coming"), keys(results));
        }
    }

    @Test
    void aCompoundIsLookedForWithItsPartsApartOnlyWhileFewDocumentsHoldItAsWritten(@TempDir Path own)
            throws IOException {
        try (SearchIndex compounds = SearchIndex.createGeneration(own, ANALYSIS)) {
            compounds.put(SearchDocument.open("material:apart", SearchType.MATERIAL, "Broschyr",
                    "Så gör du en bedömning av risken för nytt våld.", "", "/material/apart", null, List.of(),
                    List.of(), List.of()));
            compounds.put(SearchDocument.open("material:whole-0", SearchType.MATERIAL, "Riskbedömning",
                    "En riskbedömning görs tidigt.", "", "/material/whole-0", null, List.of(), List.of(), List.of()));
            compounds.commit(1);
            assertEquals(2, searchIn(compounds, "riskbedömning").total(),
                    "the parts apart count while the compound is rare");

            for (int i = 1; i < SearchEngine.COMPOUND_FOUND_WHOLE; i++) {
                compounds.put(SearchDocument.open("material:whole-" + i, SearchType.MATERIAL, "Riskbedömning " + i,
                        "En riskbedömning görs tidigt.", "", "/material/whole-" + i, null, List.of(), List.of(),
                        List.of()));
            }
            compounds.commit(2);
            SearchResults results = searchIn(compounds, "riskbedömning");
            assertEquals(SearchEngine.COMPOUND_FOUND_WHOLE, results.total(),
                    "a compound that many documents hold is looked for as written only");
            assertFalse(keys(results).contains("material:apart"));
        }
    }

    @Test
    void aWordWrittenSeveralWaysIsFoundAndCountedWithAFacetValueChosen(@TempDir Path own) throws IOException {
        try (SearchIndex concepts = SearchIndex.createGeneration(own, ANALYSIS)) {
            concepts.put(SearchDocument.open("material:vinr", SearchType.MATERIAL, "Affisch",
                    "Om VINR i kommunen.", "", "/material/vinr", null, List.of("12"), List.of(), List.of()));
            concepts.put(SearchDocument.open("course:vinr", SearchType.COURSE, "Kurs",
                    "Våld i nära relationer, en grundkurs.", "", "/kurser/vinr", TODAY, List.of("12"), List.of(),
                    List.of()));
            concepts.put(SearchDocument.open("course:other", SearchType.COURSE, "Kurs",
                    "Relationsvåld i Stockholm.", "", "/kurser/other", TODAY, List.of("01"), List.of(), List.of()));
            concepts.commit(1);
            SearchResults results = searchIn(concepts,
                    SearchRequest.parse("relationsvåld", "kurs", "12", null, null, null, null, null, null),
                    SearchCaller.ANONYMOUS);
            assertEquals(List.of("course:vinr"), keys(results));
            SearchResults.Facet types = results.facets().stream()
                    .filter(facet -> facet.dimension().equals(SearchFields.FACET_TYPE)).findFirst().orElseThrow();
            // the chosen kind's own counts are those of every kind in the chosen county
            assertEquals(Map.of("kurs", 1L, "material", 1L), types.values().stream()
                    .collect(Collectors.toMap(SearchResults.FacetValue::code, SearchResults.FacetValue::count)));
        }
    }

    @Test
    void aStopWordInsideASynonymsPhraseStandsForAnyWordButTheWordsAroundItMustStandAsWritten(@TempDir Path own)
            throws IOException {
        try (SearchIndex phrases = SearchIndex.createGeneration(own, ANALYSIS)) {
            phrases.put(SearchDocument.open("material:mot", SearchType.MATERIAL, "Broschyr",
                    "Om mäns våld mot kvinnor.", "", "/material/mot", null, List.of(), List.of(), List.of()));
            phrases.put(SearchDocument.open("material:gentemot", SearchType.MATERIAL, "Affisch",
                    "Om mäns våld gentemot kvinnor.", "", "/material/gentemot", null, List.of(), List.of(),
                    List.of()));
            phrases.put(SearchDocument.open("material:two", SearchType.MATERIAL, "Folder",
                    "Om mäns våld och hot mot kvinnor.", "", "/material/two", null, List.of(), List.of(), List.of()));
            phrases.put(SearchDocument.open("course:utovare", SearchType.COURSE, "Kurs",
                    "Stöd till den som utövar våld.", "", "/kurser/utovare", null, List.of(), List.of(), List.of()));
            phrases.put(SearchDocument.open("course:utovar", SearchType.COURSE, "Kurs",
                    "Han utövar våld.", "", "/kurser/utovar", null, List.of(), List.of(), List.of()));
            phrases.commit(1);
            // "mvk" is "mäns våld mot kvinnor": any one word stands in the place of "mot", not two
            assertEquals(List.of("material:gentemot", "material:mot"),
                    keys(searchIn(phrases, "mvk")).stream().sorted().toList());
            // the first and last word of a way stay: "den som utövar våld" is not "utövar våld"
            assertEquals(List.of("course:utovare"), keys(searchIn(phrases, "våldsutövare")));
        }
    }

    @Test
    void aQuotedPhraseWithMoreHitsThanAreScoredExactlyShowsOnlyItsHitsBestFirst(@TempDir Path own)
            throws IOException {
        // more texts than the stand-in without positions picks for exact scoring, and more that write the phrase's
        // words often but apart (the stand-in's best) than it picks
        int many = SearchEngine.STAND_IN_WINDOW + 100;
        try (SearchIndex phrases = SearchIndex.createGeneration(own, ANALYSIS)) {
            for (int i = 0; i < many; i++) {
                phrases.put(material("once:" + i, "Här finns trygga platser för barn."));
                phrases.put(material("apart:" + i, "Trygg, trygg och trygg idag. Plats, plats och plats idag."));
                phrases.put(material("word:" + i, "En plats för samtal."));
            }
            for (int i = 0; i < 20; i++) {
                phrases.put(material("often:" + i, "Trygg och trygg idag. Plats, plats, plats och plats idag. Här finns trygga platser."));
            }
            phrases.put(material("best", "Trygga platser. Trygga platser för barn. Trygga platser för alla."));
            phrases.commit(1);
            SearchResults results = searchIn(phrases, "\"trygga platser\"");
            assertEquals(many + 21, results.total(), "every text that writes the phrase, and no other");
            assertEquals("material:best", keys(results).getFirst(), "the text that writes the phrase most");
            assertTrue(keys(results).stream().noneMatch(key -> key.startsWith("material:apart")), keys(results).toString());
        }
    }

    @Test
    void aCompoundThatASynonymFindsInManyDocumentsIsNotLookedForWithItsPartsApart(@TempDir Path own)
            throws IOException {
        try (SearchIndex compounds = SearchIndex.createGeneration(own, ANALYSIS)) {
            compounds.put(SearchDocument.open("material:apart", SearchType.MATERIAL, "Broschyr",
                    "Våld i relationen kan se ut på många sätt.", "", "/material/apart", null, List.of(), List.of(),
                    List.of()));
            for (int i = 0; i < SearchEngine.COMPOUND_FOUND_WHOLE; i++) {
                compounds.put(SearchDocument.open("material:vinr-" + i, SearchType.MATERIAL, "Affisch " + i,
                        "Om VINR i kommunen.", "", "/material/vinr-" + i, null, List.of(), List.of(), List.of()));
                if (i == 0) {
                    compounds.commit(1);
                    assertEquals(2, searchIn(compounds, "relationsvåld").total(),
                            "the parts apart count while the synonym is rare");
                }
            }
            compounds.commit(2);
            SearchResults results = searchIn(compounds, "relationsvåld");
            assertEquals(SearchEngine.COMPOUND_FOUND_WHOLE, results.total(), "found by its synonym only");
            assertFalse(keys(results).contains("material:apart"));
        }
    }

    @Test
    void aQueryWithoutAnAnswerFindsNothingAndSuggestsNothing() {
        for (String query : List.of("bygglov för altan", "bygglov och altan", "altan")) {
            SearchResults results = search(query, SearchCaller.ANONYMOUS);
            assertEquals(0, results.total(), query + ": " + keys(results));
            assertNull(results.suggestion(), query + " is no misspelling of " + results.suggestion());
        }
    }

    @Test
    void wordsTypedInCapitalsAreNeverCorrected() {
        SearchResults sara = search("SARA", SearchCaller.ANONYMOUS);
        assertNull(sara.suggestion(), "SARA is no misspelt svara");
        assertEquals(List.of("course:sara"), keys(sara));
    }

    @Test
    void englishQueriesAreAlsoSearchedInSwedishWithANotice() {
        SearchResults honour = search("honour violence", SearchCaller.ANONYMOUS);
        assertTrue(honour.notices().contains(SearchNotice.TRANSLATED), honour.notices().toString());
        assertEquals("hedersrelaterat våld", honour.translation());
        assertTrue(keys(honour).containsAll(List.of("course:coming", "course:past")), keys(honour).toString());
        assertNull(honour.suggestion(), "honour is no misspelt honom");
        SearchResults fgm = search("female genital mutilation", SearchCaller.ANONYMOUS);
        assertEquals(List.of("material:fgm"), keys(fgm));
        assertNull(fgm.suggestion());
        assertNull(search("heder", SearchCaller.ANONYMOUS).translation(), "Swedish stays Swedish");
    }

    @Test
    void aWordThatNamesAKindOfHitFindsThatKindWithoutTheWord() {
        // the SARA course says neither "kurs" nor "utbildning"; before, only the fallback without "kurser" found it
        SearchResults courses = search("kurser om risk", SearchCaller.ANONYMOUS);
        assertEquals(List.of("course:sara"), keys(courses));
        assertFalse(courses.notices().contains(SearchNotice.ANY_WORD), courses.notices().toString());
        SearchResults meetings = search("nätverksträffar om kvinnofridssamordnare", SearchCaller.ANONYMOUS);
        assertEquals(List.of("meeting:1"), keys(meetings));
        assertTrue(meetings.notices().isEmpty(), meetings.notices().toString());
    }

    @Test
    void snippetsMarkSynonymsAndInflectionsAndReadAsProse() {
        String snippet = search("kvinnlig omskärelse", SearchCaller.ANONYMOUS).hits().getFirst().snippetHtml();
        assertTrue(snippet.contains("<mark>Könsstympning</mark>"), snippet);
        String prose = search("socialtjänsten orosanmälan", SearchCaller.ANONYMOUS).hits().getFirst().snippetHtml();
        assertTrue(prose.contains("<mark>orosanmälan</mark>"), prose);
        assertFalse(prose.contains("##") || prose.contains("- "), prose);
        assertEquals("När du är orolig. En orosanmälan görs. Vad du skriver. Vem som svarar",
                SearchEngine.prose("## När du är orolig\n\nEn orosanmälan görs.\n- Vad du skriver\n- Vem som svarar"));
    }

    @Test
    void suggestionsCompleteTitlesTheCallerMayOpen() {
        List<Suggestion> typed = index.withSearcher(searcher -> ENGINE.suggest(searcher, "hedersr", SearchCaller.ANONYMOUS,
                TODAY, 8));
        assertEquals(List.of("Hedersrelaterat våld – grundkurs"), typed.stream().map(Suggestion::title).toList());
        assertEquals("/kurser/coming", typed.getFirst().url(), "the coming course first");
        assertTrue(index.withSearcher(searcher -> ENGINE.suggest(searcher, "rutin", SearchCaller.ANONYMOUS, TODAY, 8))
                .isEmpty());
    }

    private static SearchDocument course(String id, String title, LocalDate date) {
        return SearchDocument.open("course:" + id, SearchType.COURSE, title, "Kursen handlar om heder och kontroll.",
                "Utbildningsdag", "/kurser/" + id, date, List.of("01"), List.of("hedersrelaterat-vald"), List.of("kurator"));
    }

    private static SearchDocument material(String id, String text) {
        return SearchDocument.open("material:" + id, SearchType.MATERIAL, "Material", text, "", "/material/" + id,
                null, List.of(), List.of(), List.of());
    }

    private static SearchResults searchIn(SearchIndex own, String text) {
        return searchIn(own, SearchRequest.of(text), SearchCaller.ANONYMOUS);
    }

    private static SearchResults search(SearchRequest request) {
        return searchIn(index, request, SearchCaller.ANONYMOUS);
    }

    private static SearchResults search(String text, SearchCaller caller) {
        return searchIn(index, SearchRequest.of(text), caller);
    }

    /** The one place the tests search: facet values named by their codes, on the tests' day. */
    private static SearchResults searchIn(SearchIndex own, SearchRequest request, SearchCaller caller) {
        return own.withSearcher(searcher -> ENGINE.search(searcher, request, caller, (dimension, code) -> code,
                TODAY));
    }

    private static List<String> keys(SearchResults results) {
        return results.hits().stream().map(SearchResults.Hit::key).toList();
    }
}
