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
}
