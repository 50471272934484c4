package se.kunskapsnav.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** One term of a controlled vocabulary: a stable code and the name people read. */
@Entity
@Table(name = "term")
@IdClass(Term.Key.class)
public class Term {

    /** The composite key: vocabulary and code. */
    public record Key(TermSet vocabulary, String code) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "vocabulary", length = 32)
    private TermSet vocabulary;

    @Id
    @Column(name = "code", length = 64)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    protected Term() {
    }

    Term(TermSet vocabulary, String code, String name) {
        this.vocabulary = vocabulary;
        this.code = code;
        this.name = name;
    }

    boolean rename(String newName) {
        boolean changed = !name.equals(newName);
        name = newName;
        return changed;
    }

    public TermSet getVocabulary() {
        return vocabulary;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
