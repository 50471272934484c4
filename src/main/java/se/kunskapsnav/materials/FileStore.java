package se.kunskapsnav.materials;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.PortalConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Uploaded files on disk, outside the web root, each named by the SHA-256 of its content
 * ({@code ab/cd/abcd…}), so the same content is kept once. An upload is first written to {@code incoming/}
 * while it is hashed and measured; {@link #keep} moves it to its name inside the transaction that writes its
 * {@code stored_file} row, after which a crash leaves at worst a file without a row, which
 * {@link FileStoreCleanup} removes. A row never exists without its file: the file is in place before the row
 * commits.
 */
@ApplicationScoped
public class FileStore {

    private static final Logger LOG = Logger.getLogger(FileStore.class.getName());
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final String INCOMING = "incoming";

    @Inject
    PortalConfig config;

    private Path root;

    /** An upload written to {@code incoming/}, not yet part of the store. */
    public record Received(Path temporary, String sha256, long size) {
    }

    /** A content file in the store and when it was last written or touched. */
    public record Entry(String sha256, Instant modified) {
    }

    FileStore() {
    }

    FileStore(Path root) {
        this.root = root;
        createIncoming();
    }

    @PostConstruct
    void open() {
        root = config.filesDir().toAbsolutePath();
        createIncoming();
        LOG.info("Kunskapsnav keeps uploaded files in " + root);
    }

    private void createIncoming() {
        try {
            Files.createDirectories(root.resolve(INCOMING));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the file store in " + root, e);
        }
    }

    /**
     * Copies an upload to {@code incoming/}, hashing it on the way. Nothing is kept of an empty upload or of
     * one longer than {@code maxBytes}; a stream that breaks off is refused as unreadable.
     */
    public Received receive(InputStream content, long maxBytes) {
        Path temporary;
        try {
            temporary = Files.createTempFile(root.resolve(INCOMING), "upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the file store", e);
        }
        MessageDigest sha256 = newDigest();
        long size = 0;
        try (content; OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha256)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = content.read(buffer)) >= 0) {
                size += read;
                if (size > maxBytes) {
                    throw InvalidInputException.of("file", "material.file.tooLarge");
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            delete(temporary);
            throw InvalidInputException.of("file", "material.file.unreadable");
        } catch (RuntimeException e) {
            delete(temporary);
            throw e;
        }
        if (size == 0) {
            delete(temporary);
            throw InvalidInputException.of("file", "material.file.empty");
        }
        return new Received(temporary, HexFormat.of().formatHex(sha256.digest()), size);
    }

    /**
     * Puts a received file in its place, flushed to disk first. If the content is already stored the copy is
     * dropped and the stored file touched, so a clean-up running meanwhile sees it as new. Calling it again for
     * the same upload (its transaction ran again after a deadlock) finds the file in place and changes nothing.
     */
    public void keep(Received received) {
        Path target = path(received.sha256());
        try {
            if (Files.exists(target)) {
                Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
                delete(received.temporary());
                return;
            }
            Files.createDirectories(target.getParent());
            try (FileChannel channel = FileChannel.open(received.temporary(), StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(received.temporary(), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                delete(received.temporary()); // the same content arrived at the same moment
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep an upload in the file store", e);
        }
    }

    /** Forgets an upload that was refused or whose transaction failed before {@link #keep}. */
    public void discard(Received received) {
        delete(received.temporary());
    }

    public Path path(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /** Every content file in the store. */
    public List<Entry> entries() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getParent().equals(root.resolve(INCOMING)))
                    .filter(file -> SHA256.matcher(file.getFileName().toString()).matches())
                    .map(file -> new Entry(file.getFileName().toString(), modified(file)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the file store", e);
        }
    }

    /** Removes uploads left in {@code incoming/} before {@code cutoff} (by a crash mid-upload); how many. */
    public int removeIncomingBefore(Instant cutoff) {
        try (Stream<Path> files = Files.list(root.resolve(INCOMING))) {
            List<Path> stale = files.filter(file -> modified(file).isBefore(cutoff)).toList();
            stale.forEach(FileStore::delete);
            return stale.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the file store's incoming files", e);
        }
    }

    public void remove(String sha256) {
        delete(path(sha256));
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.now(); // gone or unreadable: not old enough to remove now
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning("Could not delete " + file + ": " + e);
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
