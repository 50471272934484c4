package se.kunskapsnav.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.queries.spans.SpanWeight;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One concept written several ways ("VINR", "våld i nära relationer", "relationsvåld") scored as one word by BM25:
 * its frequency in a text is how often the text writes it any of the ways, and its rarity is that of a word found in
 * as many texts as the ways together. A text that writes the expansion seven times then ranks above one that writes
 * the abbreviation once, as it would if both wrote the same word; the best way alone (a maximum) let a rare
 * abbreviation outweigh a text about the expansion, and a sum of the ways counted a text saying both twice.
 * Matched as spans, so each way keeps its positions: a phrase must stand as written. Snippets mark the ways as the
 * query builder wrote them.
 */
final class ConceptQuery extends Query {

    /** The made-up term that carries the concept's statistics; never looked up in the index. */
    private static final String CONCEPT = "\u0000concept";

    /** The ways as written by the query builder: what a snippet marks. */
    private final List<Query> written;
    private final SpanOrQuery ways;

    private ConceptQuery(List<Query> written, SpanOrQuery ways) {
        this.written = written;
        this.ways = ways;
    }

    /**
     * The ways as one concept, or empty when one of them is not a word, words at one place or a phrase (the
     * caller then keeps its own query).
     */
    static Optional<Query> of(List<Query> ways) {
        List<SpanQuery> spans = new ArrayList<>();
        for (Query way : ways) {
            SpanQuery span = span(way);
            if (span == null || (!spans.isEmpty() && !span.getField().equals(spans.getFirst().getField()))) {
                return Optional.empty();
            }
            spans.add(span);
        }
        return spans.isEmpty() ? Optional.empty()
                : Optional.of(new ConceptQuery(List.copyOf(ways), new SpanOrQuery(spans.toArray(SpanQuery[]::new))));
    }

    /** A way of writing the concept as spans: a word, its base forms at one place, or a phrase with its gaps. */
    private static SpanQuery span(Query way) {
        return switch (way) {
            case TermQuery term -> new SpanTermQuery(term.getTerm());
            case SynonymQuery forms -> anyOf(forms.getTerms().toArray(Term[]::new));
            case PhraseQuery phrase when phrase.getSlop() == 0 ->
                    phrase(phrase.getField(), Arrays.stream(phrase.getTerms()).map(term -> new Term[] {term}).toList(),
                            phrase.getPositions());
            case MultiPhraseQuery phrase when phrase.getSlop() == 0 ->
                    phrase(phrase.getTermArrays()[0][0].field(), Arrays.asList(phrase.getTermArrays()),
                            phrase.getPositions());
            default -> null;
        };
    }

    private static SpanQuery anyOf(Term... terms) {
        if (terms.length == 1) {
            return new SpanTermQuery(terms[0]);
        }
        return new SpanOrQuery(Arrays.stream(terms).map(SpanTermQuery::new).toArray(SpanQuery[]::new));
    }

    /** The words in order and adjacent, with the gaps the analysis left (question words removed keep their place). */
    private static SpanQuery phrase(String field, List<Term[]> words, int[] positions) {
        if (words.size() == 1) {
            return anyOf(words.getFirst());
        }
        SpanNearQuery.Builder phrase = new SpanNearQuery.Builder(field, true);
        for (int i = 0; i < words.size(); i++) {
            int gap = i == 0 ? 0 : positions[i] - positions[i - 1] - 1;
            if (gap > 0) {
                phrase.addGap(gap);
            }
            phrase.addClause(anyOf(words.get(i)));
        }
        return phrase.build();
    }

    /** The ways as the query builder wrote them. */
    List<Query> ways() {
        return written;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        List<SpanWeight> weights = new ArrayList<>();
        for (SpanQuery way : ways.getClauses()) {
            weights.add(way.createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, boost));
        }
        SpanWeight spans = ways.new SpanOrWeight(searcher, scoreMode.needsScores() ? statistics(searcher) : null,
                weights, boost);
        // BM25 approaches its weight (boost times rarity) as the frequency grows: no text scores more
        float bound = spans.getSimScorer() == null ? 0 : spans.getSimScorer().score(Float.MAX_VALUE, 1L);
        return new FilterWeight(this, spans) {
            private Weight marked;

            /**
             * The spans' scorer with a bound on its scores: Lucene's span scorer gives none (infinity), so no block of
             * a search with a concept could be passed over for the best hits.
             */
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                ScorerSupplier scorers = in.scorerSupplier(context);
                if (scorers == null) {
                    return null;
                }
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        return new FilterScorer(scorers.get(leadCost)) {
                            @Override
                            public float getMaxScore(int upTo) {
                                return bound;
                            }
                        };
                    }

                    @Override
                    public long cost() {
                        return scorers.cost();
                    }
                };
            }

            /** The ways' own matches: the highlighter expects a phrase's words in the order its queries give them. */
            @Override
            public Matches matches(LeafReaderContext context, int doc) throws IOException {
                if (marked == null) {
                    marked = searcher.createWeight(searcher.rewrite(new DisjunctionMaxQuery(written, 0f)),
                            ScoreMode.COMPLETE_NO_SCORES, 1f);
                }
                return marked.matches(context, doc);
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        QueryVisitor each = visitor.getSubVisitor(BooleanClause.Occur.SHOULD, this);
        written.forEach(way -> way.visit(each));
    }

    @Override
    public String toString(String field) {
        return "concept" + ways.toString(field);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && ways.equals(((ConceptQuery) other).ways);
    }

    @Override
    public int hashCode() {
        return classHash() * 31 + ways.hashCode();
    }

    /**
     * The concept's statistics as one word's: found in as many texts, as often, as its ways together (capped at the
     * number of texts); a phrase counts as its rarest word, the most it can be found in.
     */
    private Map<Term, TermStates> statistics(IndexSearcher searcher) throws IOException {
        long docFreq = 0;
        long totalFreq = 0;
        for (SpanQuery way : ways.getClauses()) {
            long[] counts = counts(searcher, way);
            docFreq += counts[0];
            totalFreq += counts[1];
        }
        int texts = searcher.getIndexReader().maxDoc();
        if (docFreq == 0) {
            return null; // no way is written anywhere: nothing to score
        }
        TermStates concept = new TermStates(searcher.getTopReaderContext());
        concept.accumulateStatistics((int) Math.min(docFreq, texts), Math.max(totalFreq, Math.min(docFreq, texts)));
        return Map.of(new Term(ways.getField(), CONCEPT), concept);
    }

    /** In how many texts, and how often, a way may be found: a word's own counts, at most its rarest word's. */
    private static long[] counts(IndexSearcher searcher, SpanQuery way) throws IOException {
        return switch (way) {
            case SpanTermQuery term -> {
                TermStates states = TermStates.build(searcher, term.getTerm(), true);
                yield new long[] {states.docFreq(), states.totalTermFreq()};
            }
            case SpanNearQuery phrase -> {
                long[] rarest = null;
                for (SpanQuery word : phrase.getClauses()) {
                    long[] counts = counts(searcher, word);
                    if (counts != null && (rarest == null || counts[0] < rarest[0])) {
                        rarest = counts;
                    }
                }
                yield rarest == null ? new long[2] : rarest;
            }
            case SpanOrQuery forms -> {
                long[] sum = new long[2];
                for (SpanQuery form : forms.getClauses()) {
                    long[] counts = counts(searcher, form);
                    sum[0] += counts[0];
                    sum[1] += counts[1];
                }
                yield sum;
            }
            default -> null; // a gap in a phrase
        };
    }
}
