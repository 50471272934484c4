package se.kunskapsnav.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Objects;

/** A sector from the controlled vocabulary ({@code content/taxonomy/sectors.csv}). */
@Entity
@Table(name = "sector")
public class Sector {

    @Id
    @Column(name = "code", length = 64)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    protected Sector() {
    }

    Sector(VocabularyRow row) {
        this.code = row.code();
        apply(row);
    }

    boolean apply(VocabularyRow row) {
        boolean changed = !Objects.equals(name, row.name());
        name = row.name();
        return changed;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
