package se.kunskapsnav.platform;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageBundlesTest {

    private final ResourceBundle swedish = ResourceBundle.getBundle(Messages.BUNDLE, Messages.SWEDISH);
    private final ResourceBundle english = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);

    @Test
    void swedishAndEnglishHaveTheSameKeys() {
        Set<String> swedishKeys = new TreeSet<>(swedish.keySet());
        Set<String> englishKeys = new TreeSet<>(english.keySet());
        assertEquals(swedishKeys, englishKeys);
    }

    @Test
    void noTextIsEmpty() {
        for (ResourceBundle bundle : new ResourceBundle[] {swedish, english}) {
            for (String key : bundle.keySet()) {
                assertFalse(bundle.getString(key).isBlank(), key + " is empty in " + bundle.getLocale());
            }
        }
    }

    @Test
    void aFieldsOwnTextSaysWhatToDoThereAndTheGeneralTextIsTheLastResort() {
        assertEquals("Skriv en titel.", Messages.forField("title", "validation.required"));
        assertEquals("Skriv datum och tid när tillfället slutar.",
                Messages.forField("sessions[2].end", "validation.required"));
        assertEquals("Skriv datum och tid när det slutar.", Messages.forField("meeting.end", "validation.required"));
        assertEquals(Messages.get("validation.required"), Messages.forField("okänt", "validation.required"));
        assertEquals(Messages.get("validation.email"), Messages.forField("email", "validation.email"));
    }

    @Test
    void swedishTextsAreSwedish() {
        assertEquals("Hoppa till innehållet", Messages.get("layout.skipToContent"));
        assertEquals("Det finns inget län med koden 'ZZ'. Ange länskod (t.ex. 01) eller länsbokstav (t.ex. AB).",
                Messages.get("problem.county.notFound", "ZZ"));
        assertTrue(english.getString("layout.skipToContent").startsWith("Skip"));
    }
}
