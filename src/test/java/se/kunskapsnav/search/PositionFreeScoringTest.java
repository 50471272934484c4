package se.kunskapsnav.search;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which queries get a stand-in without positions, and that it finds every hit of the query. */
class PositionFreeScoringTest {

    private static final String FIELD = "all";

    @Test
    void aScoredPhraseBecomesItsRarestWordAndTheStandInFindsEveryHitOfTheQuery() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                for (String text : List.of("våld i nära relationer", "nära och kära", "våld mot äldre",
                        "relationer i nära våld", "nära relationer")) {
                    Document document = new Document();
                    document.add(new TextField(FIELD, text, Field.Store.NO));
                    writer.addDocument(document);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query query = new BooleanQuery.Builder()
                        .add(new PhraseQuery(FIELD, "våld", "i", "nära", "relationer"), Occur.MUST)
                        .add(new MultiPhraseQuery.Builder().add(new Term[] {term("nära"), term("kära")})
                                .add(term("relationer")).setSlop(3).build(), Occur.FILTER)
                        .build();
                Query standIn = PositionFreeScoring.of(query, reader).orElseThrow();
                assertEquals(new BooleanQuery.Builder().add(new TermQuery(term("i")), Occur.MUST).build(), standIn,
                        "the phrase's rarest word; the filter is left to the hits found");
                Query both = new BooleanQuery.Builder().add(query, Occur.MUST).add(standIn, Occur.FILTER).build();
                assertEquals(searcher.count(query), searcher.count(both));
                assertTrue(searcher.count(query) > 0);
            }
        }
    }

    @Test
    void queriesWithoutAScoredPhraseOrWithAPhraseInAConstantScoreKeepTheirOwnScoring() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer())).close();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                Query words = new BooleanQuery.Builder().add(new TermQuery(term("våld")), Occur.MUST)
                        .add(new PhraseQuery(3, FIELD, "nära", "relationer"), Occur.FILTER).build();
                assertTrue(PositionFreeScoring.of(words, reader).isEmpty(), "a phrase that only filters");
                Query concept = ConceptQuery.of(List.of(new TermQuery(term("relationsvåld")),
                        new PhraseQuery(FIELD, "våld", "nära"))).orElseThrow();
                assertTrue(PositionFreeScoring.of(concept, reader).isEmpty(), "a concept bounds its own scores");
                Query constant = new BooleanQuery.Builder().add(new TermQuery(term("våld")), Occur.MUST)
                        .add(new ConstantScoreQuery(new PhraseQuery(FIELD, "nära", "relationer")), Occur.SHOULD)
                        .build();
                assertTrue(PositionFreeScoring.of(constant, reader).isEmpty(),
                        "a constant score for matching a phrase would lift what only a stand-in matches");
            }
        }
    }

    private static Term term(String text) {
        return new Term(FIELD, text);
    }
}
