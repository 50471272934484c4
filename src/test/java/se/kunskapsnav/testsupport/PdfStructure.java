package se.kunskapsnav.testsupport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A PDF's tags as PDFBox reads them, for tests of tagged (PDF/UA) documents. */
public final class PdfStructure {

    private final List<PDStructureElement> elements;

    private PdfStructure(List<PDStructureElement> elements) {
        this.elements = elements;
    }

    /**
     * Opens {@code pdf} and checks what every tagged PDF of the portal has: marked as tagged, a structure tree
     * under one Document element, the language, the title shown instead of the file name, PDF/UA named in its
     * metadata, and an alternative text on every figure.
     */
    public static PdfStructure checked(byte[] pdf, String title) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertNotNull(document.getDocumentCatalog().getMarkInfo(), "no MarkInfo");
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "MarkInfo /Marked is not true");
            assertEquals("sv-SE", document.getDocumentCatalog().getLanguage());
            assertEquals(title, document.getDocumentInformation().getTitle());
            assertTrue(document.getDocumentCatalog().getViewerPreferences().displayDocTitle(),
                    "the title, not the file name, in the window");
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), xmp);
            PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
            assertNotNull(root, "no StructTreeRoot");
            List<Object> top = root.getKids();
            assertEquals(1, top.size(), "one Document element at the top");
            PDStructureElement documentElement = (PDStructureElement) top.getFirst();
            assertEquals("Document", documentElement.getStructureType());
            List<PDStructureElement> elements = new ArrayList<>();
            collect(documentElement, elements);
            for (PDStructureElement element : elements) {
                if (element.getStructureType().equals("Figure")) {
                    String alt = element.getAlternateDescription();
                    assertFalse(alt == null || alt.isBlank(), "a Figure without /Alt");
                }
                assertNotNull(element.getCOSObject().getItem(COSName.K),
                        element.getStructureType() + " has no content");
            }
            return new PdfStructure(elements);
        }
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> elements) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                elements.add(element);
                collect(element, elements);
            }
        }
    }

    /** The structure types in reading order, e.g. H1, P, Table, TR, TH, TD. */
    public List<String> types() {
        return elements.stream().map(PDStructureElement::getStructureType).toList();
    }

    /** The figures' alternative texts, in reading order. */
    public List<String> alternativeTexts() {
        return elements.stream().filter(e -> e.getStructureType().equals("Figure"))
                .map(PDStructureElement::getAlternateDescription).toList();
    }

    /** How many elements of a type. */
    public long count(String type) {
        return elements.stream().filter(e -> e.getStructureType().equals(type)).count();
    }
}
