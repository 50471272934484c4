package se.kunskapsnav.platform;

import java.util.regex.Pattern;

/**
 * A short plain-text start of a Markdown text for lists (a network's purpose, a material's summary): the first
 * paragraph as plain text (links become their text, emphasis and heading marks go), cut
 * at a word before {@link #MAX} characters.
 */
public final class MarkdownExcerpt {

    static final int MAX = 200;
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINE_MARK = Pattern.compile("(?m)^\\s*(#{1,6}\\s+|>\\s?|[-*+]\\s+|\\d+[.)]\\s+)");
    private static final Pattern EMPHASIS = Pattern.compile("[*_`~]+");

    private MarkdownExcerpt() {
    }

    public static String of(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String paragraph = markdown.strip().split("\\R\\s*\\R", 2)[0];
        String text = LINK.matcher(paragraph).replaceAll("$1");
        text = LINE_MARK.matcher(text).replaceAll("");
        text = EMPHASIS.matcher(text).replaceAll("");
        text = text.replaceAll("\\s+", " ").strip();
        if (text.length() <= MAX) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX - 1);
        return text.substring(0, cut > MAX / 2 ? cut : MAX - 1).strip() + "\u2026";
    }
}
