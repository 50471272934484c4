package se.kunskapsnav.materials;

/** An upload that was received into the store's incoming folder, passed inspection and had its text read. */
public record CheckedUpload(FileStore.Received received, String fileName, FileKind kind,
                            TextExtraction.Extracted text) {
}
