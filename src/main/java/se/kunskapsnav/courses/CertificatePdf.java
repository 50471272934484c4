package se.kunskapsnav.courses;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import se.kunskapsnav.platform.MarkdownPdf;
import se.kunskapsnav.platform.Messages;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;

/** Renders a certificate (of a course or the web course) as a one-page A4 PDF in Swedish. */
public final class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Messages.SWEDISH);
    // ships inside OpenPDF; embedded so that names beyond Latin-1, such as Sami ŋ, render on every machine
    private static final Color GREY = new Color(0x55, 0x55, 0x55);

    private CertificatePdf() {
    }

    public static byte[] render(Certificate certificate) {
        BaseFont baseFont = MarkdownPdf.font();
        Font heading = new Font(baseFont, 36);
        Font name = new Font(baseFont, 22);
        Font body = new Font(baseFont, 12);
        Font small = new Font(baseFont, 10, Font.NORMAL, GREY);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 72, 72, 96, 72);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(Messages.get("certificate.documentTitle", certificate.courseTitle()));
        document.addAuthor(certificate.organiser());
        // the catalog's Lang tells screen readers to read the text as Swedish
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("sv-SE"));
        document.open();

        document.add(centred(Messages.get("certificate.title"), heading, 36));
        document.add(centred(certificate.statement(), name, 12));
        document.add(centred(certificate.courseTitle(), new Font(baseFont, 18), 24));
        document.add(centred(Messages.get("certificate.organiser", certificate.organiser()), body, 24));
        for (String detail : certificate.details()) {
            document.add(centred(detail, body, 4));
        }
        Paragraph total = centred(certificate.summary(), body, 48);
        total.setSpacingBefore(12);
        document.add(total);
        document.add(centred(Messages.get("certificate.issued", DATE.format(certificate.issuedOn())), body, 4));
        document.add(centred(Messages.get("certificate.reference", certificate.reference()), small, 0));

        document.close();
        return out.toByteArray();
    }

    private static Paragraph centred(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }
}
