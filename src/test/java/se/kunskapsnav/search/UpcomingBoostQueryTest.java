package se.kunskapsnav.search;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The boost of coming dates: scores as the engine always did, and the best hits found without scoring them all. */
class UpcomingBoostQueryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final String[] WORDS = {"våld", "barn", "skydd", "stöd", "samverkan", "rutin", "kurs", "län"};

    @Test
    void comingDatesScoreTheFactorHigherAndTheBestHitsAreTheSameWithoutScoringEveryHit() throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            Random random = new Random(22);
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
                for (int i = 0; i < 20_000; i++) {
                    StringBuilder text = new StringBuilder();
                    for (int word = random.nextInt(3, 40); word > 0; word--) {
                        text.append(WORDS[random.nextInt(random.nextBoolean() ? 2 : WORDS.length)]).append(' ');
                    }
                    Document doc = new Document();
                    doc.add(new StringField("id", Integer.toString(i), Field.Store.YES));
                    doc.add(new TextField("text", text.toString(), Field.Store.NO));
                    if (i % 7 != 0) {
                        doc.add(new NumericDocValuesField(SearchFields.DATE,
                                TODAY.plusDays(random.nextInt(-400, 400)).toEpochDay()));
                    }
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query words = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("text", "våld")), Occur.MUST)
                        .add(new TermQuery(new Term("text", "skydd")), Occur.SHOULD)
                        .add(new TermQuery(new Term("text", "rutin")), Occur.SHOULD).build();
                Query boosted = new UpcomingBoostQuery(words, TODAY, SearchEngine.UPCOMING_BOOST);

                // alone, and under a clause that lifts some hits above all others, as the engine's "all words first"
                Query lifted = new BooleanQuery.Builder().add(boosted, Occur.MUST)
                        .add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("text", "rutin"))), 1000f),
                                Occur.SHOULD).build();
                for (Query query : new Query[] {boosted, lifted}) {
                    TopDocs every = searcher.search(query, new TopScoreDocCollectorManager(50, Integer.MAX_VALUE));
                    TopDocs best = searcher.search(query, new TopScoreDocCollectorManager(50, 50));
                    assertTrue(every.totalHits.value() > 5_000, "the query matches many documents");
                    assertTrue(best.totalHits.value() < every.totalHits.value(),
                            query + ": documents were passed over: " + best.totalHits + " of " + every.totalHits);
                    assertEquals(every.scoreDocs.length, best.scoreDocs.length);
                    for (int i = 0; i < every.scoreDocs.length; i++) {
                        assertEquals(every.scoreDocs[i].doc, best.scoreDocs[i].doc, "hit " + i);
                        assertEquals(every.scoreDocs[i].score, best.scoreDocs[i].score, "hit " + i);
                    }
                }

                float[] plainScores = scoresByDoc(searcher, words);
                float[] boostedScores = scoresByDoc(searcher, boosted);
                NumericDocValues dates = MultiDocValues.getNumericValues(reader, SearchFields.DATE);
                int upcoming = 0;
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    boolean coming = dates.advanceExact(doc) && dates.longValue() >= TODAY.toEpochDay();
                    upcoming += coming && plainScores[doc] > 0 ? 1 : 0;
                    float expected = (float) ((double) plainScores[doc] * (coming ? SearchEngine.UPCOMING_BOOST : 1));
                    assertEquals(expected, boostedScores[doc], "doc " + doc);
                }
                assertTrue(upcoming > 1_000, "some hits are coming");
            }
        }
    }

    private static float[] scoresByDoc(IndexSearcher searcher, Query query) throws IOException {
        float[] scores = new float[searcher.getIndexReader().maxDoc()];
        for (ScoreDoc hit : searcher.search(query, new TopScoreDocCollectorManager(scores.length, Integer.MAX_VALUE))
                .scoreDocs) {
            scores[hit.doc] = hit.score;
        }
        return scores;
    }
}
