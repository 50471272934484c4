package se.kunskapsnav.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Locale;
import java.util.Objects;

/** A county (län), the tenant of the portal: each has one county administrative board. */
@Entity
@Table(name = "county")
public class County {

    @Id
    @Column(name = "code", length = 2)
    private String code;

    @Column(name = "letter_code", nullable = false, length = 2)
    private String letterCode;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "short_name", nullable = false)
    private String shortName;

    protected County() {
    }

    County(CountyRow row) {
        this.code = row.code();
        apply(row);
    }

    /** Takes the row's values; answers whether anything changed. */
    boolean apply(CountyRow row) {
        boolean changed = !Objects.equals(letterCode, row.letterCode()) || !Objects.equals(name, row.name())
                || !Objects.equals(shortName, row.shortName());
        letterCode = row.letterCode();
        name = row.name();
        shortName = row.shortName();
        return changed;
    }

    /** Whether a code from a URL or a script names this county: the SCB code ("01") or letters ("AB", "ab"). */
    public boolean isNamedBy(String codeOrLetters) {
        return code.equals(codeOrLetters) || letterCode.equals(codeOrLetters.toUpperCase(Locale.ROOT));
    }

    public String getCode() {
        return code;
    }

    public String getLetterCode() {
        return letterCode;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }
}
