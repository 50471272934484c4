package se.kunskapsnav.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Searching one index: the query a person typed becomes a Lucene query that every word must match (in
 * the title or the text), scored higher in titles, for words close together and for coming dates, and
 * filtered to what the caller may see before anything is counted, so facet counts reveal nothing either.
 * Question and filler words need not match; a query read as English is searched in Swedish too. When nothing
 * matches, it tries again without telling å/ä/ö from a/o, then with a spelling it is sure of, then with all words
 * but one, then with any of them.
 * Plain Java over an {@link IndexSearcher}: the quality test runs it on an index in memory.
 */
public final class SearchEngine {

    static final float TITLE_BOOST = 2f;
    static final float PROXIMITY_BOOST = 1f;
    static final int PROXIMITY_SLOP = 3;
    /** How many of the best hits closeness of the words may reorder. */
    static final int RESCORE_WINDOW = 50;
    /** How many of the best by a stand-in without phrases a query with phrases scores exactly. */
    static final int STAND_IN_WINDOW = 500;
    /** Coming courses and meetings score this much higher than past ones. */
    static final float UPCOMING_BOOST = 1.3f;
    /** How much more a hit of the kind the query names weighs ("kurser om äldre": courses). */
    static final float TYPE_BOOST = 1.5f;
    /** How much a compound's parts found apart ("bedöma risken" for "riskbedömning") count beside the compound. */
    static final float COMPOUND_APART_WEIGHT = 0.5f;
    /** How far apart, in words and either order, a compound's parts may stand to count as the compound. */
    static final int COMPOUND_APART_SLOP = 10;
    /**
     * A compound that this many documents hold as written or by a synonym of one word is not also looked for with
     * its parts apart: its own hits fill many pages, and matching the parts within {@link #COMPOUND_APART_SLOP} words
     * reads their positions in every document holding both, most of a search's time for compounds of common words
     * ("skyddsbedömning", "relationsvåld").
     */
    static final int COMPOUND_FOUND_WHOLE = 100;
    private static final int MAX_FACET_VALUES = 50;
    private static final int FEW_HITS = 3;
    /**
     * A query of this many words or more that finds less than a page with every word also shows, below, the hits
     * lacking one of them.
     */
    static final int LONG_QUERY = 3;
    /** Lifts a hit with every word above any hit lacking one: far above what the words themselves score. */
    private static final float ALL_WORDS_FIRST = 1000f;
    /** Every word must match. */
    private static final int ALL_WORDS = 0;
    /** Any one word is enough. */
    private static final int ANY_WORD = Integer.MAX_VALUE;
    /** How similar (1 − edits ÷ length) every changed word must be to its better spelling for it to be offered. */
    static final float SUGGESTION_CONFIDENCE = 0.75f;
    /** A word found in the text is taken for a misspelling only of a word this many times as common. */
    private static final int COMMON_RATIO = 10;
    private static final Pattern CAPITALS = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{Lu}\\p{N}]+(?![\\p{L}\\p{N}])");
    private static final int SNIPPET_LENGTH = 220;
    private static final SnippetScorer SNIPPET_SCORER = new SnippetScorer();
    /**
     * Snippets come from the first this many characters of a text: finding the words means analysing the
     * text again, and a long file's whole text would cost a search many times over.
     */
    static final int SNIPPET_SOURCE = 20_000;
    private static final Locale SWEDISH = Locale.of("sv", "SE");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;,\u2026](?:</mark>)?$");
    /** A list item's or heading's mark at the start of a line of plain text made from Markdown. */
    private static final Pattern LINE_MARK = Pattern.compile("^\\s*(?:[-*+\u2022\u2013]|#{1,6}|\\d{1,2}[.)])\\s+");

    private final SearchAnalysis analysis;
    private final QueryBuilder builder;
    private final QueryBuilder unstoppedBuilder;
    /** Words one edit away, looked for first: cheaper to find, and always more alike than any two edits away. */
    private final DirectSpellChecker oneEdit = new DirectSpellChecker();
    private final DirectSpellChecker twoEdits = new DirectSpellChecker();
    private final FacetCounter facetCounter;

    /** Where a query is matched: the public text, or with the members-only part. */
    private record MatchFields(String all, String allMember) {
        static final MatchFields PLAIN = new MatchFields(SearchFields.ALL, SearchFields.ALL_MEMBER);
        static final MatchFields FOLDED = new MatchFields(SearchFields.ALL_FOLDED, SearchFields.ALL_MEMBER_FOLDED);
    }

    /**
     * @param keepHits whether what a query's words find is kept for when they are searched again with other facet
     *                 values chosen ({@link FacetCounter}); a benchmark of searches run anew keeps nothing
     */
    public SearchEngine(SearchAnalysis analysis, boolean keepHits) {
        this.analysis = analysis;
        this.facetCounter = new FacetCounter(keepHits);
        this.builder = new ConceptQueryBuilder(analysis.query(), analysis::isStopWord);
        this.unstoppedBuilder = new ConceptQueryBuilder(analysis.unstoppedQuery(), analysis::isStopWord);
        oneEdit.setMaxEdits(1);
    }

    /**
     * One page of what {@code caller} may see matching {@code request}.
     *
     * @param labels names facet values and counties for people: (dimension, code) to name
     */
    public SearchResults search(IndexSearcher searcher, SearchRequest request, SearchCaller caller,
                                BiFunction<String, String, String> labels, LocalDate today) {
        try {
            UserQuery typed = UserQuery.parse(request.text());
            Set<SearchNotice> notices = EnumSet.noneOf(SearchNotice.class);
            notices.addAll(typed.notices());
            IndexReader reader = searcher.getIndexReader();
            if (reader.numDocs() == 0) {
                return new SearchResults(typed.text(), notices, null, null, 0, request.page(), request.pageSize(),
                        List.of(), List.of());
            }
            Reading reading = read(typed);
            if (reading.english() != null) {
                notices.add(SearchNotice.TRANSLATED);
            }
            Query match = typed.isEmpty() ? null : match(reader, reading, caller, MatchFields.PLAIN, ALL_WORDS);
            if (match == null && !typed.isEmpty()) {
                notices.add(SearchNotice.EMPTY); // nothing searchable, such as a lone "*"
            }
            Found result = run(searcher, request, caller, reading, match, today);
            Spelling spelling = null;
            boolean folded = false;
            // the fallbacks mend words that find nothing; words that find texts, none of them with the chosen
            // values, are left as typed: the facets and "Sök utan filter" show where their hits are
            if (match != null && result.facets().unfiltered() == 0) {
                Query wider = analysis.folding() ? match(reader, reading, caller, MatchFields.FOLDED, ALL_WORDS) : null;
                Found widerResult = wider == null ? null : run(searcher, request, caller, reading, wider, today);
                if (widerResult != null && widerResult.facets().unfiltered() > 0) {
                    notices.add(SearchNotice.FOLDED);
                    match = wider;
                    result = widerResult;
                    folded = true;
                } else {
                    spelling = spelling(searcher, caller, reading);
                    if (spelling != null) {
                        // nothing at all: show what the confident better spelling finds, with a notice
                        Reading corrected = read(UserQuery.parse(spelling.text()));
                        match = match(reader, corrected, caller, MatchFields.PLAIN, ALL_WORDS);
                        result = run(searcher, request, caller, corrected, match, today);
                        notices.add(SearchNotice.CORRECTED);
                    } else {
                        for (Widening widening : widenings(typed)) {
                            Query anyWord = match(reader, reading, caller, widening.fields(), widening.missing());
                            Found anyWordResult = run(searcher, request, caller, reading, anyWord, today);
                            if (anyWordResult.facets().unfiltered() > 0) {
                                notices.add(SearchNotice.ANY_WORD);
                                match = anyWord;
                                result = anyWordResult;
                                folded = widening.fields() == MatchFields.FOLDED;
                                break;
                            }
                        }
                    }
                }
            } else if (match != null) {
                // a word read as two written together may as well be a misspelling: its hits stay, with a suggestion
                if (result.facets().unfiltered() < FEW_HITS || hasGuessedCompound(reading)) {
                    spelling = spelling(searcher, caller, reading);
                }
                if (result.facets().unfiltered() < request.pageSize() && wordCount(reading) >= LONG_QUERY) {
                    // a question as typed often holds a word the text that answers it does not use; decided on
                    // the hits whatever values are chosen, so a value finds as many as its facet count said
                    Query allButOne = match(reader, reading, caller, MatchFields.PLAIN, 1);
                    Found more = run(searcher, request, caller, reading, allButOne, match, today);
                    if (more.facets().unfiltered() > result.facets().unfiltered()) {
                        notices.add(SearchNotice.ALL_BUT_ONE_BELOW);
                        match = allButOne;
                        result = more;
                    }
                }
            }
            long total = result.hits().totalHits.value();
            List<SearchResults.Hit> hits = hits(searcher, request, caller, result.hits(), match, folded, labels);
            return new SearchResults(typed.text(), notices, spelling == null ? null : spelling.text(),
                    reading.english() == null ? null : reading.english().swedish(), total, request.page(),
                    request.pageSize(), hits, facets(result, request, labels));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Up to {@code max} titles the caller may open, for what they have typed so far. */
    public List<Suggestion> suggest(IndexSearcher searcher, String typed, SearchCaller caller, LocalDate today,
                                    int max) {
        List<String> words = terms(SearchFields.SUGGEST, typed == null ? "" : typed);
        if (words.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : words) {
            query.add(new TermQuery(new Term(SearchFields.SUGGEST, word.length() > 20 ? word.substring(0, 20) : word)),
                    Occur.MUST);
        }
        addAccessFilter(query, caller);
        try {
            TopDocs top = searcher.search(boostUpcoming(query.build(), today), max * 2);
            StoredFields stored = searcher.storedFields();
            Map<String, Suggestion> byTitle = new LinkedHashMap<>();
            for (ScoreDoc scoreDoc : top.scoreDocs) {
                Document doc = stored.document(scoreDoc.doc);
                String title = doc.get(SearchFields.TITLE);
                byTitle.putIfAbsent(title, new Suggestion(title, type(doc), url(doc, caller)));
            }
            return byTitle.values().stream().limit(max).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the query

    /** A query as the engine reads it: as typed, and in Swedish too when it reads as English. */
    private record Reading(UserQuery typed, EnglishGlossary.Translation english) {
    }

    private Reading read(UserQuery typed) {
        EnglishGlossary.Translation english = typed.phrases().isEmpty() && !typed.words().isEmpty()
                ? analysis.glossary().translate(typed.words(), analysis::isSwedishWord).orElse(null) : null;
        return new Reading(typed, english);
    }

    /** How a query is widened when nothing matches all its words: where, and how many words may be missing. */
    private record Widening(MatchFields fields, int missing) {
    }

    /** All words but one (for three or more), then any word, then any word the folded way. */
    private List<Widening> widenings(UserQuery typed) {
        if (!typed.words().contains(" ") && typed.phrases().isEmpty()) {
            return List.of();
        }
        List<Widening> widenings = new ArrayList<>();
        widenings.add(new Widening(MatchFields.PLAIN, 1));
        widenings.add(new Widening(MatchFields.PLAIN, ANY_WORD));
        if (analysis.folding()) {
            widenings.add(new Widening(MatchFields.FOLDED, ANY_WORD));
        }
        return widenings;
    }

    /**
     * What must match: the words and phrases in the public text, or, for a caller who may read a
     * document's members-only part, in that part.
     */
    private Query match(IndexReader reader, Reading reading, SearchCaller caller, MatchFields fields, int missing) {
        Query inPublic = words(reader, reading, fields.all(), missing);
        if (inPublic == null) {
            return null;
        }
        BooleanQuery.Builder match = new BooleanQuery.Builder().add(inPublic, Occur.SHOULD);
        Query inMemberPart = words(reader, reading, fields.allMember(), missing);
        if (caller.administrator()) {
            match.add(inMemberPart, Occur.SHOULD);
        } else if (!caller.tokens().isEmpty()) {
            match.add(new BooleanQuery.Builder()
                    .add(inMemberPart, Occur.MUST)
                    .add(tokens(SearchFields.MEMBER_ACCESS, caller.tokens()), Occur.FILTER)
                    .build(), Occur.SHOULD);
        }
        return match.build();
    }

    /** {@code query} with the hits of a kind the query's words name ("kurser", "nätverk") weighing {@link #TYPE_BOOST}. */
    private Query boostNamedTypes(Query query, Reading reading) {
        Set<SearchType> named = new HashSet<>(analysis.typeWords(reading.typed().words()).words().values());
        if (reading.english() != null) {
            named.addAll(analysis.typeWords(reading.english().swedish()).words().values());
        }
        if (named.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder ofType = new BooleanQuery.Builder();
        named.forEach(type -> ofType.add(typeQuery(type), Occur.SHOULD));
        return FunctionScoreQuery.boostByQuery(query, ofType.build(), TYPE_BOOST);
    }

    private static Query typeQuery(SearchType type) {
        return new TermQuery(new Term(SearchFields.TYPE, type.code()));
    }

    /**
     * The words as typed, or, for a query read as English, the words as typed or their Swedish counterparts. A query
     * with compounds also matches their parts as separate words within {@link #COMPOUND_APART_SLOP} words of each
     * other, scored {@link #COMPOUND_APART_WEIGHT} as high; not when widened, where any part alone would do
     * ("fiskekort": "kort"), and not for a compound that {@link #COMPOUND_FOUND_WHOLE} documents or more hold as
     * written or by a synonym of one word.
     */
    private Query words(IndexReader reader, Reading reading, String field, int missing) {
        Query typed = wordsOrApart(reader, reading.typed().words(), reading.typed().phrases(), field, missing);
        Query swedish = reading.english() == null ? null
                : wordsOrApart(reader, reading.english().swedish(), List.of(), field, missing);
        if (swedish == null || typed == null) {
            return swedish == null ? typed : swedish;
        }
        return new BooleanQuery.Builder().add(typed, Occur.SHOULD).add(swedish, Occur.SHOULD).build();
    }

    private Query wordsOrApart(IndexReader reader, String text, List<String> phrases, String field, int missing) {
        Query words = words(text, phrases, field, missing);
        SearchAnalysis.Apart apartWords = missing == ALL_WORDS ? analysis.compoundsApart(text,
                compound -> documentsFinding(reader, field, compound) < COMPOUND_FOUND_WHOLE) : null;
        Query apart = apartWords == null ? null : words(apartWords.text(), phrases, field, missing);
        if (apart == null || words == null) {
            return words;
        }
        BooleanQuery.Builder near = new BooleanQuery.Builder().add(apart, Occur.MUST);
        for (String parts : apartWords.compounds()) {
            Query together = builder.createPhraseQuery(field, parts, COMPOUND_APART_SLOP);
            if (together != null) {
                near.add(together, Occur.FILTER);
            }
        }
        apart = near.build();
        return new BooleanQuery.Builder().add(words, Occur.SHOULD)
                .add(new BoostQuery(apart, COMPOUND_APART_WEIGHT), Occur.SHOULD).build();
    }

    /**
     * About how many documents {@code word} finds in {@code field} as one word: through its own forms and its synonyms
     * of one word ("VINR" for "relationsvåld"), each term's document frequency added up (a document with two of them
     * counts twice); synonyms of several words are not counted, which would take a search.
     */
    private int documentsFinding(IndexReader reader, String field, String word) {
        Query asWord = builder.createBooleanQuery(field, word, Occur.MUST);
        if (asWord == null) {
            return 0;
        }
        List<Term> terms = new ArrayList<>();
        asWord.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... found) {
                terms.addAll(Arrays.asList(found));
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                // a phrase's words are MUST; so is the one clause that holds the word's ways of writing
                boolean alone = parent instanceof BooleanQuery query && query.clauses().size() == 1;
                return occur == Occur.SHOULD || alone ? this : QueryVisitor.EMPTY_VISITOR;
            }
        });
        int documents = 0;
        try {
            for (Term term : terms) {
                if (!term.text().startsWith(SearchAnalysis.PART_MARK)) {
                    documents += reader.docFreq(term);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    /** How many words (or groups of synonyms) and phrases of the query must match, question words left out. */
    private int wordCount(Reading reading) {
        String text = reading.english() == null ? reading.typed().words() : reading.english().swedish();
        Query words = words(text, reading.typed().phrases(), SearchFields.ALL, ALL_WORDS);
        return words instanceof BooleanQuery query ? query.clauses().size() : 0;
    }

    /** Each word (or group of synonyms) and each phrase must match, but for {@code missing} of them. */
    private Query words(String text, List<String> phrases, String field, int missing) {
        List<Query> clauses = new ArrayList<>();
        SearchAnalysis.TypeWords typeWords = analysis.typeWords(text);
        if (!typeWords.words().isEmpty() && builder.createBooleanQuery(field, typeWords.rest(), Occur.MUST) != null) {
            // "kurser om äldre": a course about the elderly matches without saying "kurs"; the word scores where it stands
            text = typeWords.rest();
            typeWords.words().forEach((word, type) -> {
                BooleanQuery.Builder wordOrType = new BooleanQuery.Builder()
                        .add(new BoostQuery(new ConstantScoreQuery(typeQuery(type)), 0f), Occur.SHOULD);
                Query asWord = builder.createBooleanQuery(field, word, Occur.MUST);
                if (asWord != null) {
                    wordOrType.add(asWord, Occur.SHOULD);
                }
                clauses.add(wordOrType.build());
            });
        }
        if (!text.isEmpty()) {
            Query query = builder.createBooleanQuery(field, text, Occur.MUST);
            if (query == null) {
                // only question and filler words ("vem", "man"): they are what was asked for
                query = unstoppedBuilder.createBooleanQuery(field, text, Occur.MUST);
            }
            if (query instanceof BooleanQuery words
                    && words.clauses().stream().allMatch(clause -> clause.occur() == Occur.MUST)) {
                words.clauses().forEach(clause -> clauses.add(clause.query()));
            } else if (query != null) {
                clauses.add(query);
            }
        }
        for (String phrase : phrases) {
            Query query = builder.createPhraseQuery(field, phrase);
            if (query != null) {
                clauses.add(query);
            }
        }
        if (clauses.isEmpty()) {
            return null;
        }
        int wanted = Math.max(1, clauses.size() - missing);
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        Occur occur = wanted == clauses.size() ? Occur.MUST : Occur.SHOULD;
        clauses.forEach(clause -> words.add(clause, occur));
        if (occur == Occur.SHOULD) {
            words.setMinimumNumberShouldMatch(wanted);
        }
        return words.build();
    }

    private Found run(IndexSearcher searcher, SearchRequest request, SearchCaller caller, Reading reading, Query match,
                      LocalDate today) throws IOException {
        return run(searcher, request, caller, reading, match, null, today);
    }

    /** As above; the hits that also match {@code first}, when given, come before all others. */
    private Found run(IndexSearcher searcher, SearchRequest request, SearchCaller caller, Reading reading, Query match,
                      Query first, LocalDate today) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (match == null) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            query.add(match, Occur.MUST);
            for (String text : reading.english() == null ? List.of(reading.typed().text())
                    : List.of(reading.typed().text(), reading.english().swedish())) {
                // question words count here: "Vad är hedersrelaterat våld?" is the title that answers the question
                Query title = unstoppedBuilder.createBooleanQuery(SearchFields.TITLE, text, Occur.SHOULD);
                if (title != null) {
                    query.add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD);
                }
            }
        }
        addAccessFilter(query, caller);
        Query scored = boostNamedTypes(boostUpcoming(query.build(), today), reading);
        if (first != null) {
            // added after the boost of coming dates, which would otherwise multiply it
            scored = new BooleanQuery.Builder().add(scored, Occur.MUST)
                    .add(new BoostQuery(new ConstantScoreQuery(first), ALL_WORDS_FIRST), Occur.SHOULD).build();
        }
        Map<String, String> chosen = chosen(request);
        DrillDownQuery drillDown = new DrillDownQuery(SearchFields.FACETS_CONFIG, scored);
        chosen.forEach(drillDown::add);
        // every hit the caller may see is counted, exactly, for the total and the facets, but not scored
        FacetCounter.Counts counted = facetCounter.count(searcher,
                visibleForCounting(match == null ? new MatchAllDocsQuery() : match, caller), chosen);
        TotalHits total = new TotalHits(counted.total(), TotalHits.Relation.EQUAL_TO);
        // only the best are scored in full: blocks of documents that cannot reach them are passed over
        int wanted = request.page() * request.pageSize();
        boolean byDate = request.sort() == SearchSort.DATE || match == null;
        if (byDate) {
            Sort newestFirst = new Sort(new SortField(SearchFields.DATE, SortField.Type.LONG, true),
                    SortField.FIELD_SCORE);
            TopDocs newest = searcher.search(drillDown, new TopFieldCollectorManager(newestFirst, wanted, wanted));
            return new Found(new TopDocs(total, newest.scoreDocs), counted);
        }
        String words = reading.english() == null ? reading.typed().words() : reading.english().swedish();
        Query near = words.contains(" ") ? builder.createPhraseQuery(SearchFields.ALL, words, PROXIMITY_SLOP) : null;
        // a window beyond the page only for the reordering: the fewer wanted, the more blocks Lucene passes over
        int window = near == null ? wanted : Math.max(wanted, RESCORE_WINDOW);
        TopDocs best = best(searcher, drillDown, scored, counted, window);
        best = new TopDocs(total, best.scoreDocs);
        // words close together count only among the best: a phrase over every match cost a third of a search
        return new Found(near == null ? best : QueryRescorer.rescore(searcher, best, near, PROXIMITY_BOOST, window),
                counted);
    }

    /**
     * The {@code window} best of what {@code drillDown} finds. A query with phrases picks its candidates by a stand-in
     * that reads no positions ({@link PositionFreeScoring}) among the hits already counted, and scores only them
     * exactly: the best are those of scoring every hit exactly unless one of them is not among the stand-in's
     * {@link #STAND_IN_WINDOW} best.
     */
    private static TopDocs best(IndexSearcher searcher, DrillDownQuery drillDown, Query scored,
                                FacetCounter.Counts counted, int window) throws IOException {
        Optional<Query> standIn = PositionFreeScoring.of(scored, searcher.getIndexReader());
        if (standIn.isEmpty()) {
            return searcher.search(drillDown, new TopScoreDocCollectorManager(window, window));
        }
        int candidates = Math.max(window, STAND_IN_WINDOW);
        Query amongHits = new BooleanQuery.Builder().add(standIn.get(), Occur.MUST)
                .add(new HitSetQuery(counted.hits()), Occur.FILTER).build();
        TopDocs rough = searcher.search(amongHits, new TopScoreDocCollectorManager(candidates, candidates));
        return new QueryRescorer(drillDown) {
            @Override
            protected float combine(float standInScore, boolean matches, float score) {
                return matches ? score : 0; // every candidate is a hit and matches; the stand-in's score is dropped
            }
        }.rescore(searcher, rough, window);
    }

    /** The hits, best or newest first as far as asked for, and the facet counts of them all. */
    private record Found(TopDocs hits, FacetCounter.Counts facets) {
    }

    /** The facet values chosen, per dimension. */
    private static Map<String, String> chosen(SearchRequest request) {
        Map<String, String> chosen = new LinkedHashMap<>();
        choose(chosen, SearchFields.FACET_TYPE, request.type());
        choose(chosen, SearchFields.FACET_COUNTY, request.county());
        choose(chosen, SearchFields.FACET_THEME, request.theme());
        choose(chosen, SearchFields.FACET_AUDIENCE, request.audience());
        choose(chosen, SearchFields.FACET_YEAR, request.year());
        return chosen;
    }

    private static void choose(Map<String, String> chosen, String dimension, String value) {
        if (value != null && !value.isBlank()) {
            chosen.put(dimension, value);
        }
    }

    /** What of {@code match} the caller may see, to count: indexed phrases read as their terms. */
    private Query visibleForCounting(Query match, SearchCaller caller) {
        BooleanQuery.Builder visible = new BooleanQuery.Builder().add(match, Occur.MUST);
        addAccessFilter(visible, caller);
        return analysis.indexedPhrases().forCounting(visible.build());
    }

    private static void addAccessFilter(BooleanQuery.Builder query, SearchCaller caller) {
        if (!caller.administrator()) {
            query.add(tokens(SearchFields.ACCESS, caller.tokens()), Occur.FILTER);
        }
    }

    private static Query tokens(String field, Set<String> tokens) {
        return new TermInSetQuery(field, tokens.stream().map(BytesRef::new).toList());
    }

    private static Query boostUpcoming(Query query, LocalDate today) {
        return new UpcomingBoostQuery(query, today, UPCOMING_BOOST);
    }

    // ---- the answer

    private List<SearchResults.Hit> hits(IndexSearcher searcher, SearchRequest request, SearchCaller caller,
                                         TopDocs top, Query match, boolean folded,
                                         BiFunction<String, String, String> labels) throws IOException {
        int from = (request.page() - 1) * request.pageSize();
        if (from >= top.scoreDocs.length) {
            return List.of();
        }
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, from,
                Math.min(top.scoreDocs.length, from + request.pageSize()));
        TopDocs pageDocs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
        StoredFields stored = searcher.storedFields();
        Document[] docs = new Document[page.length];
        for (int i = 0; i < page.length; i++) {
            docs[i] = stored.document(page[i].doc);
        }
        String[] snippets = snippets(searcher, SearchFields.TEXT, match, folded, pageDocs, docs);
        String[] memberSnippets = Arrays.stream(docs).anyMatch(doc -> mayReadMemberPart(doc, caller))
                ? snippets(searcher, SearchFields.MEMBER_TEXT, match, folded, pageDocs, docs) : new String[page.length];
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document doc = docs[i];
            String snippet = snippets[i];
            if (mayReadMemberPart(doc, caller) && memberSnippets[i] != null
                    && memberSnippets[i].contains("<mark>") && (snippet == null || !snippet.contains("<mark>"))) {
                snippet = memberSnippets[i];
            }
            IndexableField date = doc.getField(SearchFields.DATE);
            List<String> counties = Arrays.stream(doc.getValues(SearchFields.COUNTY))
                    .map(code -> labels.apply(SearchFields.FACET_COUNTY, code)).toList();
            hits.add(new SearchResults.Hit(doc.get(SearchFields.KEY), type(doc), doc.get(SearchFields.TITLE),
                    url(doc, caller), snippet,
                    date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()), counties));
        }
        return hits;
    }

    /**
     * The best sentence of each hit's text with the words found marked, read as prose. The words' offsets come from
     * the postings of the searched field ({@code all} or {@code all_member}, which hold the text first), so the
     * text is not analysed again; hits found the folded way are marked by analysing the text the folded way
     * ("vald" marks "våld"). The texts are those of {@code loaded}, the page's documents as already read.
     */
    private String[] snippets(IndexSearcher searcher, String field, Query match, boolean folded, TopDocs page,
                              Document[] loaded) throws IOException {
        UnifiedHighlighter.Builder settings = UnifiedHighlighter.builder(searcher,
                        folded ? analysis.foldedIndex() : analysis.index())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "\u2026 ", true))
                .withScorer(SNIPPET_SCORER)
                .withMaxLength(SNIPPET_SOURCE)
                .withMaxNoHighlightPassages(1)
                .withBreakIterator(() -> BreakIterator.getSentenceInstance(SWEDISH));
        if (folded) {
            settings.withFieldMatcher(name -> true);
        }
        Map<Integer, Document> byDoc = new HashMap<>();
        for (int i = 0; i < loaded.length; i++) {
            byDoc.put(page.scoreDocs[i].doc, loaded[i]);
        }
        UnifiedHighlighter highlighter = new UnifiedHighlighter(settings) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs,
                                                           int cacheCharsThreshold) throws IOException {
                // the text the page's documents were read with: reading a document again took as long as the
                // snippet itself (its stored block decompressed anew)
                List<CharSequence[]> texts = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    String text = byDoc.get(doc).get(field);
                    texts.add(new CharSequence[] {text == null || text.length() <= SNIPPET_SOURCE ? text
                            : text.substring(0, SNIPPET_SOURCE)});
                }
                return texts;
            }
        };
        // the folded way marks the text analysed again; otherwise the searched field's postings hold the offsets
        String searched = field.equals(SearchFields.TEXT) ? SearchFields.ALL : SearchFields.ALL_MEMBER;
        String highlighted = folded ? field : searched;
        Query query = match == null ? new MatchAllDocsQuery() : match;
        String[] snippets = highlighter.highlight(highlighted, query, page, 1);
        for (int i = 0; i < snippets.length; i++) {
            if (snippets[i] != null) {
                snippets[i] = prose(snippets[i]);
                if (snippets[i].length() > SNIPPET_LENGTH * 2) {
                    snippets[i] = shorten(snippets[i]);
                }
            }
        }
        return snippets;
    }

    /**
     * A passage as running text: list marks and heading marks left out, lines joined, a line that ends without a
     * full stop ended by one (a list item or a heading).
     */
    static String prose(String passage) {
        StringBuilder text = new StringBuilder();
        for (String line : passage.split("\\R")) {
            String kept = LINE_MARK.matcher(line).replaceFirst("").strip();
            if (kept.isEmpty()) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append(SENTENCE_END.matcher(text).find() ? " " : ". ");
            }
            text.append(kept);
        }
        return text.toString();
    }

    /** A long sentence is cut around its first highlight, never inside a tag or an escaped character. */
    static String shorten(String snippet) {
        int mark = Math.max(0, snippet.indexOf("<mark>"));
        int start = Math.max(0, mark - SNIPPET_LENGTH / 2);
        start = start == 0 ? 0 : snippet.indexOf(' ', start) + 1;
        int end = Math.min(snippet.length(), Math.max(mark + SNIPPET_LENGTH, start + SNIPPET_LENGTH));
        int space = snippet.indexOf(' ', end);
        end = space < 0 ? snippet.length() : space;
        String cut = snippet.substring(start, end);
        if (cut.lastIndexOf("<mark>") > cut.lastIndexOf("</mark>")) {
            cut = cut + "</mark>";
        }
        return (start > 0 ? "\u2026" : "") + cut + (end < snippet.length() ? " \u2026" : "");
    }

    private static boolean mayReadMemberPart(Document doc, SearchCaller caller) {
        return doc.get(SearchFields.MEMBER_URL) != null && (caller.administrator()
                || Arrays.stream(doc.getValues(SearchFields.MEMBER_ACCESS)).anyMatch(caller.tokens()::contains));
    }

    private static SearchType type(Document doc) {
        return SearchType.ofCode(doc.get(SearchFields.TYPE)).orElseThrow();
    }

    private static String url(Document doc, SearchCaller caller) {
        return mayReadMemberPart(doc, caller) ? doc.get(SearchFields.MEMBER_URL) : doc.get(SearchFields.URL);
    }

    private List<SearchResults.Facet> facets(Found result, SearchRequest request,
                                             BiFunction<String, String, String> labels) {
        Map<String, String> selected = chosen(request);
        List<SearchResults.Facet> facets = new ArrayList<>();
        for (String dimension : SearchFields.FACETS) {
            List<SearchResults.FacetValue> values = new ArrayList<>();
            String chosen = selected.getOrDefault(dimension, "");
            for (Map.Entry<String, Long> value : FacetCounter.top(result.facets().of(dimension), MAX_FACET_VALUES)) {
                values.add(new SearchResults.FacetValue(value.getKey(), labels.apply(dimension, value.getKey()),
                        value.getValue(), value.getKey().equals(chosen)));
            }
            if (!chosen.isEmpty() && values.stream().noneMatch(SearchResults.FacetValue::selected)) {
                values.add(new SearchResults.FacetValue(chosen, labels.apply(dimension, chosen), 0, true));
            }
            Comparator<SearchResults.FacetValue> order = dimension.equals(SearchFields.FACET_YEAR)
                    ? Comparator.comparing(SearchResults.FacetValue::code).reversed()
                    : Comparator.comparingLong(SearchResults.FacetValue::count).reversed()
                            .thenComparing(SearchResults.FacetValue::label);
            values.sort(order);
            facets.add(new SearchResults.Facet(dimension, values));
        }
        return facets;
    }

    // ---- "Menade du …?"

    /** A better spelling of the typed words and how sure it is: the least similarity of a word it changes. */
    private record Spelling(String text, float confidence) {
    }

    /**
     * The typed words with each unknown one replaced by a word of the public text spelled almost alike, or null
     * when no word needs it, when one is not sure enough ({@link #SUGGESTION_CONFIDENCE}) or when the better
     * spelling finds nothing either. Words the dictionary, the synonyms or the English glossary know are never
     * changed ("altan" is no misspelt "annan"), nor words typed in capitals ("SARA" is no "svara"), nor English
     * queries.
     */
    private Spelling spelling(IndexSearcher searcher, SearchCaller caller, Reading reading) throws IOException {
        UserQuery typed = reading.typed();
        if (reading.english() != null || typed.words().isEmpty()) {
            return null;
        }
        IndexReader reader = searcher.getIndexReader();
        Set<String> capitals = new HashSet<>();
        CAPITALS.matcher(typed.words()).results().forEach(word -> capitals.add(word.group().toLowerCase(SWEDISH)));
        List<String> corrected = new ArrayList<>();
        float confidence = 1;
        boolean changed = false;
        for (String word : terms(SearchFields.SPELL, typed.words())) {
            SuggestWord better = capitals.contains(word) || analysis.isKnownWord(word) ? null : better(reader, word);
            if (better == null) {
                corrected.add(word);
            } else {
                corrected.add(better.string);
                confidence = Math.min(confidence, better.score);
                changed = true;
            }
        }
        if (!changed || confidence < SUGGESTION_CONFIDENCE) {
            return null;
        }
        Spelling spelling = new Spelling(String.join(" ", corrected), confidence);
        Query match = match(reader, read(UserQuery.parse(spelling.text())), caller, MatchFields.PLAIN, ALL_WORDS);
        if (match == null) {
            return null;
        }
        return searcher.count(visibleForCounting(match, caller)) > 0 ? spelling : null;
    }

    private boolean hasGuessedCompound(Reading reading) {
        return reading.english() == null
                && terms(SearchFields.SPELL, reading.typed().words()).stream().anyMatch(analysis::isGuessedCompound);
    }

    /** The most similar, then most common, word of the public text for an unknown word, unless it is common itself. */
    private SuggestWord better(IndexReader reader, String word) throws IOException {
        // the same best word as two edits alone (which also tries one edit first, then always two unless it found
        // five): the search for two edits took a third of a misspelt search's time
        Term typed = new Term(SearchFields.SPELL, word);
        SuggestWord[] candidates = oneEdit.suggestSimilar(typed, 1, reader, SuggestMode.SUGGEST_MORE_POPULAR);
        if (candidates.length == 0) {
            candidates = twoEdits.suggestSimilar(typed, 1, reader, SuggestMode.SUGGEST_MORE_POPULAR);
        }
        if (candidates.length == 0) {
            return null;
        }
        int typedFrequency = reader.docFreq(typed);
        return typedFrequency == 0 || candidates[0].freq >= COMMON_RATIO * typedFrequency ? candidates[0] : null;
    }

    private List<String> terms(String field, String text) {
        return SearchAnalysis.terms(analysis.query(), field, text);
    }
}
