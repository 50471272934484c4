package se.kunskapsnav.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A phrase indexed as one term finds exactly the texts where the phrase stands, and counting uses it. */
class IndexedPhrasesTest {

    private static final SearchAnalysis ANALYSIS = QualityCorpus.portalAnalysis();
    /** Words of the synonyms' phrases, their other forms, compounds of them and stop words, to stand in any order. */
    private static final String[] WORDS = ("våld våldet i nära relationer relation mot äldre äldres den som utövar "
            + "utövade barn barnen upplever bevittnar mäns kvinnor och hedersvåld hedersrelaterat förtryck "
            + "relationsvåld våldsutövare kvinnofrid ett stöd").split(" ");
    private static final List<String> EXPRESSIONS = List.of("våld i nära relationer", "våld mot äldre",
            "den som utövar våld", "barn som upplever våld", "mäns våld mot kvinnor", "relationsvåld", "våldsutövare",
            "hedersrelaterat våld och förtryck");

    @Test
    void everyIndexedPhraseFindsTheTextsItsPhraseFindsAndNoOthers(@TempDir Path directory) throws IOException {
        Random random = new Random(20261207L);
        try (SearchIndex index = SearchIndex.createGeneration(directory, ANALYSIS)) {
            for (int i = 0; i < 3000; i++) {
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 4 + random.nextInt(40); w++) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? ". " : " ");
                }
                // the text ends in a phrase's first words and the title that follows it holds its last: values
                // are apart, for the phrase as for its term
                index.put(SearchDocument.open("material:" + i, SearchType.MATERIAL, "Nära relationer",
                        text + " våld i", "", "/material/" + i, null, List.of(), List.of(), List.of()));
            }
            index.commit(1);
            Set<Query> phrases = phrases();
            assertTrue(phrases.size() >= 6, phrases.toString());
            int indexed = 0;
            for (Query phrase : phrases) {
                Query counted = ANALYSIS.indexedPhrases().forCounting(phrase);
                if (counted instanceof TermQuery) {
                    indexed++;
                }
                int byPositions = index.withSearcher(searcher -> count(searcher, phrase));
                int byTerm = index.withSearcher(searcher -> count(searcher, counted));
                assertEquals(byPositions, byTerm, phrase + " as " + counted);
                assertTrue(byPositions > 0, phrase + " stands nowhere: the test proves nothing for it");
            }
            assertEquals(phrases.size(), indexed, "every phrase of the expressions is indexed");
            // scoring compares a text's length with the words the field holds, not counting the phrases' terms
            long words = index.withSearcher(searcher -> wordsIn(searcher, SearchFields.ALL));
            assertEquals(words, (long) index.withSearcher(searcher -> statistics(searcher, SearchFields.ALL)));
        }
    }

    /** How often every term of {@code field} but the phrases' stands in it. */
    private static long wordsIn(IndexSearcher searcher, String field) {
        long words = 0;
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                TermsEnum terms = leaf.reader().terms(field).iterator();
                for (BytesRef term = terms.next(); term != null; term = terms.next()) {
                    words += term.utf8ToString().startsWith("\u0002") ? 0 : terms.totalTermFreq();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static long statistics(IndexSearcher searcher, String field) {
        try {
            return searcher.collectionStatistics(field).sumTotalTermFreq();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void countingReplacesOnlyPhrasesThatAreIndexed() {
        IndexedPhrases indexed = ANALYSIS.indexedPhrases();
        Query typed = new PhraseQuery(SearchFields.ALL, "skyddat", "boende");
        assertEquals(typed, indexed.forCounting(typed), "no expression of the lists");
        Query sloppy = new PhraseQuery(3, SearchFields.ALL, "nära", "relation");
        assertEquals(sloppy, indexed.forCounting(sloppy));
        Query concept = new ConceptQueryBuilder(ANALYSIS.query(), ANALYSIS::isStopWord)
                .createBooleanQuery(SearchFields.ALL, "relationsvåld", Occur.MUST);
        Query counted = indexed.forCounting(concept);
        assertFalse(phrasesIn(counted).iterator().hasNext(), "the concept's phrase is counted by its term: " + counted);
        Query inTitle = new PhraseQuery(SearchFields.TITLE, "våld", "nära");
        assertInstanceOf(PhraseQuery.class, indexed.forCounting(inTitle), "titles hold no phrases' terms");
    }

    /** Every exact phrase the engine's query builder makes of the expressions, as words or quoted. */
    private static Set<Query> phrases() {
        ConceptQueryBuilder builder = new ConceptQueryBuilder(ANALYSIS.query(), ANALYSIS::isStopWord);
        Set<Query> phrases = new LinkedHashSet<>();
        for (String expression : EXPRESSIONS) {
            for (String field : List.of(SearchFields.ALL, SearchFields.ALL_MEMBER)) {
                phrasesIn(builder.createBooleanQuery(field, expression, Occur.MUST)).forEach(phrases::add);
                phrasesIn(builder.createPhraseQuery(field, expression)).forEach(phrases::add);
            }
        }
        phrases.removeIf(phrase -> phrase.toString().contains("all_member")); // no member texts in this index
        return phrases;
    }

    private static List<Query> phrasesIn(Query query) {
        List<Query> phrases = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                if ((leaf instanceof PhraseQuery || leaf instanceof MultiPhraseQuery) && !phrases.contains(leaf)) {
                    phrases.add(leaf);
                }
            }
        });
        return phrases;
    }

    private static int count(IndexSearcher searcher, Query query) {
        try {
            return searcher.count(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
