package se.kunskapsnav.materials;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.testsupport.SampleFiles;
import se.kunskapsnav.testsupport.SamplePdfs;
import se.kunskapsnav.testsupport.SamplePdfs.Sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real files of every kind: what the content is decides, never the name alone. */
class UploadInspectorTest {

    private static final UploadInspector INSPECTOR = new UploadInspector();

    @TempDir
    Path folder;

    static Stream<Arguments> acceptedFiles() {
        return Stream.of(
                Arguments.of("rapport.pdf", SampleFiles.pdf("Våld i nära relationer"), FileKind.PDF),
                Arguments.of("rutin.docx", SampleFiles.docx("Rutin för att fråga om våld"), FileKind.DOCX),
                Arguments.of("rutin.odt", SampleFiles.odt("Rutin för att fråga om våld"), FileKind.ODT),
                Arguments.of("bilder.pptx", SampleFiles.pptx("Utbildningsdag"), FileKind.PPTX),
                Arguments.of("statistik.xlsx", SampleFiles.xlsx("Kommun"), FileKind.XLSX),
                Arguments.of("läs mig.txt", SampleFiles.txt("Kvinnofridslinjen 020-50 50 50"), FileKind.TXT),
                Arguments.of("bild.png", SampleFiles.png(), FileKind.PNG),
                Arguments.of("foto.JPG", SampleFiles.jpeg(), FileKind.JPEG),
                Arguments.of("animering.gif", SampleFiles.gif(), FileKind.GIF),
                Arguments.of("film.mp4", SampleFiles.mp4(), FileKind.MP4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedFiles")
    void accepts_each_allowed_kind_by_its_content(String name, byte[] content, FileKind kind) throws IOException {
        UploadInspector.Inspected inspected = INSPECTOR.inspect(write(content), "C:\\Users\\anna\\" + name);

        assertEquals(kind, inspected.kind());
        assertEquals(name, inspected.fileName(), "the name without the path the browser sent");
    }

    static Stream<Arguments> refusedFiles() {
        return Stream.of(
                Arguments.of("a renamed Windows program", "checklista.pdf", SampleFiles.windowsProgram(),
                        "material.file.program"),
                Arguments.of("a script called text", "anteckningar.txt", SampleFiles.shellScript(),
                        "material.file.program"),
                Arguments.of("a PDF called a Word document", "rutin.docx", SampleFiles.pdf("x"),
                        "material.file.mismatch"),
                Arguments.of("a Word document called a spreadsheet", "data.xlsx", SampleFiles.docx("x"),
                        "material.file.mismatch"),
                Arguments.of("a zip archive called a Word document", "rutin.docx", SampleFiles.zip(),
                        "material.file.archive"),
                Arguments.of("a zip archive", "paket.zip", SampleFiles.zip(), "material.file.kindNotAllowed"),
                Arguments.of("an image kind not accepted", "bild.svg", SampleFiles.txt("<svg/>"),
                        "material.file.kindNotAllowed"),
                Arguments.of("no extension", "rutin", SampleFiles.docx("x"), "material.file.kindNotAllowed"),
                Arguments.of("an empty file", "tom.pdf", new byte[0], "material.file.empty"),
                Arguments.of("a decompression bomb", "bomb.docx", SampleFiles.docxBomb(120), "material.file.bomb"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFiles")
    void refuses_with_a_message_at_the_file_field(String what, String name, byte[] content, String messageKey)
            throws IOException {
        Path file = write(content);

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> INSPECTOR.inspect(file, name));

        assertEquals(messageKey, refused.fieldMessageKeys().get("file"));
    }

    static Stream<Sample> activePdfs() {
        return SamplePdfs.active().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activePdfs")
    void refuses_a_pdf_with_active_content(Sample pdf) throws IOException {
        Path file = write(pdf.content());

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> INSPECTOR.inspect(file, "rutin.pdf"));

        assertEquals(pdf.refusalKey(), refused.fieldMessageKeys().get("file"));
    }

    static Stream<Sample> harmlessPdfs() {
        return SamplePdfs.harmless().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("harmlessPdfs")
    void accepts_a_pdf_with_links_bookmarks_or_a_form_without_scripts(Sample pdf) throws IOException {
        assertEquals(FileKind.PDF, INSPECTOR.inspect(write(pdf.content()), "rutin.pdf").kind());
    }

    @Test
    void refuses_a_pdf_it_cannot_check() throws IOException {
        byte[] damaged = Arrays.copyOf(SampleFiles.pdf("Trasig"), 40);
        assertEquals("file.pdf.damaged", refusal(damaged));
        assertEquals("file.pdf.encrypted", refusal(SamplePdfs.passwordProtected()));
        byte[] bomb = SamplePdfs.bomb(120);
        assertTrue(bomb.length < 1024 * 1024, "a PDF bomb is a small upload: " + bomb.length);
        assertEquals("file.pdf.tooLarge", refusal(bomb));
    }

    private String refusal(byte[] pdf) throws IOException {
        Path file = write(pdf);
        return assertThrows(InvalidInputException.class, () -> INSPECTOR.inspect(file, "rutin.pdf"))
                .fieldMessageKeys().get("file");
    }

    @Test
    void the_bomb_is_small_packed() {
        assertTrue(SampleFiles.docxBomb(120).length < 1024 * 1024, "a bomb is a small upload");
    }

    @Test
    void extracts_the_text_of_documents_and_marks_images_as_having_none() throws IOException {
        assertEquals("Fråga om våld", TextExtraction.extract(write(SampleFiles.docx("Fråga om våld")), FileKind.DOCX)
                .text());
        assertTrue(TextExtraction.extract(write(SampleFiles.pdf("Skyddat boende")), FileKind.PDF).text()
                .contains("Skyddat boende"));
        assertTrue(TextExtraction.extract(write(SampleFiles.odt("Lättläst")), FileKind.ODT).text()
                .contains("Lättläst"));
        assertTrue(TextExtraction.extract(write(SampleFiles.pptx("Bildspel")), FileKind.PPTX).text()
                .contains("Bildspel"));
        assertEquals(TextStatus.NO_TEXT, TextExtraction.extract(write(SampleFiles.png()), FileKind.PNG).status());
    }

    @Test
    void a_document_whose_text_cannot_be_read_is_marked_failed() throws IOException {
        byte[] pdf = SampleFiles.pdf("Hel");
        byte[] broken = Arrays.copyOf(pdf, 20);

        assertEquals(TextStatus.FAILED, TextExtraction.extract(write(broken), FileKind.PDF).status());
    }

    private Path write(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(folder, "upload", ".part"), content);
    }
}
