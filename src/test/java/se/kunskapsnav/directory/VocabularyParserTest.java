package se.kunskapsnav.directory;

import org.junit.jupiter.api.Test;
import se.kunskapsnav.geography.ReferenceDataException;
import se.kunskapsnav.platform.ContentFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyParserTest {

    private static final String SECTORS = "code,name\nsocialtjanst,Socialtjänst\n";

    @Test
    void theRepositoryVocabulariesAreValid() throws IOException {
        Path taxonomy = Path.of("content", "taxonomy");
        Vocabulary vocabulary = VocabularyParser.parse(
                new ContentFile("professions.csv", Files.readString(taxonomy.resolve("professions.csv"))),
                new ContentFile("sectors.csv", Files.readString(taxonomy.resolve("sectors.csv"))));
        assertEquals(37, vocabulary.professions().size());
        assertEquals(7, vocabulary.sectors().size());
        assertTrue(vocabulary.professions().stream().anyMatch(p -> p.name().equals("Kvinnofridssamordnare/samordnare")));
    }

    @Test
    void badLinesAreAllReportedWithFileAndLine() {
        ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> VocabularyParser.parse(
                new ContentFile("professions.csv", """
                        code,name,area
                        kurator,Kurator,halso-och-sjukvard
                        kurator,Kurator igen,halso-och-sjukvard
                        Läkare,Läkare,halso-och-sjukvard
                        polis,Polis,rattsvasende
                        """),
                new ContentFile("sectors.csv", SECTORS)));
        assertEquals(3, e.problems().size(), e.getMessage());
        assertEquals("professions.csv:3: duplicate code kurator", e.problems().get(0));
        assertTrue(e.problems().get(1).startsWith("professions.csv:4: code 'Läkare'"));
        assertTrue(e.problems().get(2).startsWith("professions.csv:5: area 'rattsvasende'"));
    }

    @Test
    void everyOrganisationTypeHasASwedishLabel() {
        ResourceBundle swedish = ResourceBundle.getBundle("messages", Locale.of("sv"));
        Arrays.stream(OrganisationType.values())
                .forEach(type -> assertTrue(swedish.containsKey(type.messageKey()), type.name()));
    }
}
