package se.kunskapsnav.materials;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.kunskapsnav.platform.PortalConfig;

import java.io.InputStream;

/**
 * The way in for files: the caller's right is checked before a byte is read; the upload is then received
 * into the store's incoming folder (measured and hashed), inspected and its text read, all outside any
 * transaction; only an accepted file reaches {@link MaterialFiles#saveFile}. A refused or failed upload
 * leaves nothing behind.
 */
@ApplicationScoped
public class MaterialUploads {

    private final UploadInspector inspector = new UploadInspector();

    @Inject
    MaterialFiles files;

    @Inject
    FileStore fileStore;

    @Inject
    PortalConfig config;

    /** Adds a file to a material. */
    public MaterialFileVersion addFile(long materialId, String fileName, InputStream content) {
        files.requireMayAddFile(materialId);
        return save(materialId, null, fileName, content);
    }

    /** Replaces a file with a new version; the earlier versions are kept. */
    public MaterialFileVersion replaceFile(long fileId, String fileName, InputStream content) {
        long materialId = files.requireMayReplace(fileId);
        return save(materialId, fileId, fileName, content);
    }

    public long maxBytes() {
        return config.maxUploadBytes();
    }

    private MaterialFileVersion save(long materialId, Long fileId, String fileName, InputStream content) {
        CheckedUpload upload = check(fileName, content);
        try {
            return files.saveFile(materialId, fileId, upload);
        } finally {
            fileStore.discard(upload.received()); // gone already when it was kept
        }
    }

    /**
     * Receives, inspects and reads the text of a file, ready to save; the caller saves it or discards
     * {@link CheckedUpload#received()}. A refused file is discarded here.
     */
    public CheckedUpload check(String fileName, InputStream content) {
        FileStore.Received received = fileStore.receive(content, config.maxUploadBytes());
        try {
            UploadInspector.Inspected inspected = inspector.inspect(received.temporary(), fileName);
            TextExtraction.Extracted text = TextExtraction.extract(received.temporary(), inspected.kind());
            return new CheckedUpload(received, inspected.fileName(), inspected.kind(), text);
        } catch (RuntimeException e) {
            fileStore.discard(received);
            throw e;
        }
    }
}
