package se.kunskapsnav.materials;

import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.txt.TXTParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * The text of an accepted document, for the search index, read by the one Tika parser its kind needs (no
 * parser is looked up by guessing, and documents embedded in a document are not opened). A document whose
 * text cannot be read is still kept, marked {@link TextStatus#FAILED}.
 */
public final class TextExtraction {

    private static final Logger LOG = Logger.getLogger(TextExtraction.class.getName());

    /** Enough for any real publication; a longer text is cut, not refused. */
    static final int MAX_CHARACTERS = 2_000_000;

    /** What came out: the status and, when extracted, the text. */
    public record Extracted(TextStatus status, String text) {
    }

    private TextExtraction() {
    }

    public static Extracted extract(Path file, FileKind kind) {
        if (!kind.hasText()) {
            return new Extracted(TextStatus.NO_TEXT, null);
        }
        BodyContentHandler text = new BodyContentHandler(MAX_CHARACTERS);
        try (TikaInputStream in = TikaInputStream.get(file)) {
            parser(kind).parse(in, text, new Metadata(), new ParseContext());
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                return failed(file, e);
            }
        } catch (IOException | TikaException | RuntimeException e) {
            return failed(file, e);
        }
        return new Extracted(TextStatus.EXTRACTED, text.toString().strip());
    }

    private static Parser parser(FileKind kind) {
        return switch (kind) {
            case PDF -> new PDFParser();
            case DOCX, PPTX, XLSX -> new OOXMLParser();
            case ODT -> new OpenDocumentParser();
            case TXT -> new TXTParser();
            default -> throw new IllegalArgumentException(kind + " has no text");
        };
    }

    private static Extracted failed(Path file, Exception e) {
        LOG.info("No text could be read from " + file.getFileName() + ": " + e);
        return new Extracted(TextStatus.FAILED, null);
    }
}
