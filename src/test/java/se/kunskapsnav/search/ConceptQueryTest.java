package se.kunskapsnav.search;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A concept's bound per block of texts: never below a score, and the best hits found without scoring them all. */
class ConceptQueryTest {

    private static final String[] WORDS = {"barn", "stöd", "skydd", "samverkan", "rutin", "våld", "nära", "i",
            "relationer", "län", "kurs"};

    private static Directory directory;
    private static DirectoryReader reader;
    private static IndexSearcher searcher;

    /** "VINR", "relationsvåld" in two forms, and "våld i nära relationer": one concept written three ways. */
    private static final Query CONCEPT = ConceptQuery.of(List.of(
            new TermQuery(new Term("text", "vinr")),
            new SynonymQuery.Builder("text").addTerm(new Term("text", "relationsvåld"))
                    .addTerm(new Term("text", "relationsvåldet")).build(),
            new PhraseQuery("text", "våld", "i", "nära", "relationer"))).orElseThrow();

    /**
     * 30 000 texts, most of them mentioning a way of the concept once or not at all among other words; a few short
     * ones, bunched in some stretches of the index, mention it often. Those are the best hits, and a bound per block
     * lets the search pass over the blocks that hold none of them.
     */
    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        Random random = new Random(22);
        String[] ways = {"vinr", "relationsvåld", "relationsvåldet", "våld i nära relationer"};
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < 30_000; i++) {
                StringBuilder text = new StringBuilder();
                boolean often = i % 5_000 < 40 && random.nextInt(3) == 0;
                for (int word = random.nextInt(often ? 2 : 5, often ? 8 : 60); word > 0; word--) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                    if (often || random.nextInt(40) == 0) {
                        text.append(ways[random.nextInt(ways.length)]).append(' ');
                    }
                }
                Document doc = new Document();
                doc.add(new TextField("text", text.toString(), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void noTextScoresAboveItsBlocksBound() throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(CONCEPT), ScoreMode.TOP_SCORES, 1f);
        int scored = 0;
        int belowTheWholeIndexBound = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            float whole = weight.scorer(leaf).getMaxScore(DocIdSetIterator.NO_MORE_DOCS);
            for (int doc = scorer.iterator().nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
                    doc = scorer.iterator().nextDoc()) {
                int blockEnd = scorer.advanceShallow(doc);
                assertTrue(blockEnd >= doc, "the block holds its text");
                float bound = scorer.getMaxScore(blockEnd);
                assertTrue(scorer.score() <= bound, "doc " + doc + ": " + scorer.score() + " above " + bound);
                belowTheWholeIndexBound += bound < whole ? 1 : 0;
                scored++;
            }
        }
        assertTrue(scored > 5_000, "scored " + scored);
        assertTrue(belowTheWholeIndexBound > scored / 2, belowTheWholeIndexBound + " of " + scored);
    }

    @Test
    void theBestHitsAreThoseOfScoringEveryHitAndFewerTextsAreVisitedThanWithOneBoundForTheIndex() throws IOException {
        for (Query other : new Query[] {new TermQuery(new Term("text", "barn")), new TermQuery(new Term("text", "kurs"))}) {
            Query query = new BooleanQuery.Builder().add(CONCEPT, Occur.SHOULD).add(other, Occur.SHOULD).build();
            Query wholeIndexBound = new BooleanQuery.Builder().add(new WholeIndexBound(CONCEPT), Occur.SHOULD)
                    .add(other, Occur.SHOULD).build();
            TopDocs every = searcher.search(query, new TopScoreDocCollectorManager(50, Integer.MAX_VALUE));
            TopDocs best = searcher.search(query, new TopScoreDocCollectorManager(50, 50));
            TopDocs bestWithOneBound = searcher.search(wholeIndexBound, new TopScoreDocCollectorManager(50, 50));
            assertTrue(best.totalHits.value() < bestWithOneBound.totalHits.value(),
                    query + ": visited " + best.totalHits + ", with one bound for the index "
                            + bestWithOneBound.totalHits + ", of " + every.totalHits);
            assertEquals(every.scoreDocs.length, best.scoreDocs.length);
            for (int i = 0; i < every.scoreDocs.length; i++) {
                assertEquals(every.scoreDocs[i].doc, best.scoreDocs[i].doc, "hit " + i);
                assertEquals(every.scoreDocs[i].score, best.scoreDocs[i].score, "hit " + i);
                assertEquals(every.scoreDocs[i].doc, bestWithOneBound.scoreDocs[i].doc, "hit " + i);
            }
        }
    }

    /** The concept as it was bounded before: one bound for the whole index, the same for every block. */
    private static final class WholeIndexBound extends Query {
        private final Query concept;

        WholeIndexBound(Query concept) {
            this.concept = concept;
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
            return new FilterWeight(this, concept.createWeight(searcher, scoreMode, boost)) {
                @Override
                public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                    ScorerSupplier scorers = in.scorerSupplier(context);
                    return scorers == null ? null : new ScorerSupplier() {
                        @Override
                        public Scorer get(long leadCost) throws IOException {
                            Scorer scorer = scorers.get(leadCost);
                            float whole = scorer.getMaxScore(DocIdSetIterator.NO_MORE_DOCS);
                            return new FilterScorer(scorer) {
                                @Override
                                public float getMaxScore(int upTo) {
                                    return whole;
                                }
                            };
                        }

                        @Override
                        public long cost() {
                            return scorers.cost();
                        }
                    };
                }
            };
        }

        @Override
        public void visit(QueryVisitor visitor) {
            concept.visit(visitor);
        }

        @Override
        public String toString(String field) {
            return "wholeIndexBound(" + concept.toString(field) + ")";
        }

        @Override
        public boolean equals(Object other) {
            return sameClassAs(other) && concept.equals(((WholeIndexBound) other).concept);
        }

        @Override
        public int hashCode() {
            return classHash() * 31 + concept.hashCode();
        }
    }
}
