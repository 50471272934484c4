package se.kunskapsnav.materials;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a {@code Range: bytes=…} request header (RFC 9110 §14): {@code a-b}, {@code a-} or the
 * last {@code n} bytes {@code -n}. Several ranges, or a header that is not about bytes, are answered with the
 * whole file, which the standard allows.
 */
public record ByteRange(long first, long last) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    /** What a request's Range header asks of a file of {@code size} bytes. */
    public sealed interface Request permits Whole, Part, Unsatisfiable {
    }

    /** No range, or one answered with the whole file. */
    public record Whole() implements Request {
    }

    public record Part(ByteRange range) implements Request {
    }

    /** A range beyond the end of the file: 416. */
    public record Unsatisfiable() implements Request {
    }

    public long length() {
        return last - first + 1;
    }

    public static Request of(String header, long size) {
        Matcher matcher = header == null ? null : SINGLE.matcher(header.strip());
        if (matcher == null || !matcher.matches() || matcher.group(1).isEmpty() && matcher.group(2).isEmpty()) {
            return new Whole();
        }
        if (matcher.group(1).isEmpty()) {
            long suffix = number(matcher.group(2));
            return suffix == 0 || size == 0 ? new Unsatisfiable()
                    : new Part(new ByteRange(Math.max(0, size - suffix), size - 1));
        }
        long first = number(matcher.group(1));
        if (first >= size) {
            return new Unsatisfiable();
        }
        long last = matcher.group(2).isEmpty() ? size - 1 : Math.min(number(matcher.group(2)), size - 1);
        // a last byte before the first makes the header invalid, and an invalid Range header is ignored
        return last < first ? new Whole() : new Part(new ByteRange(first, last));
    }

    /** Digits as a number; too many for a long is as good as "beyond any file". */
    private static long number(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
