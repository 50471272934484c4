package se.kunskapsnav.materials;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The index row of one distinct content in the {@link FileStore}: its SHA-256, size, the media type sniffed
 * from it, and the text extracted for search. Rows are written with {@code INSERT IGNORE}, so the same
 * content uploaded twice is one row and one file.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    @Id
    @Column(name = "sha256", length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "media_type", nullable = false, length = 150)
    private String mediaType;

    @Enumerated(EnumType.STRING)
    @Column(name = "text_status", nullable = false, length = 16)
    private TextStatus textStatus;

    // read by the search index, not by pages
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "extracted_text")
    private String extractedText;

    @Column(name = "stored_at", nullable = false)
    private Instant storedAt;

    protected StoredFile() {
    }

    public String getSha256() {
        return sha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getMediaType() {
        return mediaType;
    }

    public TextStatus getTextStatus() {
        return textStatus;
    }

    public String getExtractedText() {
        return extractedText;
    }
}
