package se.kunskapsnav.search;

import org.apache.lucene.index.FreqAndNormBuffer;
import org.apache.lucene.index.Impacts;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.ImpactsSource;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.queries.spans.SpanWeight;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MaxScoreCache;
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
import java.util.Objects;
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

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        List<SpanWeight> weights = new ArrayList<>();
        for (SpanQuery way : ways.getClauses()) {
            weights.add(way.createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, boost));
        }
        SpanWeight spans = ways.new SpanOrWeight(searcher, scoreMode.needsScores() ? statistics(searcher) : null,
                weights, boost);
        return new FilterWeight(this, spans) {
            private Weight marked;

            /**
             * The spans' scorer with a bound on its scores per block of texts, read from the ways' words' impacts as
             * Lucene's term queries do: the span scorer gives none (infinity), so without it no block of a search
             * with a concept could be passed over for the best hits.
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
                        Scorer scorer = scorers.get(leadCost);
                        if (spans.getSimScorer() == null) {
                            return scorer;
                        }
                        MaxScoreCache bounds = new MaxScoreCache(new ConceptImpacts(ways, context),
                                spans.getSimScorer());
                        return new FilterScorer(scorer) {
                            @Override
                            public int advanceShallow(int target) throws IOException {
                                return bounds.advanceShallow(target);
                            }

                            @Override
                            public float getMaxScore(int upTo) throws IOException {
                                return bounds.getMaxScore(upTo);
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

    /**
     * The most often a text of a block can hold the concept, per length of text, read from the impacts of the ways'
     * words (per block of texts, their most frequent mentions per text length). The concept's frequency in a text is
     * the number of its ways' matches: a word's matches are its mentions, each of a word's forms adds its own, and a
     * phrase matches at most as often as its least mentioned word, since each match takes one mention of every word
     * at its own place. So in a text of length N or more the concept is found at most the sum over its ways of their
     * words' most frequent mentions in texts of length N or less (a phrase the least of its words), and BM25 scores no
     * text of the block above the best of those pairs.
     */
    private static final class ConceptImpacts extends Impacts implements ImpactsSource {

        /** A way or part of one: a word (its index), or the sum of its parts, or for a phrase the least of them. */
        private record Part(int word, Part[] parts, boolean phrase) {
        }

        private final Part concept;
        private final ImpactsEnum[] words;
        private final Impacts[] current;
        private final FreqAndNormBuffer[] reached;
        private final FreqAndNormBuffer bounds = new FreqAndNormBuffer();
        private Impacts lead;

        ConceptImpacts(SpanOrQuery ways, LeafReaderContext context) throws IOException {
            List<Term> terms = new ArrayList<>();
            concept = part(ways, terms);
            words = new ImpactsEnum[terms.size()];
            Terms field = context.reader().terms(ways.getField());
            TermsEnum iterator = field == null ? null : field.iterator();
            for (int i = 0; i < words.length; i++) {
                if (iterator != null && iterator.seekExact(terms.get(i).bytes())) {
                    words[i] = iterator.impacts(PostingsEnum.FREQS);
                }
            }
            current = new Impacts[words.length];
            reached = new FreqAndNormBuffer[words.length];
        }

        private static Part part(SpanQuery way, List<Term> terms) {
            return switch (way) {
                case SpanTermQuery word -> {
                    terms.add(word.getTerm());
                    yield new Part(terms.size() - 1, null, false);
                }
                case SpanOrQuery forms -> new Part(-1, parts(forms.getClauses(), terms), false);
                case SpanNearQuery phrase -> new Part(-1, parts(phrase.getClauses(), terms), true);
                default -> null; // a gap in a phrase: no word to count
            };
        }

        private static Part[] parts(SpanQuery[] clauses, List<Term> terms) {
            return Arrays.stream(clauses).map(clause -> part(clause, terms)).filter(Objects::nonNull)
                    .toArray(Part[]::new);
        }

        @Override
        public void advanceShallow(int target) throws IOException {
            for (ImpactsEnum word : words) {
                if (word != null) {
                    word.advanceShallow(target);
                }
            }
        }

        /** The levels of the word whose first block ends soonest: every other word's blocks cover them. */
        @Override
        public Impacts getImpacts() throws IOException {
            lead = null;
            for (int i = 0; i < words.length; i++) {
                current[i] = words[i] == null ? null : words[i].getImpacts();
                if (current[i] != null && (lead == null || current[i].getDocIdUpTo(0) < lead.getDocIdUpTo(0))) {
                    lead = current[i];
                }
            }
            return this;
        }

        @Override
        public int numLevels() {
            return lead == null ? 1 : lead.numLevels();
        }

        @Override
        public int getDocIdUpTo(int level) {
            return lead == null ? DocIdSetIterator.NO_MORE_DOCS : lead.getDocIdUpTo(level);
        }

        /**
         * One pair per length a word's impacts name, and length 0 for words whose impacts end before the level does
         * (they bound nothing there); the pairs need not be the fewest, only cover every text.
         */
        @Override
        public FreqAndNormBuffer getImpacts(int level) {
            int upTo = getDocIdUpTo(level);
            int lengths = 1;
            for (int i = 0; i < words.length; i++) {
                reached[i] = null;
                for (int wordLevel = 0; current[i] != null && wordLevel < current[i].numLevels(); wordLevel++) {
                    if (current[i].getDocIdUpTo(wordLevel) >= upTo) {
                        reached[i] = current[i].getImpacts(wordLevel);
                        lengths += reached[i].size;
                        break;
                    }
                }
            }
            bounds.size = 0;
            bounds.growNoCopy(lengths);
            add(0L);
            for (int i = 0; i < words.length; i++) {
                for (int j = 0; current[i] != null && reached[i] != null && j < reached[i].size; j++) {
                    add(reached[i].norms[j]);
                }
            }
            return bounds;
        }

        private void add(long length) {
            bounds.add((int) Math.min(frequency(concept, length), Integer.MAX_VALUE), length);
        }

        /** How often a text of the block with the given length (norm) or longer can match a part at most. */
        private long frequency(Part part, long length) {
            if (part.word() >= 0) {
                if (current[part.word()] == null) {
                    return 0; // a word not in this segment is in no text of it
                }
                FreqAndNormBuffer impacts = reached[part.word()];
                if (impacts == null) {
                    return Integer.MAX_VALUE;
                }
                int most = 0;
                for (int i = 0; i < impacts.size; i++) {
                    if (Long.compareUnsigned(impacts.norms[i], length) <= 0) {
                        most = Math.max(most, impacts.freqs[i]);
                    }
                }
                return most;
            }
            long result = part.phrase() ? Integer.MAX_VALUE : 0;
            for (Part each : part.parts()) {
                long frequency = frequency(each, length);
                result = part.phrase() ? Math.min(result, frequency) : Math.min(result + frequency, Integer.MAX_VALUE);
            }
            return result;
        }
    }
}
