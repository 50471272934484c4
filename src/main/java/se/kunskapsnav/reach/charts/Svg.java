package se.kunskapsnav.reach.charts;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Writes SVG text: elements with presentation attributes only (the content security policy forbids inline
 * {@code style}), every text escaped. The root is {@code role="img"} named by its {@code <title>} and
 * {@code <desc>}, with a viewBox so it scales; {@code width} and {@code height} give its natural size.
 */
final class Svg {

    static final String FONT = "Arial, 'Liberation Sans', Helvetica, sans-serif";

    private static final DecimalFormat NUMBER = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT));

    private final StringBuilder out = new StringBuilder();

    private Svg() {
    }

    /** Elements without a root, to be placed inside another SVG ({@link #fragmentText()}). */
    static Svg fragment() {
        return new Svg();
    }

    String fragmentText() {
        return out.toString();
    }

    /** Opens the root element of a picture read as one image; {@link #finish()} closes it. */
    Svg(double width, double height, ChartCaption caption) {
        this(width, height, caption, false);
    }

    /**
     * Opens the root element; {@link #finish()} closes it. A picture whose parts can be reached one by one is a
     * named group (an image's parts would be hidden from screen readers).
     */
    Svg(double width, double height, ChartCaption caption, boolean parts) {
        String title = caption.id() + "-title";
        String desc = caption.id() + "-desc";
        open("svg", "xmlns", "http://www.w3.org/2000/svg", "id", caption.id(), "class", "kn-chart",
                "viewBox", "0 0 " + number(width) + " " + number(height),
                "width", number(width), "height", number(height),
                "role", parts ? "group" : "img", "aria-labelledby", parts ? title : title + " " + desc,
                "aria-describedby", parts ? desc : null,
                "font-family", FONT, "font-size", "13", "fill", Palette.TEXT);
        element("title", caption.title(), "id", title);
        element("desc", caption.description(), "id", desc);
    }

    /** An opening tag; attributes come as name, value pairs (a {@code null} value leaves the attribute out). */
    Svg open(String name, String... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Svg close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** An element without content. */
    Svg empty(String name, String... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** An element with text content. */
    Svg element(String name, String text, String... attributes) {
        open(name, attributes);
        out.append(escape(text));
        return close(name);
    }

    String finish() {
        close("svg");
        return out.toString();
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("Attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
    }

    static String number(double value) {
        synchronized (NUMBER) {
            return NUMBER.format(value);
        }
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    // characters XML 1.0 does not allow are left out
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /**
     * About how wide a text is in a sans-serif font, for laying out labels; generous, so that what fits here
     * fits in the browser.
     */
    static double textWidth(String text, double fontSize) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("ijlI.,:;'|!".indexOf(c) >= 0) {
                width += 0.3;
            } else if ("frt() -".indexOf(c) >= 0) {
                width += 0.38;
            } else if ("mwMWÅÄÖ%".indexOf(c) >= 0 || Character.isUpperCase(c)) {
                width += 0.75;
            } else {
                width += 0.58;
            }
        }
        return width * fontSize;
    }
}
