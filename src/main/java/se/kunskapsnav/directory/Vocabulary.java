package se.kunskapsnav.directory;

import java.util.List;

/** The validated professions and sectors. */
public record Vocabulary(List<VocabularyRow> professions, List<VocabularyRow> sectors) {

    public Vocabulary {
        professions = List.copyOf(professions);
        sectors = List.copyOf(sectors);
    }
}
