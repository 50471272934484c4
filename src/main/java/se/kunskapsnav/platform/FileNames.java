package se.kunskapsnav.platform;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The name an uploaded file is kept and offered under. */
public final class FileNames {

    private FileNames() {
    }

    /**
     * The last part of a path a browser or script sent (some send the whole path), without control
     * characters, at most 200 characters (the end, which holds the extension).
     */
    public static String clean(String given) {
        if (given == null) {
            return "";
        }
        String name = given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }

    /**
     * The file name of a multipart part's Content-Disposition header as the multipart reader hands it over
     * (each byte one ISO-8859-1 character), or "" when there is none. {@code filename*} (RFC 8187, UTF-8 or
     * ISO-8859-1) wins; otherwise {@code filename} is read as the UTF-8 that browsers and curl send (RFC 7578),
     * or as ISO-8859-1 when its bytes are not UTF-8 (an old client), with {@code %22} (how browsers and curl
     * write a quote) and {@code \"} read as a quote.
     */
    public static String fromContentDisposition(String header) {
        if (header == null) {
            return "";
        }
        Map<String, String> parameters = parameters(header);
        Optional<String> extended = Optional.ofNullable(parameters.get("filename*")).flatMap(FileNames::extendedValue);
        if (extended.isPresent()) {
            return extended.get();
        }
        String plain = parameters.get("filename");
        return plain == null ? "" : utf8IfItIs(plain).replace("%22", "\"");
    }

    /** The parameters after the disposition type, names in lower case, quoted values unquoted. */
    private static Map<String, String> parameters(String header) {
        Map<String, String> parameters = new HashMap<>();
        int at = header.indexOf(';');
        while (at >= 0 && at < header.length()) {
            int equals = header.indexOf('=', at);
            int semicolon = header.indexOf(';', at + 1);
            if (equals < 0 || (semicolon >= 0 && semicolon < equals)) {
                at = semicolon;
                continue;
            }
            String name = header.substring(at + 1, equals).strip().toLowerCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            int next = equals + 1;
            while (next < header.length() && header.charAt(next) == ' ') {
                next++;
            }
            if (next < header.length() && header.charAt(next) == '"') {
                next++;
                while (next < header.length() && header.charAt(next) != '"') {
                    char c = header.charAt(next);
                    boolean escaped = c == '\\' && next + 1 < header.length()
                            && (header.charAt(next + 1) == '"' || header.charAt(next + 1) == '\\');
                    value.append(escaped ? header.charAt(++next) : c);
                    next++;
                }
                at = header.indexOf(';', next);
            } else {
                int end = header.indexOf(';', next);
                value.append(header, next, end < 0 ? header.length() : end);
                at = end;
            }
            parameters.putIfAbsent(name, value.toString().strip());
        }
        return parameters;
    }

    /** An RFC 8187 value, {@code charset'language'percent-encoded}; empty when it cannot be read. */
    private static Optional<String> extendedValue(String value) {
        String[] parts = value.split("'", 3);
        if (parts.length < 3) {
            return Optional.empty();
        }
        try {
            Charset charset = Charset.forName(parts[0].strip());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            String encoded = parts[2];
            for (int i = 0; i < encoded.length(); i++) {
                char c = encoded.charAt(i);
                if (c == '%' && i + 2 < encoded.length()) {
                    bytes.write(HexFormat.fromHexDigits(encoded, i + 1, i + 3));
                    i += 2;
                } else {
                    bytes.write(c);
                }
            }
            return Optional.of(charset.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray())).toString())
                    .filter(name -> !name.isBlank());
        } catch (IllegalArgumentException | CharacterCodingException e) {
            // an unknown charset, a bad percent-escape or bytes that are not in the charset
            return Optional.empty();
        }
    }

    /** Characters that are bytes (ISO-8859-1) read again as UTF-8 when they are UTF-8, else as they are. */
    private static String utf8IfItIs(String text) {
        if (text.chars().anyMatch(c -> c > 0xFF)) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return text;
        }
    }

    /**
     * A Content-Disposition header: {@code inline} to show the file in the browser or {@code attachment} to
     * save it, with an ASCII name for old clients and the real name (RFC 6266, RFC 8187) for the rest.
     */
    public static String contentDisposition(boolean inline, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A file's size for people: "812 byte", "34 kB", "1,2 MB". */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return Messages.get("file.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return Messages.get("file.size.kilobytes", Math.round(bytes / 1024.0));
        }
        return Messages.get("file.size.megabytes", bytes / (1024.0 * 1024.0));
    }
}
