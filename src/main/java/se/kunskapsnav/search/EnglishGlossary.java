package se.kunskapsnav.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * English terms of the field with their Swedish counterparts ({@code content/search/english.txt}), for people who
 * search in English: "honour violence" is searched as "hedersrelaterat våld" too. A query is taken for English
 * only when the glossary covers most of its words and at least one of them is no Swedish word, so "film" or
 * "barn" alone is never translated. Words meet in one form: plurals and "-ing" forms by Lucene's KStem ("perpetrators"
 * is "perpetrator", "screening" "screen") and British spelling as American ("honour" is "honor", "programme"
 * "program", "counsellor" "counselor"); an expression of several words also meets its words in another order and
 * without its small words ("domestic violence and children" is met by "children domestic violence").
 */
public final class EnglishGlossary {

    /** No glossary: nothing is ever taken for English. */
    public static final EnglishGlossary NONE = new EnglishGlossary(Map.of(), Map.of(), Set.of(), 1);

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}'+/-]+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    /** British endings and their American spelling, before the stemmer: honour(s), programme(s), counsellor(s), centre(s). */
    private static final List<Map.Entry<Pattern, String>> AMERICAN = List.of(
            Map.entry(Pattern.compile("(?<=..)our(s?)$"), "or$1"),
            Map.entry(Pattern.compile("mme(s?)$"), "m$1"),
            Map.entry(Pattern.compile("llor(s?)$"), "lor$1"),
            Map.entry(Pattern.compile("(?<=..)tre(s?)$"), "ter$1"));
    private static final Analyzer STEMMER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            WhitespaceTokenizer source = new WhitespaceTokenizer();
            return new TokenStreamComponents(source,
                    new KStemFilter(new EnglishPossessiveFilter(new LowerCaseFilter(source))));
        }
    };

    /** By an expression's words in one form, in order. */
    private final Map<String, String> swedish;
    /** By an expression's words in one form, small words left out, in alphabetical order. */
    private final Map<String, String> unordered;
    private final Set<String> ignored;
    private final Set<String> known;
    private final int longest;

    /**
     * A query read as English.
     *
     * @param swedish the Swedish words to search, in the order of the English ones; words the glossary does not
     *                know are kept as typed
     * @param english the English expressions the glossary knew
     */
    public record Translation(String swedish, List<String> english) {
    }

    private EnglishGlossary(Map<String, String> swedish, Map<String, String> unordered, Set<String> ignored,
                            int longest) {
        this.swedish = Map.copyOf(swedish);
        this.unordered = Map.copyOf(unordered);
        this.ignored = Set.copyOf(ignored);
        Set<String> words = new HashSet<>(ignored);
        swedish.keySet().forEach(expression -> words.addAll(List.of(expression.split(" "))));
        this.known = Set.copyOf(words);
        this.longest = longest;
    }

    /** The Swedish expressions the glossary translates to. */
    public Set<String> swedishExpressions() {
        return Set.copyOf(swedish.values());
    }

    /** Reads lines of "english, english: svenska"; a line with nothing after the colon lists words to ignore. */
    public static EnglishGlossary parse(String lines) {
        Map<String, String> swedish = new HashMap<>();
        Map<String, List<String>> expressions = new LinkedHashMap<>();
        Set<String> ignored = new HashSet<>();
        int longest = 1;
        for (String line : lines.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.lastIndexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("English glossary: expected 'english, english: svenska' in: " + line);
            }
            String meaning = line.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            for (String expression : line.substring(0, colon).split(",")) {
                List<String> words = words(expression).stream().map(EnglishGlossary::normal).toList();
                if (words.isEmpty()) {
                    continue;
                }
                if (meaning.isEmpty()) {
                    ignored.addAll(words);
                } else {
                    swedish.put(String.join(" ", words), meaning);
                    expressions.put(String.join(" ", words), words);
                    longest = Math.max(longest, words.size());
                }
            }
        }
        Map<String, String> unordered = new HashMap<>();
        expressions.forEach((expression, words) -> {
            String key = unorderedKey(words, ignored);
            if (key.contains(" ")) {
                unordered.putIfAbsent(key, swedish.get(expression));
            }
        });
        return new EnglishGlossary(swedish, unordered, ignored, longest);
    }

    /** The words but the small ones, in alphabetical order. */
    private static String unorderedKey(List<String> words, Set<String> ignored) {
        return words.stream().filter(word -> !ignored.contains(word)).sorted().collect(Collectors.joining(" "));
    }

    /**
     * One form of an English word: British endings as American ("honours": "honors"), then its stem by KStem, which
     * gives real words ("perpetrators": "perpetrator").
     */
    static String normal(String word) {
        String american = word.toLowerCase(Locale.ROOT);
        for (Map.Entry<Pattern, String> spelling : AMERICAN) {
            american = spelling.getKey().matcher(american).replaceAll(spelling.getValue());
        }
        List<String> stems = SearchAnalysis.terms(STEMMER, "", american);
        return stems.size() == 1 ? stems.getFirst() : american;
    }

    /** Whether {@code word} (lowercase) is part of an English expression the glossary knows, or a small word. */
    public boolean knows(String word) {
        return known.contains(normal(word));
    }

    /**
     * The query in Swedish, when it reads as English: the longest known expressions first, small words left
     * out, unknown words kept, as long as known expressions cover at least as many words as are unknown and one of
     * them is of several words or holds a word that is no Swedish word.
     */
    public Optional<Translation> translate(String query, Predicate<String> isSwedishWord) {
        if (swedish.isEmpty()) {
            return Optional.empty();
        }
        List<String> words = words(query);
        List<String> normal = words.stream().map(EnglishGlossary::normal).toList();
        List<String> out = new ArrayList<>();
        List<String> english = new ArrayList<>();
        int covered = 0;
        int unknown = 0;
        boolean foreign = false;
        for (int i = 0; i < words.size(); ) {
            int length = Math.min(longest, words.size() - i);
            String meaning = null;
            for (; length > 0; length--) {
                List<String> window = normal.subList(i, i + length);
                meaning = swedish.get(String.join(" ", window));
                if (meaning == null && length > 1 && !ignored.contains(window.getFirst())
                        && !ignored.contains(window.getLast())) {
                    meaning = unordered.get(unorderedKey(window, ignored));
                }
                if (meaning != null) {
                    break;
                }
            }
            if (meaning != null) {
                List<String> known = words.subList(i, i + length);
                english.add(String.join(" ", known));
                // an expression of several words reads as English even when each word is also Swedish
                // ("human trafficking": "human" and "trafficking" are both in the Swedish dictionary)
                foreign |= length > 1 || known.stream().anyMatch(word -> !isSwedishWord.test(word));
                out.add(meaning);
                covered += length;
                i += length;
            } else {
                if (!ignored.contains(normal.get(i))) {
                    out.add(words.get(i));
                    unknown++;
                }
                i++;
            }
        }
        if (english.isEmpty() || !foreign || unknown > covered) {
            return Optional.empty();
        }
        return Optional.of(new Translation(String.join(" ", out), List.copyOf(english)));
    }

    private static List<String> words(String text) {
        String plain = POSSESSIVE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        return WORD_BREAK.splitAsStream(plain).map(String::strip).filter(word -> !word.isEmpty()).toList();
    }
}
