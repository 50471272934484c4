package se.kunskapsnav.platform;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A short document written in Markdown (headings, paragraphs, bullet and numbered lists, bold and italics)
 * as an A4 PDF with the font embedded, a title and the language set, so screen readers read it as Swedish
 * (or the language given). Used for the certificate's font and for the national materials the portal ships.
 */
public final class MarkdownPdf {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final float BODY = 11;

    private MarkdownPdf() {
    }

    /** The font that ships with OpenPDF, with every Swedish letter. */
    public static BaseFont font() {
        try {
            return BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + FONT + " is missing from OpenPDF", e);
        }
    }

    /** {@code language} as in BCP 47, e.g. {@code sv-SE} or {@code en}. */
    public static byte[] render(String title, String markdown, String language) {
        BaseFont font = font();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 64, 64, 64, 64);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(title);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
        document.open();
        Node root = Parser.builder().build().parse(markdown);
        for (Node block = root.getFirstChild(); block != null; block = block.getNext()) {
            document.add(block(block, font));
        }
        document.close();
        return out.toByteArray();
    }

    private static com.lowagie.text.Element block(Node block, BaseFont font) {
        if (block instanceof Heading heading) {
            float size = switch (heading.getLevel()) {
                case 1 -> 20;
                case 2 -> 15;
                default -> 13;
            };
            Paragraph paragraph = inline(block, new Font(font, size, Font.BOLD));
            paragraph.setSpacingBefore(heading.getLevel() == 1 ? 0 : 10);
            paragraph.setSpacingAfter(6);
            return paragraph;
        }
        if (block instanceof BulletList || block instanceof OrderedList) {
            List list = new List(block instanceof OrderedList, 16);
            if (block instanceof BulletList) {
                list.setListSymbol(new Chunk("\u2022  ", new Font(font, BODY)));
            }
            for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                ListItem listItem = new ListItem();
                for (Node part = item.getFirstChild(); part != null; part = part.getNext()) {
                    listItem.add(inline(part, new Font(font, BODY)));
                }
                list.add(listItem);
            }
            Paragraph paragraph = new Paragraph();
            paragraph.add(list);
            paragraph.setSpacingAfter(6);
            return paragraph;
        }
        Paragraph paragraph = inline(block, new Font(font, BODY));
        paragraph.setSpacingAfter(6);
        return paragraph;
    }

    /** A block's text with its bold and italic runs. */
    private static Paragraph inline(Node block, Font font) {
        Paragraph paragraph = new Paragraph();
        paragraph.setLeading(font.getSize() * 1.35f);
        addInline(block, font, paragraph);
        return paragraph;
    }

    private static void addInline(Node node, Font font, Paragraph paragraph) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            switch (child) {
                case Text text -> paragraph.add(new Chunk(text.getLiteral(), font));
                case Code code -> paragraph.add(new Chunk(code.getLiteral(), font));
                case SoftLineBreak ignored -> paragraph.add(new Chunk(" ", font));
                case HardLineBreak ignored -> paragraph.add(Chunk.NEWLINE);
                case StrongEmphasis strong -> addInline(strong, styled(font, Font.BOLD), paragraph);
                case Emphasis emphasis -> addInline(emphasis, styled(font, Font.ITALIC), paragraph);
                default -> addInline(child, font, paragraph);
            }
        }
    }

    private static Font styled(Font font, int style) {
        return new Font(font.getBaseFont(), font.getSize(), font.getStyle() | style);
    }
}
