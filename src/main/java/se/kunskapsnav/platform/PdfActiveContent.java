package se.kunskapsnav.platform;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Finds what a PDF would do besides showing its pages: run scripts, act by itself when opened or used, reach
 * outside the document (start programs, send form data, open other files), or carry files and media inside it.
 * Nothing is rendered or run: PDFBox only parses the file's objects, and every object (whether anything refers
 * to it or not) is looked at without decoding any content stream. Ordinary links to web pages, e-mail
 * addresses and telephone numbers, links within the document, bookmarks and forms without scripts pass.
 *
 * <p>Limits come first: before PDFBox parses anything, every compressed stream is unpacked without being kept
 * and the file is refused when one grows past {@link #MAX_STREAM_BYTES} or all together past
 * {@link UnpackLimit} (a "PDF bomb": PDFBox unpacks object and cross-reference streams in memory, and text
 * extraction the pages' content); more than {@link #MAX_OBJECTS} objects or
 * {@link #MAX_VISITS} parts of objects are refused as well. What cannot be parsed (damaged) or read (a
 * password to open it) cannot be shown to be harmless and is refused too.
 */
public final class PdfActiveContent {

    /** The most one stream may unpack to: far more than any page or object stream, less than the heap. */
    static final long MAX_STREAM_BYTES = 100L * 1024 * 1024;
    static final int MAX_OBJECTS = 1_000_000;
    static final int MAX_VISITS = 5_000_000;

    /** What was found, the most serious first; each with the Swedish message of a refusal. */
    public enum Finding {
        SCRIPT("file.pdf.script"),
        OUTSIDE_ACTION("file.pdf.outsideAction"),
        AUTOMATIC_ACTION("file.pdf.automaticAction"),
        EMBEDDED("file.pdf.embedded"),
        ENCRYPTED("file.pdf.encrypted"),
        DAMAGED("file.pdf.damaged"),
        TOO_LARGE("file.pdf.tooLarge");

        private final String messageKey;

        Finding(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** Actions that run code. */
    private static final Set<COSName> SCRIPT_ACTIONS = Set.of(COSName.JAVA_SCRIPT,
            COSName.getPDFName("RichMediaExecute"));
    /** Actions that start programs, send or fetch data, or open other documents. */
    private static final Set<COSName> OUTSIDE_ACTIONS = Set.of(COSName.getPDFName("Launch"),
            COSName.getPDFName("GoToR"), COSName.getPDFName("GoToE"), COSName.getPDFName("SubmitForm"),
            COSName.getPDFName("ImportData"));
    /** Actions that play media carried in the file. */
    private static final Set<COSName> MEDIA_ACTIONS = Set.of(COSName.getPDFName("Sound"),
            COSName.getPDFName("Movie"), COSName.getPDFName("Rendition"));
    /** Annotations that carry a file or media. */
    private static final Set<COSName> EMBEDDING_ANNOTATIONS = Set.of(COSName.getPDFName("FileAttachment"),
            COSName.getPDFName("RichMedia"), COSName.getPDFName("3D"), COSName.getPDFName("Movie"),
            COSName.getPDFName("Sound"), COSName.getPDFName("Screen"));
    private static final COSName GO_TO = COSName.getPDFName("GoTo");
    /** Where a link may lead: web pages, e-mail and telephone; anything else opens files or programs. */
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Set<String> SCRIPT_SCHEMES = Set.of("javascript", "vbscript");

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);

    private PdfActiveContent() {
    }

    /** The most serious thing found in the PDF, or nothing when it only shows pages. */
    public static Optional<Finding> find(Path file) {
        try {
            return find(new RandomAccessReadBufferedFile(file));
        } catch (IOException e) {
            return Optional.of(Finding.DAMAGED);
        }
    }

    public static Optional<Finding> find(byte[] content) {
        return find(new RandomAccessReadBuffer(content));
    }

    private static Optional<Finding> find(RandomAccessRead source) {
        try (source) {
            if (unpacksTooFar(source)) {
                return Optional.of(Finding.TOO_LARGE);
            }
            source.seek(0);
            try (PDDocument document = Loader.loadPDF(source)) {
                return objectsOf(document.getDocument());
            }
        } catch (InvalidPasswordException e) {
            return Optional.of(Finding.ENCRYPTED);
        } catch (IOException | RuntimeException e) {
            // PDFBox reports what it cannot parse in many ways; all of them mean the file cannot be checked
            return Optional.of(Finding.DAMAGED);
        }
    }

    /**
     * Unpacks, without keeping, whatever follows each {@code stream} keyword as PDFBox's Flate filter would
     * (two header bytes skipped, then raw deflate), counting the bytes: true when they pass the limit.
     */
    private static boolean unpacksTooFar(RandomAccessRead source) throws IOException {
        long limit = UnpackLimit.forSize(source.length());
        long unpacked = 0;
        int matched = 0;
        int next;
        while ((next = source.read()) != -1) {
            if (next == STREAM[matched]) {
                matched++;
                if (matched == STREAM.length) {
                    matched = 0;
                    long after = source.getPosition();
                    long stream = inflatedSize(source, Math.min(MAX_STREAM_BYTES, limit - unpacked));
                    unpacked += stream;
                    if (stream > MAX_STREAM_BYTES || unpacked > limit) {
                        return true;
                    }
                    source.seek(after);
                }
            } else {
                matched = next == STREAM[0] ? 1 : 0;
            }
        }
        return false;
    }

    /** What the deflate data after a {@code stream} keyword unpacks to, counted up to just past {@code limit}. */
    private static long inflatedSize(RandomAccessRead source, long limit) throws IOException {
        if (source.peek() == '\r') {
            source.read();
        }
        if (source.peek() == '\n') {
            source.read();
        }
        if (source.length() - source.getPosition() < 3) {
            return 0;
        }
        source.skip(2);
        Inflater inflater = new Inflater(true);
        byte[] input = new byte[8192];
        byte[] output = new byte[65536];
        long size = 0;
        try {
            while (!inflater.finished() && size <= limit) {
                if (inflater.needsInput()) {
                    int read = source.read(input, 0, input.length);
                    if (read <= 0) {
                        break;
                    }
                    inflater.setInput(input, 0, read);
                }
                int inflated = inflater.inflate(output);
                if (inflated == 0 && !inflater.needsInput()) {
                    break; // a preset dictionary, or nothing more to get
                }
                size += inflated;
            }
        } catch (DataFormatException e) {
            // not deflate data, or the end of it: what came out so far counts
        } finally {
            inflater.end();
        }
        return size;
    }

    /** Every object in the file and every object they refer to, each looked at once. */
    private static Optional<Finding> objectsOf(COSDocument document) {
        if (document.getXrefTable().size() > MAX_OBJECTS) {
            return Optional.of(Finding.TOO_LARGE);
        }
        Set<Finding> found = EnumSet.noneOf(Finding.class);
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> waiting = new ArrayDeque<>();
        waiting.push(document.getTrailer());
        for (COSObjectKey key : new ArrayList<>(document.getXrefTable().keySet())) {
            waiting.push(document.getObjectFromPool(key));
        }
        int visits = 0;
        while (!waiting.isEmpty()) {
            COSBase next = waiting.pop();
            if (next == null || !seen.add(next)) {
                continue;
            }
            if (++visits > MAX_VISITS) {
                return Optional.of(Finding.TOO_LARGE);
            }
            if (next instanceof COSObject reference) {
                waitFor(reference.getObject(), waiting);
            } else if (next instanceof COSArray array) {
                array.forEach(item -> waitFor(item, waiting));
            } else if (next instanceof COSDictionary dictionary) {
                examine(dictionary, found);
                dictionary.getValues().forEach(value -> waitFor(value, waiting));
            }
        }
        return found.stream().findFirst();
    }

    /** Only references, arrays and dictionaries can hold anything to look at. */
    private static void waitFor(COSBase item, Deque<COSBase> waiting) {
        if (item instanceof COSObject || item instanceof COSArray || item instanceof COSDictionary) {
            waiting.push(item);
        }
    }

    /** What one dictionary is or holds, whatever refers to it. */
    private static void examine(COSDictionary dictionary, Set<Finding> found) {
        if (dictionary.containsKey(COSName.JS) || dictionary.containsKey(COSName.XFA)) {
            found.add(Finding.SCRIPT); // script of an action, or a dynamic (XFA) form, which carries scripts
        }
        COSName action = dictionary.getCOSName(COSName.S);
        if (isOneOf(action, SCRIPT_ACTIONS)) {
            found.add(Finding.SCRIPT);
        } else if (isOneOf(action, OUTSIDE_ACTIONS)) {
            found.add(Finding.OUTSIDE_ACTION);
        } else if (isOneOf(action, MEDIA_ACTIONS)) {
            found.add(Finding.EMBEDDED);
        } else if (COSName.URI.equals(action)) {
            examineLink(dictionary.getDictionaryObject(COSName.URI), found);
        }
        if (dictionary.getDictionaryObject(COSName.AA) instanceof COSDictionary additional && additional.size() > 0) {
            found.add(Finding.AUTOMATIC_ACTION);
        }
        // opening at a page is fine; any other action when the document opens is not
        if (dictionary.getDictionaryObject(COSName.OPEN_ACTION) instanceof COSDictionary opening
                && (!GO_TO.equals(opening.getCOSName(COSName.S)) || opening.containsKey(COSName.NEXT))) {
            found.add(Finding.AUTOMATIC_ACTION);
        }
        if (dictionary.getDictionaryObject(COSName.NAMES) instanceof COSDictionary names) {
            if (names.containsKey(COSName.JAVA_SCRIPT)) {
                found.add(Finding.SCRIPT);
            }
            if (names.containsKey(COSName.EMBEDDED_FILES)) {
                found.add(Finding.EMBEDDED);
            }
        }
        if (dictionary.containsKey(COSName.EF) || COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))
                || isOneOf(dictionary.getCOSName(COSName.SUBTYPE), EMBEDDING_ANNOTATIONS)) {
            found.add(Finding.EMBEDDED);
        }
    }

    private static boolean isOneOf(COSName name, Set<COSName> names) {
        return name != null && names.contains(name);
    }

    /** A link's scheme, as a browser reads it (blanks and control characters inside are dropped). */
    private static void examineLink(COSBase target, Set<Finding> found) {
        String uri = target instanceof COSString text ? text.getString() : "";
        String compact = uri.codePoints().filter(c -> c > ' ')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().toLowerCase(Locale.ROOT);
        int colon = compact.indexOf(':');
        String scheme = colon < 0 ? "" : compact.substring(0, colon);
        if (SCRIPT_SCHEMES.contains(scheme)) {
            found.add(Finding.SCRIPT);
        } else if (!LINK_SCHEMES.contains(scheme)) {
            found.add(Finding.OUTSIDE_ACTION); // a file, a share or a relative path: opens something outside
        }
    }
}
