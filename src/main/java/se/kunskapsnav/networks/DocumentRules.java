package se.kunskapsnav.networks;

import se.kunskapsnav.platform.FileNames;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.PdfActiveContent;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Which files may be attached to a meeting: common office documents, PDF, text and images, up to
 * {@link #MAX_BYTES}. The content must start as its kind of file does, so a renamed program is refused;
 * a PDF may not carry scripts, actions that run by themselves or reach outside it, or embedded files
 * ({@link PdfActiveContent}); the name is reduced to its last path part without control characters.
 */
public final class DocumentRules {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** Office documents are zip containers. */
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /** A file that passed: its clean name, its media type and its bytes. */
    public record Accepted(String fileName, String mediaType, byte[] content) {
    }

    private enum Kind {
        PDF("application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII)),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
        PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", ZIP),
        ODT("application/vnd.oasis.opendocument.text", ZIP),
        PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
        JPG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        TXT("text/plain; charset=UTF-8", null);

        final String mediaType;
        final byte[] signature;

        Kind(String mediaType, byte[] signature) {
            this.mediaType = mediaType;
            this.signature = signature;
        }

        boolean matches(byte[] content) {
            if (signature == null) {
                return isText(content);
            }
            return content.length >= signature.length
                    && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
        }
    }

    private DocumentRules() {
    }

    public static Accepted check(String givenName, byte[] content) {
        String name = FileNames.clean(givenName);
        if (name.isEmpty()) {
            throw InvalidInputException.of("file", "validation.required");
        }
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "document.empty");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "document.tooLarge");
        }
        int dot = name.lastIndexOf('.');
        Kind kind;
        try {
            kind = Kind.valueOf(name.substring(dot + 1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        if (dot < 0 || kind == null) {
            throw new InvalidInputException(Map.of("file", "document.kindNotAllowed"));
        }
        if (!kind.matches(content)) {
            throw InvalidInputException.of("file", "document.contentMismatch");
        }
        if (kind == Kind.PDF) {
            PdfActiveContent.find(content).ifPresent(finding -> {
                throw InvalidInputException.of("file", finding.messageKey());
            });
        }
        return new Accepted(name, kind.mediaType, content);
    }

    private static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
