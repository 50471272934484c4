package se.kunskapsnav.taxonomy;

/** The controlled vocabularies kept in the {@code term} table, each loaded from one file of {@code content/taxonomy/}. */
public enum TermSet {
    THEME("themes.csv"),
    TARGET_GROUP("target-groups.csv"),
    COURSE_KIND("course-kinds.csv"),
    /** The languages a material is written in, easy Swedish (lättläst) among them. */
    LANGUAGE("languages.csv");

    private final String fileName;

    TermSet(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
