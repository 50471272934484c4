package se.kunskapsnav.testsupport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionSubmitForm;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDAnnotationAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * PDFs made with PDFBox: one for each kind of active content a PDF can carry (scripts, actions that run by
 * themselves or reach outside, embedded files) and harmless ones with links, bookmarks and a form.
 */
public final class SamplePdfs {

    private static final String SCRIPT = "app.alert('Hej');";

    private SamplePdfs() {
    }

    /** What a PDF holds, the PDF, and the message key of its refusal (null for a harmless one). */
    public record Sample(String name, byte[] content, String refusalKey) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** PDFs with one kind of active content each. */
    public static List<Sample> active() {
        return List.of(
                new Sample("document-level JavaScript", withJavaScriptNameTree(), "file.pdf.script"),
                new Sample("JavaScript in a link's action", withLinkAction(new PDActionJavaScript(SCRIPT)),
                        "file.pdf.script"),
                new Sample("JavaScript on opening", opening(new PDActionJavaScript(SCRIPT)), "file.pdf.script"),
                new Sample("JavaScript in an annotation's additional action", withAnnotationAdditional(
                        new PDActionJavaScript(SCRIPT)), "file.pdf.script"),
                new Sample("a javascript: link", withLinkAction(uri("javascript:app.alert(1)")), "file.pdf.script"),
                new Sample("a dynamic XFA form", withXfa(), "file.pdf.script"),
                new Sample("JavaScript, uncompressed", uncompressed(withJavaScriptNameTree()), "file.pdf.script"),
                new Sample("a Launch action", withLinkAction(launch()), "file.pdf.outsideAction"),
                new Sample("a form that submits", withLinkAction(submit()), "file.pdf.outsideAction"),
                new Sample("a link to a local file", withLinkAction(uri("file:///C:/Windows/calc.exe")),
                        "file.pdf.outsideAction"),
                new Sample("a web page opened on opening", opening(uri("https://exempel.se/")),
                        "file.pdf.automaticAction"),
                new Sample("an annotation's additional action", withAnnotationAdditional(
                        uri("https://exempel.se/")), "file.pdf.automaticAction"),
                new Sample("a page's additional action", withPageAdditional(), "file.pdf.automaticAction"),
                new Sample("embedded files", withEmbeddedFiles(), "file.pdf.embedded"),
                new Sample("a file attachment annotation", withFileAttachment(), "file.pdf.embedded"));
    }

    /** PDFs that only show pages, with the links, bookmarks and forms ordinary documents have. */
    public static List<Sample> harmless() {
        return List.of(
                new Sample("links to a web page, an e-mail address and a page", withLinks(), null),
                new Sample("bookmarks and opening at the first page", withBookmarks(), null),
                new Sample("a form without scripts", withForm(), null),
                new Sample("a printing restriction (owner password only)", encrypted("", "agare"), null));
    }

    /** A PDF that only opens with a password. */
    public static byte[] passwordProtected() {
        return encrypted("hemligt", "agare");
    }

    /** A PDF whose one content stream unpacks to {@code megabytes} of zeros. */
    public static byte[] bomb(int megabytes) {
        return save(document -> {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDStream contents = new PDStream(document);
            try (OutputStream out = contents.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] zeros = new byte[1024 * 1024];
                for (int i = 0; i < megabytes; i++) {
                    out.write(zeros);
                }
            }
            page.setContents(contents);
        });
    }

    public static byte[] withJavaScriptNameTree() {
        return save(document -> {
            page(document, "Skript när dokumentet öppnas");
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("start", new PDActionJavaScript(SCRIPT)));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setJavascript(scripts);
            document.getDocumentCatalog().setNames(names);
        });
    }

    public static byte[] withEmbeddedFiles() {
        return save(document -> {
            page(document, "Bifogad fil");
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("program.exe", embedded(document, "program.exe")));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
        });
    }

    public static byte[] withLinks() {
        return save(document -> {
            PDPage page = page(document, "Läs mer på webben");
            PDAnnotationLink web = link(uri("https://www.kunskapsnav.se/material"));
            PDAnnotationLink mail = link(uri("mailto:kvinnofrid@exempel.se"));
            PDActionGoTo goTo = new PDActionGoTo();
            PDPageFitDestination destination = new PDPageFitDestination();
            destination.setPage(page);
            goTo.setDestination(destination);
            PDAnnotationLink internal = link(goTo);
            page.getAnnotations().addAll(List.of(web, mail, internal));
        });
    }

    private static byte[] withBookmarks() {
        return save(document -> {
            PDPage page = page(document, "Innehåll");
            PDPageFitDestination first = new PDPageFitDestination();
            first.setPage(page);
            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle("Kapitel 1");
            item.setDestination(first);
            outline.addLast(item);
            document.getDocumentCatalog().setDocumentOutline(outline);
            document.getDocumentCatalog().setOpenAction(first);
        });
    }

    private static byte[] withForm() {
        return save(document -> {
            PDPage page = page(document, "Anmälan");
            PDAcroForm form = new PDAcroForm(document);
            document.getDocumentCatalog().setAcroForm(form);
            PDTextField name = new PDTextField(form);
            name.setPartialName("namn");
            PDAnnotationWidget widget = name.getWidgets().getFirst();
            widget.setRectangle(new PDRectangle(50, 600, 200, 20));
            widget.setPage(page);
            page.getAnnotations().add(widget);
            form.getFields().add(name);
        });
    }

    private static byte[] withLinkAction(PDAction action) {
        return save(document -> {
            PDPage page = page(document, "Klicka här");
            page.getAnnotations().add(link(action));
        });
    }

    private static byte[] opening(PDAction action) {
        return save(document -> {
            page(document, "Öppna");
            document.getDocumentCatalog().setOpenAction(action);
        });
    }

    private static byte[] withAnnotationAdditional(PDAction action) {
        return save(document -> {
            PDPage page = page(document, "För musen över länken");
            PDAnnotationLink link = link(uri("https://www.kunskapsnav.se/"));
            PDAnnotationAdditionalActions additional = new PDAnnotationAdditionalActions();
            additional.setE(action);
            link.getCOSObject().setItem(COSName.AA, additional);
            page.getAnnotations().add(link);
        });
    }

    private static byte[] withPageAdditional() {
        return save(document -> {
            PDPage page = page(document, "Sidan öppnas");
            PDPageAdditionalActions additional = new PDPageAdditionalActions();
            additional.getCOSObject().setItem(COSName.O, uri("https://exempel.se/"));
            page.setActions(additional);
        });
    }

    private static byte[] withXfa() {
        return save(document -> {
            page(document, "Dynamiskt formulär");
            PDAcroForm form = new PDAcroForm(document);
            PDStream xfa = new PDStream(document, new ByteArrayInputStream(
                    "<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"/>".getBytes(StandardCharsets.UTF_8)));
            form.getCOSObject().setItem(COSName.XFA, xfa);
            document.getDocumentCatalog().setAcroForm(form);
        });
    }

    private static byte[] withFileAttachment() {
        return save(document -> {
            PDPage page = page(document, "Bilaga");
            PDAnnotationFileAttachment attachment = new PDAnnotationFileAttachment();
            attachment.setRectangle(new PDRectangle(50, 700, 20, 20));
            attachment.setFile(embedded(document, "bilaga.docm"));
            page.getAnnotations().add(attachment);
        });
    }

    private static byte[] uncompressed(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encrypted(String userPassword, String ownerPassword) {
        return save(document -> {
            page(document, "Skyddat dokument");
            AccessPermission permissions = new AccessPermission();
            permissions.setCanPrint(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
        });
    }

    private static PDComplexFileSpecification embedded(PDDocument document, String name) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(document,
                new ByteArrayInputStream("MZ inte ett riktigt program".getBytes(StandardCharsets.UTF_8)));
        file.setSubtype("application/octet-stream");
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(name);
        spec.setEmbeddedFile(file);
        return spec;
    }

    private static PDActionURI uri(String target) {
        PDActionURI action = new PDActionURI();
        action.setURI(target);
        return action;
    }

    private static PDActionLaunch launch() {
        PDActionLaunch action = new PDActionLaunch();
        action.setFile(new PDSimpleFileSpecification(new COSString("calc.exe")));
        return action;
    }

    private static PDActionSubmitForm submit() {
        PDActionSubmitForm action = new PDActionSubmitForm();
        PDSimpleFileSpecification target = new PDSimpleFileSpecification();
        target.setFile("https://exempel.se/samla-in");
        action.setFile(target);
        return action;
    }

    private static PDAnnotationLink link(PDAction action) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(50, 700, 200, 20));
        link.setAction(action);
        return link;
    }

    private static PDPage page(PDDocument document, String text) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream contents = new PDPageContentStream(document, page)) {
            contents.beginText();
            contents.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            contents.newLineAtOffset(50, 750);
            contents.showText(text);
            contents.endText();
        }
        return page;
    }

    /** The document's parts, added to a new document. */
    private interface Parts {
        void add(PDDocument document) throws IOException;
    }

    private static byte[] save(Parts build) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            build.add(document);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
