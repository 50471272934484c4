package se.kunskapsnav.networks;

import org.junit.jupiter.api.Test;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.testsupport.SampleFiles;
import se.kunskapsnav.testsupport.SamplePdfs;
import se.kunskapsnav.testsupport.SamplePdfs.Sample;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocumentRulesTest {

    private static final byte[] PDF = SampleFiles.pdf("Dagordning");
    private static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0};
    private static final byte[] PROGRAM = {'M', 'Z', (byte) 0x90, 0};

    @Test
    void documentsAreAcceptedByWhatTheyContainAndGetTheirMediaType() {
        assertEquals("application/pdf", DocumentRules.check("Dagordning.PDF", PDF).mediaType());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                DocumentRules.check("protokoll.docx", ZIP).mediaType());
        assertEquals("text/plain; charset=UTF-8",
                DocumentRules.check("anteckningar.txt", "Våld i nära relationer".getBytes(StandardCharsets.UTF_8))
                        .mediaType());
    }

    @Test
    void aRenamedProgramAnUnknownKindAnEmptyOrOversizedFileIsRefused() {
        assertEquals("document.contentMismatch", refusal("inbjudan.pdf", PROGRAM));
        assertEquals("document.contentMismatch", refusal("bild.png", PDF));
        assertEquals("document.contentMismatch", refusal("text.txt", new byte[] {'a', 0, 'b'}));
        assertEquals("document.kindNotAllowed", refusal("program.exe", PROGRAM));
        assertEquals("document.kindNotAllowed", refusal("utan-filandelse", PDF));
        assertEquals("document.empty", refusal("tom.pdf", new byte[0]));
        assertEquals("document.tooLarge", refusal("stor.txt", new byte[DocumentRules.MAX_BYTES + 1]));
        assertEquals("validation.required", refusal("", PDF));
    }

    @Test
    void aPdfWithActiveContentIsRefusedAndAnOrdinaryOneAccepted() {
        for (Sample pdf : SamplePdfs.active()) {
            assertEquals(pdf.refusalKey(), refusal("dagordning.pdf", pdf.content()), pdf.name());
        }
        for (Sample pdf : SamplePdfs.harmless()) {
            assertEquals("application/pdf", DocumentRules.check("dagordning.pdf", pdf.content()).mediaType(),
                    pdf.name());
        }
        assertEquals("file.pdf.damaged", refusal("trasig.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aFileNameLosesItsPathAndControlCharacters() {
        assertEquals("protokoll.pdf", DocumentRules.check("C:\\Users\\x\\..\\protokoll.pdf", PDF).fileName());
        assertEquals("protokoll.pdf", DocumentRules.check("../../etc/protokoll\r\n.pdf", PDF).fileName());
    }

    private static String refusal(String name, byte[] content) {
        return assertThrows(InvalidInputException.class, () -> DocumentRules.check(name, content))
                .fieldMessageKeys().get("file");
    }
}
