package se.kunskapsnav.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents a search already found, one bit set per segment of the reader it searched (by the segment's place
 * in it): valid with that reader alone, so never cached and equal only to itself.
 */
final class HitSetQuery extends Query {

    private final FixedBitSet[] bySegment;

    HitSetQuery(FixedBitSet[] bySegment) {
        this.bySegment = bySegment;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext segment) {
                FixedBitSet hits = segment.ord < bySegment.length ? bySegment[segment.ord] : null;
                if (hits == null || hits.length() != segment.reader().maxDoc()) {
                    return null;
                }
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode,
                        new BitSetIterator(hits, hits.cardinality())));
            }

            @Override
            public boolean isCacheable(LeafReaderContext segment) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "hits found";
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
