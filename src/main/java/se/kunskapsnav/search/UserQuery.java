package se.kunskapsnav.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed, read forgivingly: "quoted phrases" are phrases, everything else is words that must
 * all match. Nothing typed is an error: a lone quote, operators (AND, OR, NOT) and query syntax (*, ?, ~,
 * brackets) are left out with a notice, and text over {@link #MAX_LENGTH} characters is cut.
 *
 * @param text    the text as searched, after cutting
 * @param words   the unquoted words, joined by spaces
 * @param phrases the quoted phrases
 */
public record UserQuery(String text, String words, List<String> phrases, Set<SearchNotice> notices) {

    public static final int MAX_LENGTH = 500;

    private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern OPERATOR = Pattern.compile("(?<![\\p{L}\\p{N}])(AND|OR|NOT|&&|\\|\\|)(?![\\p{L}\\p{N}])");
    private static final Pattern SYNTAX = Pattern.compile("[\"*?~^(){}\\[\\]\\\\!+]|(?<![\\p{L}\\p{N}])-");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public UserQuery {
        phrases = List.copyOf(phrases);
        notices = notices.isEmpty() ? Set.of() : Set.copyOf(notices);
    }

    public static UserQuery parse(String typed) {
        Set<SearchNotice> notices = EnumSet.noneOf(SearchNotice.class);
        String text = typed == null ? "" : typed.strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH).strip();
            notices.add(SearchNotice.TRIMMED);
        }
        List<String> phrases = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        Matcher phrase = PHRASE.matcher(text);
        int end = 0;
        while (phrase.find()) {
            rest.append(text, end, phrase.start()).append(' ');
            String words = clean(phrase.group(1), notices);
            if (!words.isEmpty()) {
                phrases.add(words);
            }
            end = phrase.end();
        }
        rest.append(text.substring(end));
        String words = clean(rest.toString(), notices);
        if (words.isEmpty() && phrases.isEmpty()) {
            notices.add(SearchNotice.EMPTY);
        }
        return new UserQuery(text, words, phrases, notices);
    }

    public boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty();
    }

    private static String clean(String part, Set<SearchNotice> notices) {
        String kept = OPERATOR.matcher(part).replaceAll(" ");
        kept = SYNTAX.matcher(kept).replaceAll(" ");
        if (!kept.equals(part)) {
            notices.add(SearchNotice.IGNORED_SYNTAX);
        }
        return SPACES.matcher(kept).replaceAll(" ").strip();
    }
}
