package se.kunskapsnav.courses;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import se.kunskapsnav.platform.MarkdownPdf;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.TaggedPdf;

import java.awt.Color;
import java.time.format.DateTimeFormatter;

/** Renders a certificate (of a course or the web course) as a one-page tagged A4 PDF in Swedish. */
public final class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Messages.SWEDISH);
    // ships inside OpenPDF; embedded so that names beyond Latin-1, such as Sami ŋ, render on every machine
    private static final Color GREY = new Color(0x55, 0x55, 0x55);

    private CertificatePdf() {
    }

    public static byte[] render(Certificate certificate) {
        BaseFont baseFont = MarkdownPdf.font();
        Font body = new Font(baseFont, 12);
        // a tagged PDF whose title is shown and whose Lang tells screen readers to read the text as Swedish
        TaggedPdf pdf = new TaggedPdf(PageSize.A4, 72, 96,
                Messages.get("certificate.documentTitle", certificate.courseTitle()), "sv-SE", baseFont, null);

        centred(pdf, "H1", Messages.get("certificate.title"), new Font(baseFont, 36), 36);
        centred(pdf, "P", certificate.statement(), new Font(baseFont, 22), 12);
        centred(pdf, "P", certificate.courseTitle(), new Font(baseFont, 18), 24);
        centred(pdf, "P", Messages.get("certificate.organiser", certificate.organiser()), body, 24);
        for (String detail : certificate.details()) {
            centred(pdf, "P", detail, body, 4);
        }
        pdf.space(12);
        centred(pdf, "P", certificate.summary(), body, 48);
        centred(pdf, "P", Messages.get("certificate.issued", DATE.format(certificate.issuedOn())), body, 4);
        centred(pdf, "P", Messages.get("certificate.reference", certificate.reference()),
                new Font(baseFont, 10, Font.NORMAL, GREY), 0);
        return pdf.finish();
    }

    private static void centred(TaggedPdf pdf, String tag, String text, Font font, float spacingAfter) {
        pdf.text(tag, text, font, Element.ALIGN_CENTER);
        pdf.space(spacingAfter);
    }
}
