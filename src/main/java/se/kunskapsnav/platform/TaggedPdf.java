package se.kunskapsnav.platform;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A tagged PDF (PDF/UA-1) written from top to bottom: headings, paragraphs, pictures with alternative texts and
 * tables, each drawn inside the marked content of its own element of the structure tree (Document, H1, H2, P,
 * Figure, Table with TR, TH and TD), so that screen readers read it in order; page numbers and table rules
 * are artifacts. The document's title is shown instead of its file name, its language is set in the catalog and
 * the XMP metadata declares PDF/UA. OpenPDF's own layout ({@code Document.add}) writes untagged content, so the
 * text is laid out here with {@link ColumnText} on the page's direct content instead.
 */
public final class TaggedPdf {

    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfName TR = new PdfName("TR");
    private static final PdfName SCOPE = new PdfName("Scope");
    private static final float LEADING = 1.3f;
    private static final float CELL_PADDING = 4;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document;
    private final PdfWriter writer;
    private final PdfStructureElement root;
    private final float left;
    private final float right;
    private final float top;
    private final float bottom;
    private float y;

    /**
     * @param footer the text at the foot of page n (drawn as an artifact), or {@code null} for none
     */
    public TaggedPdf(Rectangle pageSize, float margin, String title, String language, BaseFont font,
                     IntFunction<String> footer) {
        this(pageSize, margin, margin, title, language, font, footer);
    }

    public TaggedPdf(Rectangle pageSize, float side, float topMargin, String title, String language, BaseFont font,
                     IntFunction<String> footer) {
        document = new Document(pageSize, side, side, topMargin, side);
        writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setTagged();
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        document.addTitle(title);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
        writer.setXmpMetadata(xmp(title, language));
        if (footer != null) {
            writer.setPageEvent(new PdfPageEventHelper() {
                @Override
                public void onEndPage(PdfWriter pages, Document ignored) {
                    PdfContentByte content = pages.getDirectContent();
                    content.beginMarkedContentSequence(ARTIFACT);
                    content.beginText();
                    content.setFontAndSize(font, 9);
                    content.setColorFill(new Color(0x59, 0x59, 0x59));
                    content.showTextAligned(Element.ALIGN_CENTER, footer.apply(pages.getPageNumber()),
                            pageSize.getWidth() / 2, side / 2, 0);
                    content.endText();
                    content.endMarkedContentSequence();
                }
            });
        }
        document.open();
        root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
        left = side;
        right = pageSize.getWidth() - side;
        top = pageSize.getHeight() - topMargin;
        bottom = side;
        y = top;
    }

    /** The writer, to make {@link PdfTemplate}s for {@link #figure}. */
    public PdfWriter writer() {
        return writer;
    }

    /** The width between the margins. */
    public float width() {
        return right - left;
    }

    /** Vertical space, never carried over to a new page. */
    public void space(float height) {
        y = Math.max(bottom, y - height);
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    public void keep(float height) {
        if (y - height < bottom && y < top) {
            newPage();
        }
    }

    /**
     * A block of text as the structure element {@code tag} ({@code H1}, {@code H2}, {@code P}), continued on the
     * next page when it does not fit.
     */
    public void text(String tag, String text, Font font, int alignment) {
        keep(font.getSize() * LEADING * 2);
        PdfStructureElement element = new PdfStructureElement(root, new PdfName(tag));
        ColumnText column = new ColumnText(writer.getDirectContent());
        column.setSimpleColumn(left, bottom, right, y);
        column.setLeading(0, LEADING);
        column.setAlignment(alignment);
        column.addText(new Phrase(text, font));
        while (true) {
            writer.getDirectContent().beginMarkedContentSequence(element);
            int status = column.go();
            writer.getDirectContent().endMarkedContentSequence();
            if (!ColumnText.hasMoreText(status)) {
                break;
            }
            newPage();
            column.setSimpleColumn(left, bottom, right, y);
        }
        y = column.getYLine();
    }

    /** A picture drawn in {@code template}, at the left margin, named for screen readers by {@code alt}. */
    public void figure(PdfTemplate template, String alt) {
        keep(template.getHeight());
        PdfStructureElement figure = new PdfStructureElement(root, PdfName.FIGURE);
        figure.put(PdfName.ALT, new PdfString(alt, PdfObject.TEXT_UNICODE));
        PdfContentByte content = writer.getDirectContent();
        content.beginMarkedContentSequence(figure);
        content.addTemplate(template, left, y - template.getHeight());
        content.endMarkedContentSequence();
        y -= template.getHeight();
    }

    /**
     * A table: a header row of column headings, then rows whose first cell heads its row; columns after the
     * first align right (figures). A table longer than the page continues on the next, its header drawn again
     * (as an artifact, so it is read once).
     *
     * @param widths relative widths of the columns
     */
    public void table(List<String> header, List<List<String>> rows, float[] widths, Font headerFont, Font cellFont,
                      Color headerBackground) {
        float total = 0;
        for (float width : widths) {
            total += width;
        }
        float[] columns = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            columns[i] = width() * widths[i] / total;
        }
        PdfStructureElement table = new PdfStructureElement(root, PdfName.TABLE);
        keep(rowHeight(header, columns, headerFont) + rowHeight(rows.isEmpty() ? header : rows.getFirst(), columns,
                cellFont));
        row(new PdfStructureElement(table, TR), header, columns, headerFont, headerBackground, true);
        for (List<String> cells : rows) {
            if (y - rowHeight(cells, columns, cellFont) < bottom) {
                newPage();
                row(null, header, columns, headerFont, headerBackground, true);
            }
            row(new PdfStructureElement(table, TR), cells, columns, cellFont, null, false);
        }
    }

    /** The finished document. */
    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    /** One row; {@code tr} is {@code null} for a repeated header, drawn as an artifact. */
    private void row(PdfStructureElement tr, List<String> cells, float[] columns, Font font, Color background,
                     boolean header) {
        PdfContentByte content = writer.getDirectContent();
        float height = rowHeight(cells, columns, font);
        float x = left;
        content.beginMarkedContentSequence(ARTIFACT);
        // the rules' colours must not become the text's
        content.saveState();
        if (background != null) {
            content.setColorFill(background);
            content.rectangle(left, y - height, width(), height);
            content.fill();
        }
        content.setColorStroke(new Color(0xd9, 0xd9, 0xd9));
        content.setLineWidth(0.5f);
        content.moveTo(left, y - height);
        content.lineTo(right, y - height);
        content.stroke();
        content.restoreState();
        content.endMarkedContentSequence();
        for (int i = 0; i < cells.size(); i++) {
            boolean heads = header || i == 0;
            if (tr == null) {
                content.beginMarkedContentSequence(ARTIFACT);
            } else {
                PdfStructureElement cell = new PdfStructureElement(tr, heads ? PdfName.TH : PdfName.TD);
                if (heads) {
                    PdfDictionary attributes = new PdfDictionary();
                    attributes.put(PdfName.O, PdfName.TABLE);
                    attributes.put(SCOPE, new PdfName(header ? "Column" : "Row"));
                    cell.put(PdfName.A, attributes);
                }
                content.beginMarkedContentSequence(cell);
            }
            ColumnText column = cellText(cells.get(i), font, i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT,
                    x, columns[i], y);
            column.go();
            content.endMarkedContentSequence();
            x += columns[i];
        }
        y -= height;
    }

    private float rowHeight(List<String> cells, float[] columns, Font font) {
        float height = 0;
        for (int i = 0; i < cells.size(); i++) {
            ColumnText column = cellText(cells.get(i), font, Element.ALIGN_LEFT, 0, columns[i], 10_000);
            column.go(true);
            height = Math.max(height, 10_000 - column.getYLine());
        }
        return height + CELL_PADDING * 2;
    }

    private ColumnText cellText(String text, Font font, int alignment, float x, float width, float rowTop) {
        ColumnText column = new ColumnText(writer.getDirectContent());
        column.setSimpleColumn(x + CELL_PADDING, rowTop - 10_000, x + width - CELL_PADDING, rowTop - CELL_PADDING);
        column.setLeading(0, LEADING);
        column.setAlignment(alignment);
        column.addText(new Phrase(text, font));
        return column;
    }

    private void newPage() {
        writer.setPageEmpty(false);
        document.newPage();
        y = top;
    }

    /** XMP metadata with the title and the PDF/UA-1 identification that checkers look for. */
    private static byte[] xmp(String title, String language) {
        String escaped = title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        String xml = """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
                <pdfuaid:part>1</pdfuaid:part>
                </rdf:Description>
                </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(escaped, language);
        return xml.getBytes(StandardCharsets.UTF_8);
    }
}
