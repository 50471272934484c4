package se.kunskapsnav.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * English terms of the field with their Swedish counterparts ({@code content/search/english.txt}), for people who
 * search in English: "honour violence" is searched as "hedersrelaterat våld" too. A query is taken for English
 * only when the glossary covers most of its words and at least one of them is no Swedish word, so "film" or
 * "barn" alone is never translated.
 */
public final class EnglishGlossary {

    /** No glossary: nothing is ever taken for English. */
    public static final EnglishGlossary NONE = new EnglishGlossary(Map.of(), Set.of(), 1);

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}'+/-]+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");

    private final Map<String, String> swedish;
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

    private EnglishGlossary(Map<String, String> swedish, Set<String> ignored, int longest) {
        this.swedish = Map.copyOf(swedish);
        this.ignored = Set.copyOf(ignored);
        Set<String> words = new HashSet<>(ignored);
        swedish.keySet().forEach(expression -> words.addAll(List.of(expression.split(" "))));
        this.known = Set.copyOf(words);
        this.longest = longest;
    }

    /** Reads lines of "english, english: svenska"; a line with nothing after the colon lists words to ignore. */
    public static EnglishGlossary parse(String lines) {
        Map<String, String> swedish = new HashMap<>();
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
                List<String> words = words(expression);
                if (words.isEmpty()) {
                    continue;
                }
                if (meaning.isEmpty()) {
                    ignored.addAll(words);
                } else {
                    swedish.put(String.join(" ", words), meaning);
                    longest = Math.max(longest, words.size());
                }
            }
        }
        return new EnglishGlossary(swedish, ignored, longest);
    }

    /** Whether {@code word} (lowercase) is part of an English expression the glossary knows, or a small word. */
    public boolean knows(String word) {
        return known.contains(word);
    }

    /**
     * The query in Swedish, when it reads as English: the longest known expressions first, small words left
     * out, unknown words kept, as long as known expressions cover at least as many words as are unknown and at
     * least one known word is no Swedish word.
     */
    public Optional<Translation> translate(String query, Predicate<String> isSwedishWord) {
        if (swedish.isEmpty()) {
            return Optional.empty();
        }
        List<String> words = words(query);
        List<String> out = new ArrayList<>();
        List<String> english = new ArrayList<>();
        int covered = 0;
        int unknown = 0;
        boolean foreign = false;
        for (int i = 0; i < words.size(); ) {
            int length = Math.min(longest, words.size() - i);
            String meaning = null;
            for (; length > 0; length--) {
                meaning = swedish.get(String.join(" ", words.subList(i, i + length)));
                if (meaning != null) {
                    break;
                }
            }
            if (meaning != null) {
                List<String> known = words.subList(i, i + length);
                english.add(String.join(" ", known));
                foreign |= known.stream().anyMatch(word -> !isSwedishWord.test(word));
                out.add(meaning);
                covered += length;
                i += length;
            } else {
                if (!ignored.contains(words.get(i))) {
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
