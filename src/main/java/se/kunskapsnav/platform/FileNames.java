package se.kunskapsnav.platform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

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
