package se.kunskapsnav.platform;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kunskapsnav.testsupport.SamplePdfs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What checking a PDF for active content costs, on files an editor uploads and on the ones it must refuse: a
 * one-page document, 300 pages of text with a link on each, 45 MB of images that do not compress (close to the
 * 50 MB upload limit: every byte is unpacked once before parsing), 20 000 link annotations, and a bomb of about
 * 1 MB that unpacks to 1 GB. Times are the median of {@link #RUNS} runs after {@link #WARM_UP}; no time is asserted.
 * Run: {@code ./mvnw -Pbenchmark verify -Dit.test=PdfInspectionBenchmark -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false}; the table goes to the console and target/benchmark/pdf-inspection.md.
 */
class PdfInspectionBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 7;

    @TempDir
    Path folder;

    private record Case(String name, Path file, Optional<PdfActiveContent.Finding> expected) {
    }

    @Test
    void timesTheInspectionOfTypicalAndHostilePdfs() throws IOException {
        List<Case> cases = List.of(
                new Case("one page", write("one", SamplePdfs.withLinks()), Optional.empty()),
                new Case("300 pages of text, a link on each", write("text", textPages(300)), Optional.empty()),
                new Case("45 MB of images that do not compress", write("images", images(45)), Optional.empty()),
                new Case("20 000 link annotations", write("links", links(20_000)), Optional.empty()),
                new Case("a bomb: 1 GB of zeros packed", write("bomb", SamplePdfs.bomb(1024)),
                        Optional.of(PdfActiveContent.Finding.TOO_LARGE)));
        StringBuilder table = new StringBuilder("| PDF | Size | Median | Slowest |\n|---|---|---|---|\n");
        for (Case pdf : cases) {
            long[] nanos = new long[RUNS];
            for (int run = -WARM_UP; run < RUNS; run++) {
                long start = System.nanoTime();
                Optional<PdfActiveContent.Finding> found = PdfActiveContent.find(pdf.file());
                long took = System.nanoTime() - start;
                assertEquals(pdf.expected(), found, pdf.name());
                if (run >= 0) {
                    nanos[run] = took;
                }
            }
            Arrays.sort(nanos);
            table.append(String.format(Locale.ROOT, "| %s | %.1f MB | %.0f ms | %.0f ms |%n", pdf.name(),
                    Files.size(pdf.file()) / 1e6, nanos[RUNS / 2] / 1e6, nanos[RUNS - 1] / 1e6));
        }
        System.out.println(table);
        Path report = Path.of("target", "benchmark", "pdf-inspection.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table);
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name + ".pdf"), content);
    }

    private static byte[] textPages(int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream contents = new PDPageContentStream(document, page)) {
                    contents.beginText();
                    contents.setFont(font, 10);
                    contents.newLineAtOffset(50, 780);
                    contents.setLeading(12);
                    for (int line = 0; line < 60; line++) {
                        contents.showText("Rad " + line + " om att fråga om våld i nära relationer, sida " + i);
                        contents.newLine();
                    }
                    contents.endText();
                }
                page.getAnnotations().add(link(i));
            }
            return save(document);
        }
    }

    private static byte[] images(int megabytes) throws IOException {
        Random random = new Random(45);
        byte[] noise = new byte[1024 * 1024];
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < megabytes; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                PDStream stream = new PDStream(document);
                try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    random.nextBytes(noise);
                    out.write(noise);
                }
                page.getCOSObject().setItem(COSName.getPDFName("PieceInfo"), stream);
            }
            return save(document);
        }
    }

    private static byte[] links(int count) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            List<PDAnnotation> annotations = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                annotations.add(link(i));
            }
            page.setAnnotations(annotations);
            return save(document);
        }
    }

    private static PDAnnotationLink link(int number) {
        PDActionURI uri = new PDActionURI();
        uri.setURI("https://www.kunskapsnav.se/material/" + number);
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(50, 50, 100, 12));
        link.setAction(uri);
        return link;
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
