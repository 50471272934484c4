package se.kunskapsnav.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts for people from the {@code messages} bundle, for code outside JSF pages (API problems, health). */
public final class Messages {

    public static final Locale SWEDISH = Locale.of("sv");
    public static final String BUNDLE = "messages";

    private Messages() {
    }

    public static String get(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, SWEDISH).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, SWEDISH).format(arguments);
    }

    /**
     * The message {@code key} for the field {@code field}, in words that say what to do there: a general key
     * such as {@code validation.required} ("Fyll i fältet.") has a text per field, {@code
     * validation.required.title} ("Skriv en titel."). The field's own text is looked up by its whole name with
     * row numbers left out ({@code sessions[2].start} as {@code sessions.start}), then by its last part
     * ({@code start}); the general text is the last resort.
     */
    public static String forField(String field, String key) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, SWEDISH);
        if (field != null) {
            String path = field.replaceAll("\\[\\d+]", ".").replaceAll("\\.+", ".").replaceAll("^\\.|\\.$", "");
            String last = path.substring(path.lastIndexOf('.') + 1);
            for (String candidate : new String[] {key + "." + path, key + "." + last}) {
                if (bundle.containsKey(candidate)) {
                    return bundle.getString(candidate);
                }
            }
        }
        return bundle.getString(key);
    }
}
