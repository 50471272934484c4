package se.kunskapsnav.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A query scored {@code factor} times higher for documents dated today or later, the date read from doc values.
 * Lucene's {@code FunctionScoreQuery} scores the same, but cannot say how high a block of documents may score, so a
 * search for the best hits had to score every match; this one can (the inner query's bound times the boost), so
 * the search passes over blocks of documents that cannot reach the page.
 */
final class UpcomingBoostQuery extends Query {

    private final Query query;
    private final LocalDate today;
    private final float factor;

    UpcomingBoostQuery(Query query, LocalDate today, float factor) {
        this.query = Objects.requireNonNull(query);
        this.today = Objects.requireNonNull(today);
        this.factor = factor;
    }

    Query query() {
        return query;
    }

    /** The same boost of coming dates over another query. */
    UpcomingBoostQuery withQuery(Query other) {
        return new UpcomingBoostQuery(other, today, factor);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = query.rewrite(searcher);
        return rewritten == query ? this : new UpcomingBoostQuery(rewritten, today, factor);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = query.createWeight(searcher, scoreMode, boost);
        return scoreMode.needsScores() ? new BoostWeight(inner) : inner;
    }

    private final class BoostWeight extends FilterWeight {

        BoostWeight(Weight inner) {
            super(UpcomingBoostQuery.this, inner);
        }

        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext leaf) throws IOException {
            ScorerSupplier inner = in.scorerSupplier(leaf);
            if (inner == null) {
                return null;
            }
            NumericDocValues dates = DocValues.getNumeric(leaf.reader(), SearchFields.DATE);
            return new ScorerSupplier() {
                @Override
                public Scorer get(long leadCost) throws IOException {
                    return new BoostScorer(inner.get(leadCost), dates);
                }

                @Override
                public long cost() {
                    return inner.cost();
                }

                @Override
                public void setTopLevelScoringClause() throws IOException {
                    inner.setTopLevelScoringClause();
                }
            };
        }

        @Override
        public Explanation explain(LeafReaderContext leaf, int doc) throws IOException {
            Explanation inner = in.explain(leaf, doc);
            if (!inner.isMatch()) {
                return inner;
            }
            float applied = upcoming(DocValues.getNumeric(leaf.reader(), SearchFields.DATE), doc) ? factor : 1;
            return Explanation.match(boosted(inner.getValue().floatValue(), applied),
                    "dated today or later: " + applied + " times", inner);
        }

        @Override
        public boolean isCacheable(LeafReaderContext leaf) {
            return in.isCacheable(leaf) && DocValues.isCacheable(leaf, SearchFields.DATE);
        }
    }

    private final class BoostScorer extends FilterScorer {

        private final NumericDocValues dates;

        BoostScorer(Scorer inner, NumericDocValues dates) {
            super(inner);
            this.dates = dates;
        }

        @Override
        public float score() throws IOException {
            return boosted(in.score(), upcoming(dates, docID()) ? factor : 1);
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            // rounded up: the bound must never be below a score
            return Math.nextUp(boosted(in.getMaxScore(upTo), highest()));
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            // a hit whose inner score is below this cannot reach minScore even when boosted; rounded down for safety
            in.setMinCompetitiveScore(Math.max(0, Math.nextDown(Math.nextDown((float) (minScore / (double) highest())))));
        }
    }

    private float highest() {
        return Math.max(factor, 1);
    }

    private boolean upcoming(NumericDocValues dates, int doc) throws IOException {
        return dates.advanceExact(doc) && dates.longValue() >= today.toEpochDay();
    }

    /** Multiplied as {@code FunctionScoreQuery} multiplies, in double, so rankings are the same to the last bit. */
    private static float boosted(float score, float factor) {
        return (float) ((double) score * factor);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        query.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "upcoming(" + query.toString(field) + ", " + today + ", " + factor + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && query.equals(((UpcomingBoostQuery) other).query)
                && today.equals(((UpcomingBoostQuery) other).today) && factor == ((UpcomingBoostQuery) other).factor;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), query, today, factor);
    }
}
