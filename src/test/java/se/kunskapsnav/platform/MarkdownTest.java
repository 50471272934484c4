package se.kunskapsnav.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownTest {

    private static final Pattern URL_ATTRIBUTE = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    @Test
    void headingsListsEmphasisAndLinksRender() {
        String html = Markdown.toSafeHtml("""
                # Stöd till länen

                Det här är *viktigt* och **mycket viktigt**.

                - första punkten
                - andra punkten

                Läs [vägledningen](https://www.lansstyrelsen.se/vagledning?a=1&b=2).
                """);

        assertTrue(html.contains("<h1>Stöd till länen</h1>"), html);
        assertTrue(html.contains("<em>viktigt</em>"), html);
        assertTrue(html.contains("<strong>mycket viktigt</strong>"), html);
        assertTrue(html.contains("<ul>\n<li>första punkten</li>\n<li>andra punkten</li>\n</ul>"), html);
        assertTrue(html.contains(
                "<a rel=\"nofollow noopener\" href=\"https://www.lansstyrelsen.se/vagledning?a=1&amp;b=2\">vägledningen</a>"),
                html);
    }

    @Test
    void headingsMoveDownTogetherUnderThePagesOwnHeadings() {
        String html = Markdown.toSafeHtml("# Manual\n\n## Före träffen\n\n###### Djupast", s -> s, 2);
        assertTrue(html.contains("<h2>Manual</h2>"), html);
        assertTrue(html.contains("<h3>Före träffen</h3>"), html);
        assertTrue(html.contains("<h6>Djupast</h6>"), html);
        // text whose headings are already low enough keeps them
        assertTrue(Markdown.toSafeHtml("## Lektionens del", s -> s, 2).contains("<h2>Lektionens del</h2>"));
        assertTrue(Markdown.toSafeHtml("## Lektionens del", s -> s, 3).contains("<h3>Lektionens del</h3>"));
    }

    @Test
    void relativeAndMailLinksAreKept() {
        assertTrue(Markdown.toSafeHtml("[Kurser](/kurser)").contains("href=\"/kurser\""));
        assertTrue(Markdown.toSafeHtml("[Skriv](mailto:stod@example.se)").contains("href=\"mailto:stod@example.se\""));
    }

    @Test
    void rawHtmlIsShownEscapedNotRun() {
        String html = Markdown.toSafeHtml("""
                Hej <script>alert(1)</script>

                <img src=x onerror=alert(2)>

                <div onclick="alert(3)">block</div>
                """);

        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<div"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt;"), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[x](javascript:alert(1))",
            "[x](JavaScript:alert(1))",
            "[x](&#106;avascript:alert(1))",
            "[x](<javascript:alert(1)>)",
            "[x](vbscript:msgbox(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<javascript:alert(1)>",
            "[x]\n\n[x]: javascript:alert(1)"})
    void unsafeLinkTargetsAreRemoved(String markdown) {
        assertNoUnsafeUrl(Markdown.toSafeHtml(markdown));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "![bild](javascript:alert(1))",
            "![bild](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "![bild](vbscript:msgbox(1))"})
    void unsafeImageSourcesAreRemoved(String markdown) {
        String html = Markdown.toSafeHtml(markdown);

        assertTrue(html.contains("<img src=\"\" alt=\"bild\""), html);
        assertNoUnsafeUrl(html);
    }

    @Test
    void nothingGivesNothing() {
        assertEquals("", Markdown.toSafeHtml(null));
        assertEquals("", Markdown.toSafeHtml(" \n\t "));
    }

    private static void assertNoUnsafeUrl(String html) {
        Matcher matcher = URL_ATTRIBUTE.matcher(html);
        while (matcher.find()) {
            String url = matcher.group(1).toLowerCase().replaceAll("\\s", "");
            assertFalse(url.startsWith("javascript:") || url.startsWith("vbscript:") || url.startsWith("data:"), html);
        }
    }
}
