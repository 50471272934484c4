package se.kunskapsnav.reach.charts;

import java.awt.Color;

/**
 * The charts' colours, shared by the SVG pictures and the PDF report. The map's classes are one blue that
 * grows darker (so they differ in lightness, also in grey and for colour-blind readers); small counts hidden
 * as "fewer than 5" are hatched in a different hue. Text is near black on white (more than 15:1); bars and
 * lines have at least 4.5:1 against white.
 */
final class Palette {

    static final String TEXT = "#1a1a1a";
    /** Axis labels and notes: 7.0:1 on white. */
    static final String MUTED = "#595959";
    static final String GRID = "#d9d9d9";
    static final String BAR = "#2166ac";
    static final String LINE = "#08519c";
    static final String WHITE = "#ffffff";
    /** The PDF tables' header rows, behind near-black text. */
    static final String HEADER = "#dbe8f5";

    /**
     * The reached classes, lightest (fewest) first; even the lightest has 3.4:1 against white (the page and the
     * borders between areas), as WCAG 1.4.11 asks of graphics: 3.4, 5.6, 9.2 and 15.4 to 1.
     */
    static final String[] CLASSES = {"#4f8fcc", "#2c6aa8", "#17497c", "#08244a"};
    static final String NOT_REACHED = WHITE;
    /** Outline of a not-reached area: 5.0:1 on white. */
    static final String NOT_REACHED_STROKE = "#6f6f6f";
    static final String OUTSIDE = "#e4e4e4";
    static final String HATCH_BACKGROUND = "#fee6ce";
    static final String HATCH = "#a63603";
    static final String BORDER = "#1a1a1a";

    private Palette() {
    }

    static Color color(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
