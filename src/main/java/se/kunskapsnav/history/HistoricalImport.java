package se.kunskapsnav.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One historical file imported for a county. Its activities refer to it; deleting it (undoing the import)
 * deletes them with their participation in the database.
 */
@Entity
@Table(name = "historical_import")
public class HistoricalImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "county_code", nullable = false, length = 2)
    private String countyCode;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false)
    private Long importedBy;

    @Column(name = "line_count", nullable = false)
    private int lineCount;

    protected HistoricalImport() {
    }

    HistoricalImport(String countyCode, String fileName, Instant importedAt, long importedBy, int lineCount) {
        this.countyCode = countyCode;
        this.fileName = fileName;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
        this.lineCount = lineCount;
    }

    public Long getId() {
        return id;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public String getFileName() {
        return fileName;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public Long getImportedBy() {
        return importedBy;
    }

    public int getLineCount() {
        return lineCount;
    }
}
