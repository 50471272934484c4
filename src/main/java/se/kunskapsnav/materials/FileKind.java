package se.kunskapsnav.materials;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file a material may have: office documents, PDF, text, common images and MP4 films. The
 * media type is what the content must be sniffed as; the extensions are what the file's name may end in.
 * SVG is not among the images: it can carry scripts.
 */
public enum FileKind {
    PDF("application/pdf", true, "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", true, "docx"),
    ODT("application/vnd.oasis.opendocument.text", true, "odt"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", true, "pptx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true, "xlsx"),
    TXT("text/plain", true, "txt"),
    PNG("image/png", false, "png"),
    JPEG("image/jpeg", false, "jpg", "jpeg"),
    GIF("image/gif", false, "gif"),
    WEBP("image/webp", false, "webp"),
    MP4("video/mp4", false, "mp4");

    /** Tika's content-only detection names the common "isom" MP4 brand after QuickTime, its ancestor format. */
    private static final String QUICKTIME = "video/quicktime";

    private final String mediaType;
    private final boolean hasText;
    private final List<String> extensions;

    FileKind(String mediaType, boolean hasText, String... extensions) {
        this.mediaType = mediaType;
        this.hasText = hasText;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether text can be extracted for search (documents), or there is none (images, films). */
    public boolean hasText() {
        return hasText;
    }

    /** Office documents are zip archives inside, and are checked as archives. */
    public boolean isZipContainer() {
        return this == DOCX || this == ODT || this == PPTX || this == XLSX;
    }

    /** Shown in the browser (PDF, images, films, text) rather than saved; office documents are saved. */
    public boolean opensInBrowser() {
        return !isZipContainer();
    }

    public static Optional<FileKind> ofExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.extensions.contains(extension)).findFirst();
    }

    /** The kind of a sniffed media type. */
    public static Optional<FileKind> ofMediaType(String mediaType) {
        if (QUICKTIME.equals(mediaType)) {
            return Optional.of(MP4);
        }
        return Arrays.stream(values()).filter(kind -> kind.mediaType.equals(mediaType)).findFirst();
    }
}
