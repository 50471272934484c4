package se.kunskapsnav.directory;

import se.kunskapsnav.geography.ReferenceDataException;
import se.kunskapsnav.platform.ContentFile;
import se.kunskapsnav.platform.CsvRows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the vocabulary files; all valid, or a {@link ReferenceDataException} naming every bad line. */
public final class VocabularyParser {

    static final String PROFESSIONS_HEADER = "code,name,area";
    static final String TERMS_HEADER = "code,name";
    static final Set<String> AREAS = Set.of("kommun", "halso-och-sjukvard", "ideell", "ovrig");
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private VocabularyParser() {
    }

    public static Vocabulary parse(ContentFile professionsFile, ContentFile sectorsFile) {
        List<String> problems = new ArrayList<>();
        List<VocabularyRow> professions = new ArrayList<>();
        Set<String> professionCodes = new HashSet<>();
        CsvRows.read(professionsFile, PROFESSIONS_HEADER, problems, row -> {
            if (validCode(row, professionCodes) && row.requireText(1, "name")) {
                if (!AREAS.contains(row.field(2))) {
                    row.problem("area '" + row.field(2) + "' is not one of " + AREAS);
                } else {
                    professions.add(new VocabularyRow(row.field(0), row.field(1), row.field(2)));
                }
            }
        });
        List<VocabularyRow> sectors = readTerms(sectorsFile, problems);
        if (!problems.isEmpty()) {
            throw new ReferenceDataException(problems);
        }
        return new Vocabulary(professions, sectors);
    }

    /** A plain {@code code,name} vocabulary such as themes or target groups. */
    public static List<VocabularyRow> parseTerms(ContentFile file) {
        List<String> problems = new ArrayList<>();
        List<VocabularyRow> terms = readTerms(file, problems);
        if (!problems.isEmpty()) {
            throw new ReferenceDataException(problems);
        }
        return terms;
    }

    private static List<VocabularyRow> readTerms(ContentFile file, List<String> problems) {
        List<VocabularyRow> terms = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        CsvRows.read(file, TERMS_HEADER, problems, row -> {
            if (validCode(row, codes) && row.requireText(1, "name")) {
                terms.add(new VocabularyRow(row.field(0), row.field(1), null));
            }
        });
        return terms;
    }

    private static boolean validCode(CsvRows.Row row, Set<String> seen) {
        String code = row.field(0);
        if (!CODE.matcher(code).matches()) {
            row.problem("code '" + code + "' must be lower-case letters and digits joined by '-'");
            return false;
        }
        if (!seen.add(code)) {
            row.problem("duplicate code " + code);
            return false;
        }
        return true;
    }
}
