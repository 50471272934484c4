package se.kunskapsnav.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishMinimalStemFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.search.BoostAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How text becomes terms, for indexing and for queries. The portal's chain for Swedish: lowercase; every word to
 * its base forms by the Swedish Hunspell dictionary ("frågar" and "frågor" are "fråga"), with a compound's parts
 * indexed beside it where the dictionary allows the split ("samordnare" finds "kvinnofridssamordnare", "barn" does
 * not find "barnmorska"); words the dictionary does not know (names, abbreviations) through Lucene's minimal
 * Swedish stemmer; a short list of word forms the dictionary keeps apart ({@code word-forms.txt}) first. At query
 * time only: synonyms, and question and filler words ("hur", "man", "gör") left out. å, ä and ö stay letters of
 * their own; a second, folded field ({@code *_folded}) lets "vald" find "våld" when nothing else matches. The stock
 * analyzers are kept for the quality comparison ({@code SearchQualityTest}).
 */
public final class SearchAnalysis {

    /** The token type of a question or filler word: read past the synonyms, then left out. */
    private static final String QUESTION_WORD = "<question>";
    private static final int MAX_PART_LENGTH = 20;
    /**
     * A compound's part is indexed with this mark ("~kurs" in "kursledare"), so a query can weigh it below the
     * word itself; the mark cannot be typed (the tokenizer drops it).
     */
    static final String PART_MARK = "~";
    /** What a word found as a compound's part weighs beside the word found whole. */
    static final float PART_WEIGHT = 0.5f;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Empty places between the values of a field that holds several (the text, the title, the keywords). */
    private static final int VALUE_GAP = 100;

    private final String name;
    private final Analyzer index;
    private final Analyzer foldedIndex;
    private final Analyzer query;
    private final Analyzer unstoppedQuery;
    private final boolean folding;
    private final SwedishDictionary dictionary;
    private final Set<String> synonymWords;
    private final EnglishGlossary glossary;
    private final Map<String, SearchType> typeWords;
    private final CharArraySet stopWords;
    private final IndexedPhrases phrases;

    private SearchAnalysis(String name, Analyzer text, Analyzer searchedText, IndexedPhrases phrases,
                           Analyzer foldedText, Analyzer queryText, Analyzer foldedQueryText,
                           Analyzer unstoppedQueryText, Analyzer suggest,
                           SwedishDictionary dictionary, Set<String> synonymWords, EnglishGlossary glossary,
                           Map<String, SearchType> typeWords, CharArraySet stopWords) {
        this.name = name;
        this.phrases = phrases;
        Analyzer spell = analyzer(source -> new LowerCaseFilter(source));
        this.index = new PerFieldAnalyzerWrapper(text, Map.of(
                SearchFields.ALL, searchedText,
                SearchFields.ALL_MEMBER, searchedText,
                SearchFields.ALL_FOLDED, foldedText,
                SearchFields.ALL_MEMBER_FOLDED, foldedText,
                SearchFields.SUGGEST, suggest,
                SearchFields.SPELL, spell));
        this.foldedIndex = foldedText;
        Map<String, Analyzer> queryFields = Map.of(
                SearchFields.ALL_FOLDED, foldedQueryText,
                SearchFields.ALL_MEMBER_FOLDED, foldedQueryText,
                SearchFields.SUGGEST, analyzer(source -> new LowerCaseFilter(source)),
                SearchFields.SPELL, spell);
        this.query = new PerFieldAnalyzerWrapper(queryText, queryFields);
        this.unstoppedQuery = new PerFieldAnalyzerWrapper(unstoppedQueryText, queryFields);
        this.folding = dictionary != null;
        this.dictionary = dictionary;
        this.synonymWords = Set.copyOf(synonymWords);
        this.glossary = glossary;
        this.typeWords = Map.copyOf(typeWords);
        this.stopWords = stopWords;
    }

    /**
     * The portal's Swedish chain.
     *
     * @param dictionary    the Swedish Hunspell dictionary ({@code content/search/hunspell-sv})
     * @param wordForms     forms the dictionary keeps apart, by search form ({@code content/search/word-forms.txt})
     * @param synonyms      Solr-format synonym groups ({@code content/search/synonyms.txt})
     * @param questionWords words a question may hold that need not match ({@code content/search/question-words.txt})
     * @param glossary      English terms of the field in Swedish ({@code content/search/english.txt})
     * @param typeWords     base forms that name a kind of hit, by its code ({@code content/search/type-words.txt})
     */
    public static SearchAnalysis swedish(SwedishDictionary dictionary, String wordForms, String synonyms,
                                         String questionWords, EnglishGlossary glossary, String typeWords) {
        StemmerOverrideFilter.StemmerOverrideMap overrides = overrides(searchForms(wordForms));
        CharArraySet stopWords = stopWords(questionWords);
        UnaryOperator<TokenStream> indexWords = words(overrides, dictionary, Forms.WITH_PARTS, false);
        UnaryOperator<TokenStream> queryWords = words(overrides, dictionary, Forms.ALL, false);
        // the synonym parser takes one term per word: a word's first base form, question words as written
        UnaryOperator<TokenStream> synonymWords = stream -> words(overrides, dictionary, Forms.FIRST, false)
                .apply(new QuestionWordMarker(stream, stopWords));
        UnaryOperator<TokenStream> foldedSynonymWords = stream -> words(overrides, dictionary, Forms.FIRST, true)
                .apply(new QuestionWordMarker(stream, stopWords));
        // stop and question words are indexed as written, as the synonyms' phrases hold them: "mvk" is
        // "mäns våld mot kvinnor", and the dictionary would index "mot" as "mod"
        Analyzer text = analyzer(source -> indexWords.apply(
                new QuestionWordMarker(new LowerCaseFilter(source), stopWords)));
        // base forms without compound parts in the folded fallback: it is asked only when nothing else matched
        Analyzer folded = analyzer(source -> words(overrides, dictionary, Forms.ALL, true)
                .apply(new QuestionWordMarker(new LowerCaseFilter(source), stopWords)));
        SynonymMap synonymMap = synonymMap(synonyms, analyzer(source -> synonymWords.apply(new LowerCaseFilter(source))));
        SynonymMap foldedSynonymMap = synonymMap(synonyms,
                analyzer(source -> foldedSynonymWords.apply(new LowerCaseFilter(source))));
        Analyzer queryText = analyzer(source -> new AsPartTooFilter(new QuestionWordFilter(new SynonymGraphFilter(
                queryWords.apply(new QuestionWordMarker(new LowerCaseFilter(source), stopWords)), synonymMap, true))));
        Analyzer foldedQueryText = analyzer(source -> new QuestionWordFilter(new SynonymGraphFilter(
                words(overrides, dictionary, Forms.AS_TYPED_TOO, true)
                        .apply(new QuestionWordMarker(new LowerCaseFilter(source), stopWords)), foldedSynonymMap, true)));
        Analyzer unstoppedQueryText = analyzer(source -> new AsPartTooFilter(new SynonymGraphFilter(
                queryWords.apply(new QuestionWordMarker(new LowerCaseFilter(source), stopWords)), synonymMap, true)));
        Analyzer suggest = analyzer(source -> new EdgeNGramTokenFilter(new SwedishWordFilter(
                new LowerCaseFilter(source), dictionary, Forms.AS_WRITTEN_WITH_LAST_PART), 2, MAX_PART_LENGTH, true));
        IndexedPhrases phrases = IndexedPhrases.of(expressions(synonyms, glossary),
                new ConceptQueryBuilder(queryText, stopWords::contains));
        // a value's phrases end with it: the text, the title and the keywords are not read as one
        Analyzer searchedText = analyzer(source -> phrases.marking(indexWords.apply(
                new QuestionWordMarker(new LowerCaseFilter(source), stopWords))), VALUE_GAP);
        Set<String> knownWords = synonyms.lines().map(String::strip).filter(line -> !line.startsWith("#"))
                .flatMap(line -> Arrays.stream(line.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")))
                .filter(word -> !word.isEmpty()).collect(Collectors.toSet());
        return new SearchAnalysis("portal", text, searchedText, phrases, folded, queryText, foldedQueryText,
                unstoppedQueryText, suggest, dictionary, knownWords, glossary, parseTypeWords(typeWords), stopWords);
    }

    /** One stock analyzer for every text field, no synonyms, no folded fallback, no English: the baseline. */
    public static SearchAnalysis stock(String name, Analyzer analyzer) {
        Analyzer suggest = analyzer(source -> new EdgeNGramTokenFilter(new LowerCaseFilter(source),
                2, MAX_PART_LENGTH, true));
        return new SearchAnalysis(name, analyzer, analyzer, IndexedPhrases.NONE, analyzer, analyzer, analyzer, analyzer,
                suggest, null, Set.of(), EnglishGlossary.NONE, Map.of(), CharArraySet.EMPTY_SET);
    }

    public String name() {
        return name;
    }

    /** The analyzer for writing documents, per field. */
    public Analyzer index() {
        return index;
    }

    /** The folded field's analyzer, for marking in a text what the folded fallback found. */
    public Analyzer foldedIndex() {
        return foldedIndex;
    }

    /** The phrases indexed as one term each, for counting. */
    IndexedPhrases indexedPhrases() {
        return phrases;
    }

    /** The analyzer for reading queries, per field. */
    public Analyzer query() {
        return query;
    }

    /** The analyzer for queries that keeps question and filler words: for a query made only of them. */
    public Analyzer unstoppedQuery() {
        return unstoppedQuery;
    }

    /** Whether a query's word is a stop, question or filler word, which the query leaves out ("i", "hur", "man"). */
    public boolean isStopWord(String word) {
        return stopWords.contains(word);
    }

    /** Whether the folded fields are worth asking when nothing else matched. */
    public boolean folding() {
        return folding;
    }

    /**
     * Whether the Swedish dictionary knows {@code word} (lowercase), alone or as a compound, not only by guessing that
     * it is two words written together; false for the stock chains. Answered from the dictionary's kept answers: a
     * misspelt compound is not tried anew.
     */
    public boolean isSwedishWord(String word) {
        if (dictionary == null || word.isEmpty()) {
            return false;
        }
        SwedishDictionary.Analysis analysis = dictionary.analyse(word);
        return analysis.known() && !analysis.guessed();
    }

    /**
     * Whether {@code word} (lowercase) is in the dictionary in no form and is searched as a compound only because it
     * reads as two words written together ("hotbedömning", but also "könstympning" for "könsstympning").
     */
    public boolean isGuessedCompound(String word) {
        return dictionary != null && !word.isEmpty() && dictionary.analyse(word).guessed();
    }

    /**
     * Whether {@code word} (lowercase) is a word of its own, never to be taken for a misspelling: a Swedish word,
     * a word of the synonyms (abbreviations such as "sara") or of the English glossary.
     */
    public boolean isKnownWord(String word) {
        return synonymWords.contains(word) || glossary.knows(word) || isSwedishWord(word);
    }

    /**
     * A query's words with its compounds written apart, and each compound's parts.
     *
     * @param text      the words, each compound the dictionary splits into words of their own written apart
     *                  ("riskbedömningar" as "risk bedömningar")
     * @param compounds each such compound's parts, space-separated ("risk bedömningar")
     */
    public record Apart(String text, List<String> compounds) {
    }

    /**
     * {@code words} with each compound the dictionary splits into words of their own written apart, or null when no
     * word is such a compound (or for the stock chains). A document that says "bedöma risken" then meets
     * "riskbedömning", as the index holds a compound's parts beside it.
     */
    public Apart compoundsApart(String words) {
        return compoundsApart(words, compound -> true);
    }

    /** As {@link #compoundsApart(String)}, but only the compounds (lowercase, as typed) that {@code split} accepts. */
    public Apart compoundsApart(String words, Predicate<String> split) {
        if (dictionary == null || words.isEmpty()) {
            return null;
        }
        Matcher word = WORD.matcher(words);
        StringBuilder apart = new StringBuilder();
        List<String> compounds = new ArrayList<>();
        while (word.find()) {
            String lower = word.group().toLowerCase(Locale.ROOT);
            List<String> parts = dictionary.analyse(lower).words();
            if (!parts.isEmpty() && !split.test(lower)) {
                parts = List.of();
            }
            if (!parts.isEmpty()) {
                compounds.add(String.join(" ", parts));
            }
            word.appendReplacement(apart, Matcher.quoteReplacement(parts.isEmpty() ? word.group()
                    : String.join(" ", parts)));
        }
        word.appendTail(apart);
        return compounds.isEmpty() ? null : new Apart(apart.toString(), List.copyOf(compounds));
    }

    public EnglishGlossary glossary() {
        return glossary;
    }

    /**
     * A query's words that name a kind of hit, and the rest.
     *
     * @param rest  the text without those words
     * @param words each such word as typed, with the kind it names
     */
    public record TypeWords(String rest, Map<String, SearchType> words) {
    }

    /**
     * The words of {@code text} that name a kind of hit ("kurser", "utbildningar", "nätverk"), by their base forms
     * in the dictionary; empty for the stock chains. Only whole words: "webbkurs" names no course.
     */
    public TypeWords typeWords(String text) {
        Map<String, SearchType> named = new LinkedHashMap<>();
        if (dictionary == null || typeWords.isEmpty()) {
            return new TypeWords(text, named);
        }
        Matcher word = WORD.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (word.find()) {
            String lower = word.group().toLowerCase(Locale.ROOT);
            SearchType type = Stream.concat(Stream.of(lower), dictionary.analyse(lower).baseForms().stream())
                    .map(typeWords::get).filter(Objects::nonNull).findFirst().orElse(null);
            if (type != null) {
                named.put(word.group(), type);
            }
            word.appendReplacement(rest, type == null ? Matcher.quoteReplacement(word.group()) : "");
        }
        word.appendTail(rest);
        return new TypeWords(rest.toString().strip(), named);
    }

    /** The terms {@code analyzer} makes of {@code text} in {@code field}, in order. */
    public static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    static String fold(String word) {
        char[] folded = new char[word.length() * 4];
        int length = ASCIIFoldingFilter.foldToASCII(word.toCharArray(), 0, folded, 0, word.length());
        return new String(folded, 0, length);
    }

    /** Each listed word with the kind of hit it names, from lines of "code: word, word". */
    private static Map<String, SearchType> parseTypeWords(String lines) {
        Map<String, SearchType> words = new HashMap<>();
        listed(lines, "type words").forEach((code, listed) -> {
            SearchType type = SearchType.ofCode(code).orElseThrow(
                    () -> new IllegalArgumentException("type words: no kind of hit has the code " + code));
            listed.forEach(word -> words.put(word, type));
        });
        return words;
    }

    /** Each listed form (and each search form itself) with its search form. */
    private static Map<String, String> searchForms(String wordForms) {
        Map<String, String> forms = new HashMap<>();
        listed(wordForms, "word forms").forEach((base, others) -> {
            forms.put(base, base);
            others.forEach(other -> forms.put(other, base));
        });
        return forms;
    }

    /** The lines "head: word, word" of a list, lowercase, by head; blank lines and lines starting with # left out. */
    private static Map<String, List<String>> listed(String lines, String list) {
        Map<String, List<String>> listed = new LinkedHashMap<>();
        for (String line : lines.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException(list + ": expected 'word: word, word' in: " + line);
            }
            List<String> words = Arrays.stream(line.substring(colon + 1).split(",")).filter(word -> !word.isBlank())
                    .map(word -> word.strip().toLowerCase(Locale.ROOT)).toList();
            listed.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), words);
        }
        return listed;
    }

    private static StemmerOverrideFilter.StemmerOverrideMap overrides(Map<String, String> forms) {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        forms.forEach(builder::add);
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Which terms a word gives: its first base form, all of them, all with its compound parts' (marked as parts:
     * {@link #PART_MARK}), or (for a folded
     * query, where "tandvarden" is no word the dictionary knows) all of them and the word as typed, whole and
     * stemmed; or, for suggestions as people type, the word as written and a compound's last part as written
     * ("samordnare" of "kvinnofridssamordnare").
     */
    private enum Forms { FIRST, ALL, WITH_PARTS, AS_TYPED_TOO, AS_WRITTEN_WITH_LAST_PART }

    /** Word forms, then the minimal stemmer for words the dictionary does not know, then (folded) without å, ä, ö. */
    private static UnaryOperator<TokenStream> words(StemmerOverrideFilter.StemmerOverrideMap overrides,
                                                    SwedishDictionary dictionary, Forms forms, boolean folded) {
        return stream -> {
            TokenStream stemmed = new SwedishMinimalStemFilter(new SwedishWordFilter(
                    new StemmerOverrideFilter(new ElidedCompoundFilter(stream, dictionary), overrides), dictionary, forms));
            return new RemoveDuplicatesTokenFilter(folded ? new ASCIIFoldingFilter(stemmed) : stemmed);
        };
    }

    /**
     * Lucene's Swedish stop words and the listed question and filler words, each also without å, ä and ö
     * ("för" as "for"), so the folded fallback leaves out the same words.
     */
    private static CharArraySet stopWords(String questionWords) {
        CharArraySet stopWords = new CharArraySet(256, false);
        List<String> words = new ArrayList<>();
        for (Object word : SwedishAnalyzer.getDefaultStopSet()) {
            words.add(new String((char[]) word));
        }
        questionWords.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.toLowerCase(Locale.ROOT)).forEach(words::add);
        for (String word : words) {
            stopWords.add(word);
            stopWords.add(fold(word));
        }
        return CharArraySet.unmodifiableSet(stopWords);
    }

    /** Marks question and filler words as written, before any stemming, so "mäns" never becomes the pronoun "man". */
    private static final class QuestionWordMarker extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
        private final CharArraySet words;

        QuestionWordMarker(TokenStream input, CharArraySet words) {
            super(input);
            this.words = words;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (words.contains(term.buffer(), 0, term.length())) {
                type.setType(QUESTION_WORD);
                keyword.setKeyword(true);
            }
            return true;
        }
    }

    /**
     * Leaves out the marked question and filler words after the synonyms have seen them (so a phrase such as "våld
     * i nära relationer" still meets its synonyms).
     */
    private static final class QuestionWordFilter extends FilteringTokenFilter {

        private final TypeAttribute type = addAttribute(TypeAttribute.class);

        QuestionWordFilter(TokenStream input) {
            super(input);
        }

        @Override
        protected boolean accept() {
            return !QUESTION_WORD.equals(type.type());
        }
    }

    /**
     * Each query term also as a compound's part ({@link #PART_MARK}), in its place and weighing {@link #PART_WEIGHT}:
     * "kurs" finds "kursledare" too, below a text that says "kurs". After the synonyms, which read one term per word;
     * not in a query the synonyms made a graph of ("våld i nära relationer"), whose paths would multiply.
     */
    private static final class AsPartTooFilter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
        private final BoostAttribute boost = addAttribute(BoostAttribute.class);
        private final ArrayDeque<State> terms = new ArrayDeque<>();
        private boolean read;
        private boolean graph;
        private State whole;

        AsPartTooFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!read) {
                read = true;
                while (input.incrementToken()) {
                    graph |= length.getPositionLength() > 1;
                    terms.add(captureState());
                }
            }
            if (whole != null) {
                restoreState(whole);
                whole = null;
                String word = term.toString();
                term.setEmpty().append(PART_MARK).append(word);
                position.setPositionIncrement(0);
                boost.setBoost(PART_WEIGHT);
                return true;
            }
            if (terms.isEmpty()) {
                return false;
            }
            restoreState(terms.poll());
            whole = graph ? null : captureState();
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            terms.clear();
            read = false;
            graph = false;
            whole = null;
        }
    }

    /**
     * Each word's base forms by the dictionary (all, or only the first), and when indexing its compound parts' base
     * forms too, all in the word's place; words marked as keywords (listed word forms) pass unchanged, and so do words
     * the dictionary does not know, for the stemmer after it.
     */
    private static final class SwedishWordFilter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
        private final SwedishDictionary dictionary;
        private final Forms forms;
        /** Terms still to give in the word's place, and whether the stemmer after this filter may change them. */
        private final ArrayDeque<String> pending = new ArrayDeque<>();
        private final ArrayDeque<Boolean> stemmable = new ArrayDeque<>();
        private State word;

        SwedishWordFilter(TokenStream input, SwedishDictionary dictionary, Forms forms) {
            super(input);
            this.dictionary = dictionary;
            this.forms = forms;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!pending.isEmpty()) {
                restoreState(word);
                term.setEmpty().append(pending.poll());
                position.setPositionIncrement(0);
                keyword.setKeyword(!stemmable.poll());
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            if (keyword.isKeyword() || term.length() < 2) {
                return true;
            }
            String typed = term.toString();
            SwedishDictionary.Analysis analysis = dictionary.analyse(typed);
            if (forms == Forms.AS_WRITTEN_WITH_LAST_PART) {
                if (analysis.lastPart() == null) {
                    return true;
                }
                give(typed, true);
                give(analysis.lastPart(), true);
            } else if (forms == Forms.AS_TYPED_TOO) {
                analysis.baseForms().forEach(form -> give(form, false));
                give(typed, true);
                give(typed, false);
            } else if (!analysis.known()) {
                return true;
            } else if (forms == Forms.FIRST) {
                give(analysis.baseForms().getFirst(), false);
            } else {
                analysis.baseForms().forEach(form -> give(form, false));
                if (forms == Forms.WITH_PARTS) {
                    analysis.parts().forEach(part -> give(PART_MARK + part, false));
                }
            }
            word = captureState();
            term.setEmpty().append(pending.poll());
            keyword.setKeyword(!stemmable.poll());
            return true;
        }

        private void give(String form, boolean stem) {
            pending.add(form);
            stemmable.add(stem);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending.clear();
            stemmable.clear();
            word = null;
        }
    }

    /**
     * Completes the first of two compounds that share their last part, as Swedish writes them: in "kvinno- och
     * tjejjourer" and "hälso- och sjukvården" the first word is "kvinnojourer" and "hälsovården". Taken so only
     * when a hyphen stood before "och", "eller" or "samt" (the gap is wider than a space), the next word is a
     * compound and the completed word is one the dictionary knows. Only words the dictionary does not know alone
     * ("kvinno", "hälso") are looked at.
     */
    private static final class ElidedCompoundFilter extends TokenFilter {

        private static final Set<String> CONJUNCTIONS = Set.of("och", "eller", "samt");

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final SwedishDictionary dictionary;
        private final ArrayDeque<State> ahead = new ArrayDeque<>();
        private boolean exhausted;

        ElidedCompoundFilter(TokenStream input, SwedishDictionary dictionary) {
            super(input);
            this.dictionary = dictionary;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!ahead.isEmpty()) {
                restoreState(ahead.poll());
                return true;
            }
            if (exhausted || !input.incrementToken()) {
                exhausted = true;
                return false;
            }
            String first = term.toString();
            if (dictionary.analyse(first).known()) {
                return true; // a word of its own; looking ahead for every word would cost a rebuild dearly
            }
            int firstEnd = offset.endOffset();
            State firstState = captureState();
            if (!next()) {
                restoreState(firstState);
                return true;
            }
            State conjunction = captureState();
            boolean elided = CONJUNCTIONS.contains(term.toString()) && offset.startOffset() - firstEnd >= 2;
            if (!elided || !next()) {
                ahead.add(conjunction);
                restoreState(firstState);
                return true;
            }
            String lastPart = dictionary.analyse(term.toString()).lastPart();
            ahead.add(conjunction);
            ahead.add(captureState());
            restoreState(firstState);
            if (lastPart != null && dictionary.analyse(first + lastPart).known()) {
                term.setEmpty().append(first).append(lastPart);
            }
            return true;
        }

        private boolean next() throws IOException {
            if (!exhausted && input.incrementToken()) {
                return true;
            }
            exhausted = true;
            return false;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            ahead.clear();
            exhausted = false;
        }
    }

    /** The synonyms' ways and the glossary's Swedish of several words each. */
    private static Set<String> expressions(String synonyms, EnglishGlossary glossary) {
        Set<String> expressions = new TreeSet<>(glossary.swedishExpressions());
        synonyms.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .flatMap(line -> Arrays.stream(line.split(","))).map(String::strip).forEach(expressions::add);
        expressions.removeIf(expression -> !expression.contains(" "));
        return expressions;
    }

    private static SynonymMap synonymMap(String rules, Analyzer analyzer) {
        try {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
            parser.parse(new StringReader(rules));
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalArgumentException("synonyms: " + e.getMessage(), e);
        }
    }

    private static Analyzer analyzer(UnaryOperator<TokenStream> filters) {
        return analyzer(filters, 0);
    }

    /** {@code positionGap} empty places between a field's values, so no phrase runs from one into the next. */
    private static Analyzer analyzer(UnaryOperator<TokenStream> filters, int positionGap) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, filters.apply(source));
            }

            @Override
            public int getPositionIncrementGap(String fieldName) {
                return positionGap;
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }
}
