package se.kunskapsnav.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Objects;

/** A profession from the controlled vocabulary ({@code content/taxonomy/professions.csv}). */
@Entity
@Table(name = "profession")
public class Profession {

    @Id
    @Column(name = "code", length = 64)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "area", nullable = false, length = 32)
    private String area;

    protected Profession() {
    }

    Profession(VocabularyRow row) {
        this.code = row.code();
        apply(row);
    }

    boolean apply(VocabularyRow row) {
        boolean changed = !Objects.equals(name, row.name()) || !Objects.equals(area, row.area());
        name = row.name();
        area = row.area();
        return changed;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** Where the profession is found: kommun, halso-och-sjukvard, ideell or ovrig. */
    public String getArea() {
        return area;
    }
}
