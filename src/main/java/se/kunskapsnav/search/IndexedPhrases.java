package se.kunskapsnav.search;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The phrases a search builds for the synonyms' and the English glossary's expressions of several words ("våld i
 * nära relationer", "den som utövar våld", "våld mot äldre"), indexed as one term each in {@code all} and
 * {@code all_member} wherever they stand. Counting a search's hits then reads that term's documents instead of
 * where the phrase's words stand in every text holding them all, which for expressions of common words was most of
 * a search's time. A phrase is replaced only where it is exactly one indexed, so counts stay exact; the term is
 * never scored, and the best hits are scored by the phrase as before.
 */
final class IndexedPhrases {

    static final IndexedPhrases NONE = new IndexedPhrases(List.of());

    /** Starts an indexed phrase's term; the tokenizer drops it, so no typed word can make one. */
    private static final String MARK = "\u0002";
    private static final Set<String> FIELDS = Set.of(SearchFields.ALL, SearchFields.ALL_MEMBER);

    /**
     * A phrase: at each offset from its first word, the forms any of which may stand there (offsets not listed, stop
     * words, may hold any word); and its term.
     */
    private record Phrase(int[] offsets, List<Set<String>> forms, String term) {

        Phrase(int[] offsets, List<Set<String>> forms) {
            this(offsets, forms, term(offsets, forms));
        }

        private static String term(int[] offsets, List<Set<String>> forms) {
            StringBuilder term = new StringBuilder(MARK);
            for (int i = 0; i < offsets.length; i++) {
                term.append(i == 0 ? "" : " ").append(offsets[i]).append(':')
                        .append(String.join("|", new TreeSet<>(forms.get(i))));
            }
            return term.toString();
        }

        static Phrase of(Query query) {
            int[] positions;
            List<Set<String>> forms = new ArrayList<>();
            switch (query) {
                case PhraseQuery phrase when phrase.getSlop() == 0 -> {
                    positions = phrase.getPositions();
                    Arrays.stream(phrase.getTerms()).forEach(term -> forms.add(Set.of(term.text())));
                }
                case MultiPhraseQuery phrase when phrase.getSlop() == 0 -> {
                    positions = phrase.getPositions();
                    for (Term[] atPlace : phrase.getTermArrays()) {
                        forms.add(Arrays.stream(atPlace).map(Term::text).collect(Collectors.toSet()));
                    }
                }
                default -> {
                    return null;
                }
            }
            for (int i = 1; i < positions.length; i++) {
                if (positions[i] <= positions[i - 1]) {
                    return null; // two words at one place: the marking meets them one at a time, so it is left alone
                }
            }
            if (positions.length < 2) {
                return null;
            }
            int[] offsets = Arrays.stream(positions).map(position -> position - positions[0]).toArray();
            return new Phrase(offsets, List.copyOf(forms));
        }
    }

    /** The phrases by their term. */
    private final Map<String, Phrase> byTerm;
    /** The phrases by each form of their last word. */
    private final Map<String, List<Phrase>> byLastForm = new HashMap<>();
    /** Every form of every phrase's words, each to itself: looked up in a token's characters without a copy. */
    private final CharArrayMap<String> words = new CharArrayMap<>(64, false);
    /** The most places a phrase spans, less one. */
    private final int longest;

    private IndexedPhrases(Collection<Phrase> phrases) {
        Map<String, Phrase> terms = new LinkedHashMap<>();
        phrases.forEach(phrase -> terms.put(phrase.term(), phrase));
        this.byTerm = Map.copyOf(terms);
        for (Phrase phrase : terms.values()) {
            for (String form : phrase.forms().getLast()) {
                byLastForm.computeIfAbsent(form, f -> new ArrayList<>()).add(phrase);
            }
            phrase.forms().forEach(forms -> forms.forEach(form -> words.put(form, form)));
        }
        this.longest = terms.values().stream().mapToInt(phrase -> phrase.offsets()[phrase.offsets().length - 1])
                .max().orElse(0);
    }

    /** Every exact phrase {@code builder} makes of the expressions, as a search's words or quoted. */
    static IndexedPhrases of(Collection<String> expressions, QueryBuilder builder) {
        List<Phrase> phrases = new ArrayList<>();
        for (String expression : expressions) {
            for (Query query : new Query[] {builder.createBooleanQuery(SearchFields.ALL, expression, Occur.MUST),
                    builder.createPhraseQuery(SearchFields.ALL, expression)}) {
                if (query == null) {
                    continue;
                }
                query.visit(new QueryVisitor() {
                    @Override
                    public void consumeTerms(Query leaf, Term... terms) {
                        Phrase phrase = Phrase.of(leaf); // a phrase of several forms at a place tells each place
                        if (phrase != null) {
                            phrases.add(phrase);
                        }
                    }
                });
            }
        }
        return new IndexedPhrases(phrases);
    }

    /** Names the phrases: an index written with other phrases is written anew. */
    String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String term : new TreeSet<>(byTerm.keySet())) {
                digest.update((term + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code query} for counting its hits: each exact phrase in {@code all} or {@code all_member} that is an indexed
     * one becomes its term, and a concept (matched by any of its ways) any of its ways so made. Matches the same
     * documents; its scores mean nothing.
     */
    Query forCounting(Query query) {
        if (byTerm.isEmpty()) {
            return query;
        }
        return switch (query) {
            case PhraseQuery phrase -> indexed(phrase, phrase.getField());
            case MultiPhraseQuery phrase -> indexed(phrase, phrase.getTermArrays()[0][0].field());
            case ConceptQuery concept -> {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                concept.ways().forEach(way -> any.add(forCounting(way), Occur.SHOULD));
                yield any.build();
            }
            case BooleanQuery bool -> {
                BooleanQuery.Builder counted = new BooleanQuery.Builder()
                        .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
                for (BooleanClause clause : bool.clauses()) {
                    counted.add(forCounting(clause.query()), clause.occur());
                }
                yield counted.build();
            }
            case BoostQuery boost -> new BoostQuery(forCounting(boost.getQuery()), boost.getBoost());
            case DisjunctionMaxQuery max -> new DisjunctionMaxQuery(
                    max.getDisjuncts().stream().map(this::forCounting).toList(), max.getTieBreakerMultiplier());
            default -> query;
        };
    }

    private Query indexed(Query phrase, String field) {
        Phrase read = Phrase.of(phrase);
        if (read == null || !FIELDS.contains(field) || !byTerm.containsKey(read.term())) {
            return phrase;
        }
        return new TermQuery(new Term(field, read.term()));
    }

    /** Whether {@code field} holds the phrases' terms. */
    boolean inField(String field) {
        return !byTerm.isEmpty() && FIELDS.contains(field);
    }

    /** How often the phrases' terms stand in {@code field}, and in how many texts each, added up. */
    long[] occurrences(IndexReader reader, String field) throws IOException {
        long[] counted = new long[2];
        for (String phrase : byTerm.keySet()) {
            Term term = new Term(field, phrase);
            counted[0] += reader.totalTermFreq(term);
            counted[1] += reader.docFreq(term);
        }
        return counted;
    }

    /** Adds each indexed phrase's term where the phrase stands in {@code input}, at its last word. */
    TokenStream marking(TokenStream input) {
        return byTerm.isEmpty() ? input : new MarkingFilter(input);
    }

    /**
     * Adds a phrase's term after the last word of each place the phrase stands, at that word's place (no place of its
     * own, so texts' lengths do not change). It remembers the words of phrases met in the last few places only.
     */
    private final class MarkingFilter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);

        /** Phrases' words met, oldest first, with their places. */
        private final ArrayDeque<Met> met = new ArrayDeque<>();
        private final List<String> pending = new ArrayList<>();
        /** The phrases' terms added at {@link #markedPosition}, the place of the last phrase's word met. */
        private final Set<String> markedHere = new HashSet<>();
        private int markedPosition;
        private int position;

        MarkingFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!pending.isEmpty()) {
                // the word's offsets and type stay: the term is read only to count
                term.setEmpty().append(pending.removeLast());
                increment.setPositionIncrement(0);
                length.setPositionLength(1);
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            position += increment.getPositionIncrement();
            String word = words.get(term.buffer(), 0, term.length());
            if (word == null) {
                return true;
            }
            while (!met.isEmpty() && met.peekFirst().position() < position - longest) {
                met.removeFirst();
            }
            if (markedPosition != position) {
                markedPosition = position;
                markedHere.clear();
            }
            for (Phrase phrase : byLastForm.getOrDefault(word, List.of())) {
                // another form of this place's word may have added the term already
                if (standsBefore(phrase) && markedHere.add(phrase.term())) {
                    pending.add(phrase.term());
                }
            }
            met.addLast(new Met(position, word));
            return true;
        }

        /** Whether the phrase's words but its last stand before this place, each at its offset. */
        private boolean standsBefore(Phrase phrase) {
            int[] offsets = phrase.offsets();
            int first = position - offsets[offsets.length - 1];
            for (int k = 0; k < offsets.length - 1; k++) {
                if (!metAt(first + offsets[k], phrase.forms().get(k))) {
                    return false;
                }
            }
            return true;
        }

        private boolean metAt(int at, Set<String> forms) {
            for (Met earlier : met) {
                if (earlier.position() == at && forms.contains(earlier.word())) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            met.clear();
            pending.clear();
            markedHere.clear();
            markedPosition = -1;
            position = -1;
        }
    }

    /** A phrase's word met at a place. */
    private record Met(int position, String word) {
    }
}
