package se.kunskapsnav.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A stand-in for a query that scores phrases, scoring about as it does without reading where words stand: each
 * phrase becomes its rarest word, which a text holds at least as often as the phrase, and a concept
 * ({@link ConceptQuery}) any of its ways so made. It matches every document the query matches and more, so with the
 * query's hits as a filter it picks the few hundred best for the query to score exactly. Scoring a phrase means
 * finding every place it stands in every text holding its words, which for a phrase of common words ("våld i nära
 * relationer") was most of a search's time, and its scores are too even for a search to pass over blocks of
 * documents. A query whose only phrases are in concepts keeps its own scoring: a concept bounds its scores per
 * block, so a search passes over blocks with it.
 */
final class PositionFreeScoring {

    private final IndexReader reader;

    private PositionFreeScoring(IndexReader reader) {
        this.reader = reader;
    }

    /**
     * The stand-in for {@code query} over {@code reader}, or empty when the query has no phrase to stand in for or
     * holds one inside a query of a kind not known here.
     */
    static Optional<Query> of(Query query, IndexReader reader) {
        return scoresPhrase(query) ? Optional.ofNullable(new PositionFreeScoring(reader).standIn(query))
                : Optional.empty();
    }

    /** The query itself when it holds no phrase to stand in for; null when it cannot be stood in for. */
    private Query standIn(Query query) {
        return switch (query) {
            case PhraseQuery phrase -> rarest(Arrays.stream(phrase.getTerms()).map(term -> new Term[] {term}).toList());
            case MultiPhraseQuery phrase -> rarest(Arrays.asList(phrase.getTermArrays()));
            case ConceptQuery concept -> anyOf(concept.ways());
            case BooleanQuery bool -> booleanStandIn(bool);
            case BoostQuery boost -> wrap(boost, boost.getQuery(), inner -> new BoostQuery(inner, boost.getBoost()));
            case DisjunctionMaxQuery max -> disjunctionStandIn(max);
            case FunctionScoreQuery function -> wrap(function, function.getWrappedQuery(),
                    inner -> new FunctionScoreQuery(inner, function.getSource()));
            case UpcomingBoostQuery upcoming -> wrap(upcoming, upcoming.query(), upcoming::withQuery);
            // such as a constant score for matching a phrase, which would lift what only the stand-in matches
            default -> readsPositions(query) ? null : query;
        };
    }

    private Query booleanStandIn(BooleanQuery bool) {
        BooleanQuery.Builder standIn = new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        boolean changed = false;
        for (BooleanClause clause : bool.clauses()) {
            if (!clause.isScoring() && readsPositions(clause.query())) {
                changed = true; // matching more is allowed: the caller's filter leaves out what the query would
                continue;
            }
            Query inner = standIn(clause.query());
            if (inner == null) {
                return null;
            }
            changed |= inner != clause.query();
            standIn.add(inner, clause.occur());
        }
        BooleanQuery built = standIn.build();
        return !changed ? bool : built.clauses().isEmpty() ? null : built;
    }

    private Query disjunctionStandIn(DisjunctionMaxQuery max) {
        List<Query> disjuncts = new ArrayList<>();
        boolean changed = false;
        for (Query disjunct : max.getDisjuncts()) {
            Query inner = standIn(disjunct);
            if (inner == null) {
                return null;
            }
            changed |= inner != disjunct;
            disjuncts.add(inner);
        }
        return changed ? new DisjunctionMaxQuery(disjuncts, max.getTieBreakerMultiplier()) : max;
    }

    /** {@code inner}'s stand-in wrapped as in {@code outer}; {@code outer} itself when nothing changed inside. */
    private Query wrap(Query outer, Query inner, Function<Query, Query> wrapper) {
        Query standIn = standIn(inner);
        return standIn == null ? null : standIn == inner ? outer : wrapper.apply(standIn);
    }

    private Query anyOf(List<Query> ways) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Query way : ways) {
            Query standIn = standIn(way);
            if (standIn == null) {
                return null;
            }
            any.add(standIn, Occur.SHOULD);
        }
        return any.build();
    }

    /** The phrase's rarest word, in any of its forms at that place. */
    private Query rarest(List<Term[]> words) {
        Term[] rarest = words.getFirst();
        long fewest = Long.MAX_VALUE;
        for (Term[] forms : words) {
            long documents = 0;
            for (Term form : forms) {
                documents += docFreq(form);
            }
            if (documents < fewest) {
                fewest = documents;
                rarest = forms;
            }
        }
        if (rarest.length == 1) {
            return new TermQuery(rarest[0]);
        }
        SynonymQuery.Builder anyForm = new SynonymQuery.Builder(rarest[0].field());
        Arrays.stream(rarest).forEach(anyForm::addTerm);
        return anyForm.build();
    }

    private int docFreq(Term term) {
        try {
            return reader.docFreq(term);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a phrase outside a concept adds to {@code query}'s score. */
    private static boolean scoresPhrase(Query query) {
        boolean[] found = {false};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                found[0] |= isPhrase(leaf);
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                found[0] |= isPhrase(parent) && scoring(occur);
                return !scoring(occur) || parent instanceof ConceptQuery ? EMPTY_VISITOR : this;
            }
        });
        return found[0];
    }

    /** Whether matching {@code query} reads where words stand. */
    private static boolean readsPositions(Query query) {
        boolean[] found = {false};
        query.visit(new QueryVisitor() {
            @Override
            public void visitLeaf(Query leaf) {
                found[0] |= readsPositionsItself(leaf);
            }

            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                found[0] |= readsPositionsItself(leaf);
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                found[0] |= readsPositionsItself(parent);
                return this;
            }
        });
        return found[0];
    }

    private static boolean scoring(Occur occur) {
        return occur == Occur.MUST || occur == Occur.SHOULD;
    }

    private static boolean isPhrase(Query query) {
        return query instanceof PhraseQuery || query instanceof MultiPhraseQuery;
    }

    private static boolean readsPositionsItself(Query query) {
        return isPhrase(query) || query instanceof SpanQuery || query instanceof ConceptQuery;
    }
}
