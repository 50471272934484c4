package se.kunskapsnav.materials;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The national materials the portal ships, and what a broken folder is told. */
class MaterialSeedParserTest {

    private static final Path SHIPPED = Path.of("content", "material");

    @TempDir
    Path folder;

    @Test
    void theShippedMaterialsParseAndEveryFilePassesTheUploadChecks() throws IOException {
        List<MaterialSeed> seeds = MaterialSeedParser.parse(MaterialSeedParserTest::shipped);

        assertEquals(6, seeds.size());
        UploadInspector inspector = new UploadInspector();
        for (MaterialSeed seed : seeds) {
            assertTrue(seed.input().summary().length() > 100, seed.folder() + " has a summary");
            assertEquals(Visibility.PUBLIC.code(), seed.input().visibilityCode());
            for (MaterialSeed.SeedFile file : seed.files()) {
                Path written = Files.write(folder.resolve(file.fileName()), file.content());
                UploadInspector.Inspected inspected = inspector.inspect(written, file.fileName());
                assertTrue(inspected.kind() == FileKind.PDF || inspected.kind() == FileKind.TXT, file.fileName());
                assertEquals(TextStatus.EXTRACTED, TextExtraction.extract(written, inspected.kind()).status(),
                        file.fileName() + " has text for search");
            }
        }
    }

    @Test
    void aMarkdownFileBecomesAPdfWithItsText() throws IOException {
        MaterialSeed checklist = MaterialSeedParser.parse(MaterialSeedParserTest::shipped).stream()
                .filter(seed -> seed.folder().equals("checklista-fraga-om-vald")).findFirst().orElseThrow();

        MaterialSeed.SeedFile pdf = checklist.files().getFirst();
        assertEquals("checklista-fraga-om-vald.pdf", pdf.fileName());
        Path written = Files.write(folder.resolve(pdf.fileName()), pdf.content());
        String text = TextExtraction.extract(written, FileKind.PDF).text();
        assertTrue(text.contains("Innan du frågar"), "the heading, with its Swedish letters");
        assertTrue(text.contains("Fråga bara när personen är ensam med dig"), "a list item");
    }

    @Test
    void everyProblemIsReportedWithItsFile() {
        Map<String, String> files = Map.of(
                MaterialSeedParser.INDEX, "bra\nTrasig Mapp\nsaknas\nutan-slut\n",
                "bra/material.md", """
                        ---
                        titel: Rutin: så gör vi
                        typ: rutinmall
                        publicerad: 2026-01-01
                        sprak: sv
                        filer: rutin.txt, borta.md
                        ---
                        Sammanfattning.""",
                "bra/rutin.txt", "Rutin",
                "utan-slut/material.md", "---\ntitel: x\n");

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> MaterialSeedParser.parse(path -> Optional.ofNullable(files.get(path))));

        assertTrue(e.getMessage().contains("bra/borta.md: listed in bra/material.md but missing"), e.getMessage());
        assertTrue(e.getMessage().contains("index.txt:2: 'Trasig Mapp' is not a folder name"), e.getMessage());
        assertTrue(e.getMessage().contains("saknas/material.md: missing"), e.getMessage());
        assertTrue(e.getMessage().contains("utan-slut/material.md: front matter is not closed"), e.getMessage());
    }

    private static Optional<String> shipped(String path) {
        Path file = SHIPPED.resolve(path);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
