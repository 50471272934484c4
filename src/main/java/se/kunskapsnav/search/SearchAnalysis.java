package se.kunskapsnav.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.sv.SwedishMinimalStemFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * How text becomes terms, for indexing and for queries. The portal's chain for Swedish: lowercase;
 * compounds split by a word list (so "samordnare" finds "kvinnofridssamordnare" and "heder"
 * "hedersrelaterat"); a stemmer guarded by a list of word forms it gets wrong (even the light stemmers make
 * "bar" of "barn" but "barn" of "barnen", and the Snowball stemmer "kur" of "kurs" but "kurs" of "kurser");
 * synonyms and stop words only at query time. å, ä and ö stay letters of their own; a second, folded field
 * ({@code *_folded}) lets "vald" find "våld" when nothing else matches. The stock analyzers are kept for
 * the quality comparison ({@code SearchQualityTest}).
 */
public final class SearchAnalysis {

    /** Stemmers worth comparing; {@code SearchQualityTest} measures them. */
    public enum Stemming { LIGHT, MINIMAL }

    private static final int MIN_COMPOUND_LENGTH = 6;
    private static final int MIN_PART_LENGTH = 3;
    private static final int MAX_PART_LENGTH = 20;

    private final String name;
    private final Analyzer index;
    private final Analyzer query;
    private final boolean folding;

    private SearchAnalysis(String name, Analyzer text, Analyzer foldedText, Analyzer queryText,
                           Analyzer foldedQueryText, Analyzer suggest, boolean folding) {
        this.name = name;
        Analyzer spell = analyzer(source -> new LowerCaseFilter(source));
        this.index = new PerFieldAnalyzerWrapper(text, Map.of(
                SearchFields.ALL_FOLDED, foldedText,
                SearchFields.ALL_MEMBER_FOLDED, foldedText,
                SearchFields.SUGGEST, suggest,
                SearchFields.SPELL, spell));
        this.query = new PerFieldAnalyzerWrapper(queryText, Map.of(
                SearchFields.ALL_FOLDED, foldedQueryText,
                SearchFields.ALL_MEMBER_FOLDED, foldedQueryText,
                SearchFields.SUGGEST, analyzer(source -> new LowerCaseFilter(source)),
                SearchFields.SPELL, spell));
        this.folding = folding;
    }

    /**
     * The portal's Swedish chain.
     *
     * @param compoundWords words found inside compounds, one per line ({@code content/search/compound-words.txt})
     * @param wordForms     forms the stemmer gets wrong, by search form ({@code content/search/word-forms.txt})
     * @param synonyms      Solr-format synonym groups ({@code content/search/synonyms.txt})
     */
    public static SearchAnalysis swedish(String compoundWords, String wordForms, String synonyms, Stemming stemming) {
        CharArraySet parts = wordSet(compoundWords);
        Map<String, String> forms = searchForms(wordForms);
        UnaryOperator<TokenStream> stem = stemmer(overrides(forms, UnaryOperator.identity()), stemming);
        UnaryOperator<TokenStream> foldedStem = stemmer(overrides(forms, SearchAnalysis::fold), stemming);
        Analyzer text = analyzer(source -> stem.apply(split(new LowerCaseFilter(source), parts)));
        // no compound splitting in the folded fallback: half the cost of indexing a text twice
        Analyzer folded = analyzer(source -> foldedStem.apply(new ASCIIFoldingFilter(new LowerCaseFilter(source))));
        SynonymMap synonymMap = synonymMap(synonyms, analyzer(source -> stem.apply(new LowerCaseFilter(source))));
        SynonymMap foldedSynonymMap = synonymMap(synonyms,
                analyzer(source -> foldedStem.apply(new ASCIIFoldingFilter(new LowerCaseFilter(source)))));
        CharArraySet stopWords = stopWords(forms);
        Analyzer queryText = analyzer(source -> new StopFilter(new SynonymGraphFilter(
                stem.apply(new LowerCaseFilter(source)), synonymMap, true), stopWords));
        Analyzer foldedQueryText = analyzer(source -> new StopFilter(new SynonymGraphFilter(
                foldedStem.apply(new ASCIIFoldingFilter(new LowerCaseFilter(source))), foldedSynonymMap, true),
                stopWords));
        Analyzer suggest = analyzer(source -> new EdgeNGramTokenFilter(split(new LowerCaseFilter(source), parts),
                2, MAX_PART_LENGTH, true));
        return new SearchAnalysis("portal-" + stemming.name().toLowerCase(), text, folded, queryText, foldedQueryText,
                suggest, true);
    }

    /** One stock analyzer for every text field, no synonyms, no folded fallback: the baseline. */
    public static SearchAnalysis stock(String name, Analyzer analyzer) {
        Analyzer suggest = analyzer(source -> new EdgeNGramTokenFilter(new LowerCaseFilter(source),
                2, MAX_PART_LENGTH, true));
        return new SearchAnalysis(name, analyzer, analyzer, analyzer, analyzer, suggest, false);
    }

    public String name() {
        return name;
    }

    /** The analyzer for writing documents, per field. */
    public Analyzer index() {
        return index;
    }

    /** The analyzer for reading queries, per field. */
    public Analyzer query() {
        return query;
    }

    /** Whether the folded fields are worth asking when nothing else matched. */
    public boolean folding() {
        return folding;
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

    /**
     * The stemmer, after the listed word forms have been given their search form and words ending in -tion,
     * -sion and -het have been marked to be kept whole (the stemmers cut "relation" to "relatio" but
     * "relationer" to "relation"); a part equal to its whole is written once.
     */
    private static UnaryOperator<TokenStream> stemmer(StemmerOverrideFilter.StemmerOverrideMap overrides,
                                                      Stemming stemming) {
        return stream -> {
            TokenStream kept = new WholeWordMarker(new StemmerOverrideFilter(stream, overrides));
            TokenStream stemmed = stemming == Stemming.LIGHT
                    ? new SwedishLightStemFilter(kept) : new SwedishMinimalStemFilter(kept);
            return new RemoveDuplicatesTokenFilter(stemmed);
        };
    }

    /** Each listed form (and each search form itself) with its search form. */
    private static Map<String, String> searchForms(String wordForms) {
        Map<String, String> forms = new HashMap<>();
        for (String line : wordForms.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("word forms: expected 'search form: form, form' in: " + line);
            }
            String base = line.substring(0, colon).strip().toLowerCase();
            forms.put(base, base);
            for (String other : line.substring(colon + 1).split(",")) {
                if (!other.isBlank()) {
                    forms.put(other.strip().toLowerCase(), base);
                }
            }
        }
        return forms;
    }

    private static StemmerOverrideFilter.StemmerOverrideMap overrides(Map<String, String> forms,
                                                                      UnaryOperator<String> form) {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        forms.forEach((word, base) -> builder.add(form.apply(word), form.apply(base)));
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Swedish stop words, without the search forms of the word-forms list: stop words are removed after
     * stemming, and "mäns" becomes "man" there, which is also the pronoun "man" of the stop list.
     */
    private static CharArraySet stopWords(Map<String, String> forms) {
        Set<String> searchForms = new HashSet<>();
        forms.values().forEach(base -> {
            searchForms.add(base);
            searchForms.add(fold(base));
        });
        CharArraySet stopWords = new CharArraySet(128, false);
        for (Object word : SwedishAnalyzer.getDefaultStopSet()) {
            String stopWord = new String((char[]) word);
            if (!searchForms.contains(stopWord)) {
                stopWords.add(stopWord);
            }
        }
        return CharArraySet.unmodifiableSet(stopWords);
    }

    /** Marks words ending in -tion, -sion and -het to be kept whole (a plain test: it runs on every word). */
    private static final class WholeWordMarker extends KeywordMarkerFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        WholeWordMarker(TokenStream input) {
            super(input);
        }

        @Override
        protected boolean isKeyword() {
            return endsWith("tion") || endsWith("sion") || endsWith("het");
        }

        private boolean endsWith(String suffix) {
            int offset = term.length() - suffix.length();
            if (offset < 1) {
                return false;
            }
            for (int i = 0; i < suffix.length(); i++) {
                if (term.charAt(offset + i) != suffix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static TokenStream split(TokenStream stream, CharArraySet parts) {
        return parts.isEmpty() ? stream : new DictionaryCompoundWordTokenFilter(stream, parts,
                MIN_COMPOUND_LENGTH, MIN_PART_LENGTH, MAX_PART_LENGTH, false);
    }

    private static CharArraySet wordSet(String lines) {
        CharArraySet words = new CharArraySet(256, true);
        lines.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(String::toLowerCase).forEach(words::add);
        return CharArraySet.unmodifiableSet(words);
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
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, filters.apply(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }
}
