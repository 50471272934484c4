package se.kunskapsnav.materials;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import se.kunskapsnav.platform.FileNames;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.PdfActiveContent;
import se.kunskapsnav.platform.UnpackLimit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Decides whether an uploaded file may be kept, from its content and never from the name or the browser's
 * word: programs and scripts are refused whatever they are called; the content's type, sniffed by Apache Tika,
 * must be one of {@link FileKind} and the one the name's extension says; anything zipped (office documents are)
 * may not unpack to far more than its size ({@link UnpackLimit}); a PDF may not carry scripts, actions that run
 * by themselves or reach outside it, or embedded files ({@link PdfActiveContent}). Every refusal is an
 * {@link InvalidInputException} on field {@code file} with a Swedish message.
 */
public final class UploadInspector {

    static final int MAX_ENTRIES = 10_000;

    /** The first bytes of Windows, Linux and macOS programs, and of scripts. */
    private static final List<byte[]> PROGRAM_SIGNATURES = List.of(
            new byte[] {'M', 'Z'},
            new byte[] {0x7F, 'E', 'L', 'F'},
            new byte[] {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCE},
            new byte[] {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCF},
            new byte[] {(byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},
            new byte[] {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},
            new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE},
            new byte[] {'#', '!'});

    /** Zip archives, and the office documents that are zip archives inside. */
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /** Types Tika gives programs, installers and scripts whose first bytes are not above. */
    private static final Set<String> PROGRAM_TYPES = Set.of(
            "application/x-msdownload", "application/x-dosexec", "application/x-executable",
            "application/x-sharedlib", "application/x-elf", "application/x-mach-o-executable",
            "application/java-vm", "application/java-archive", "application/x-sh", "application/x-bat",
            "application/x-msi", "application/x-ms-installer", "application/vnd.microsoft.portable-executable",
            "application/x-ms-shortcut", "application/javascript", "text/javascript", "application/x-vbscript");

    private static final Set<String> ARCHIVE_TYPES = Set.of(
            "application/zip", "application/x-7z-compressed", "application/x-rar-compressed",
            "application/vnd.rar", "application/gzip", "application/x-gzip", "application/x-tar",
            "application/x-bzip2", "application/x-xz", "application/x-tika-ooxml", "application/x-tika-msoffice");

    private final Detector detector = new DefaultDetector();

    /** An accepted file: the name it is kept under and what it is. */
    public record Inspected(String fileName, FileKind kind) {
    }

    public Inspected inspect(Path file, String givenName) {
        String name = FileNames.clean(givenName);
        if (name.isEmpty()) {
            throw refused("material.file.nameRequired");
        }
        long size = size(file);
        if (size == 0) {
            throw refused("material.file.empty");
        }
        FileKind named = FileKind.ofExtension(name).orElseThrow(() -> refused("material.file.kindNotAllowed"));
        byte[] head = head(file);
        if (PROGRAM_SIGNATURES.stream().anyMatch(signature -> startsWith(head, signature))) {
            throw refused("material.file.program");
        }
        if (startsWith(head, ZIP)) {
            // before any parser opens it: a bomb must not be unpacked by detection either
            checkUnpackedSize(file, size);
        }
        String detected = detect(file);
        if (PROGRAM_TYPES.contains(detected)) {
            throw refused("material.file.program");
        }
        FileKind actual = FileKind.ofMediaType(detected).orElseThrow(() -> refused(
                ARCHIVE_TYPES.contains(detected) ? "material.file.archive" : "material.file.kindNotAllowed"));
        if (actual != named) {
            throw refused("material.file.mismatch");
        }
        if (actual == FileKind.PDF) {
            PdfActiveContent.find(file).ifPresent(finding -> {
                throw refused(finding.messageKey());
            });
        }
        return new Inspected(name, actual);
    }

    /** The media type of the content alone, without parameters. */
    private String detect(Path file) {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw refused("material.file.unreadable");
        }
    }

    /**
     * Unpacks every entry without keeping it, counting bytes: a file that unpacks to more than the limit is a
     * decompression ("zip") bomb, and one that cannot be unpacked is damaged.
     */
    static void checkUnpackedSize(Path file, long size) {
        long limit = UnpackLimit.forSize(size);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw refused("material.file.bomb");
            }
            long unpacked = 0;
            byte[] buffer = new byte[64 * 1024];
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                try (InputStream in = zip.getInputStream(entries.nextElement())) {
                    int read;
                    while ((read = in.read(buffer)) >= 0) {
                        unpacked += read;
                        if (unpacked > limit) {
                            throw refused("material.file.bomb");
                        }
                    }
                }
            }
        } catch (ZipException e) {
            throw refused("material.file.damaged");
        } catch (IOException e) {
            throw refused("material.file.unreadable");
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(4);
        } catch (IOException e) {
            throw refused("material.file.unreadable");
        }
    }

    private static boolean startsWith(byte[] head, byte[] signature) {
        return head.length >= signature.length && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw refused("material.file.unreadable");
        }
    }

    private static InvalidInputException refused(String messageKey) {
        return InvalidInputException.of("file", messageKey);
    }
}
