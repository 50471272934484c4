package se.kunskapsnav.platform;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Turns Markdown that editors write into HTML that is safe to put in a page. */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            // raw HTML in the text is shown as text, never passed through
            .escapeHtml(true)
            .sanitizeUrls(true)
            // only these schemes and relative URLs survive; javascript:, data:, vbscript: and the rest become ""
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("rel", "nofollow noopener");
                }
            })
            .build();

    private static final TextContentRenderer PLAIN_TEXT = TextContentRenderer.builder().build();

    private Markdown() {
    }

    /** The text of a Markdown text without its marks, paragraphs on lines of their own (for search). */
    public static String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return PLAIN_TEXT.render(PARSER.parse(markdown));
    }

    public static String toSafeHtml(String markdown) {
        return toSafeHtml(markdown, UnaryOperator.identity(), 1);
    }

    /**
     * As {@link #toSafeHtml(String)}, with each link's destination first changed by {@code linkTargets}, and the
     * headings moved down together so the highest is at least {@code topLevel} (never below h6): text shown
     * under a page's own h1 or h2 keeps one h1 per page.
     */
    public static String toSafeHtml(String markdown, UnaryOperator<String> linkTargets, int topLevel) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = PARSER.parse(markdown);
        List<Heading> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                link.setDestination(linkTargets.apply(link.getDestination()));
                visitChildren(link);
            }

            @Override
            public void visit(Heading heading) {
                headings.add(heading);
                visitChildren(heading);
            }
        });
        int highest = headings.stream().mapToInt(Heading::getLevel).min().orElse(topLevel);
        int shift = Math.max(0, topLevel - highest);
        headings.forEach(heading -> heading.setLevel(Math.min(6, heading.getLevel() + shift)));
        return RENDERER.render(document);
    }
}
