package se.kunskapsnav.platform;

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
}
