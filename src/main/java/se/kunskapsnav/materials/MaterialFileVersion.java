package se.kunskapsnav.materials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One version of a material's file: what it was called when uploaded and which stored content it is. A
 * replaced file keeps its earlier versions; the highest number is the current one.
 */
@Entity
@Table(name = "material_file_version")
public class MaterialFileVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "file_id", nullable = false)
    private Long fileId;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sha256")
    private StoredFile content;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by")
    private Long uploadedBy;

    protected MaterialFileVersion() {
    }

    MaterialFileVersion(Long fileId, int versionNo, StoredFile content, String fileName, Long uploadedBy,
                        Instant now) {
        this.fileId = fileId;
        this.versionNo = versionNo;
        this.content = content;
        this.fileName = fileName;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getFileId() {
        return fileId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public StoredFile getContent() {
        return content;
    }

    public String getFileName() {
        return fileName;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public Long getUploadedBy() {
        return uploadedBy;
    }
}
