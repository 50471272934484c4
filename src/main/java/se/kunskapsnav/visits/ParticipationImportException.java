package se.kunskapsnav.visits;

import java.util.List;

/** A participation file with bad lines: nothing was saved; each error names its line. */
public class ParticipationImportException extends RuntimeException {

    private final transient List<ParticipationCsv.LineError> errors;

    public ParticipationImportException(List<ParticipationCsv.LineError> errors) {
        super("Participation file refused: " + errors.size() + " errors");
        this.errors = List.copyOf(errors);
    }

    public List<ParticipationCsv.LineError> errors() {
        return errors;
    }

    /** Whether the file as a whole was refused (too large, not UTF-8) rather than some of its lines. */
    public boolean isWholeFile() {
        return errors.stream().anyMatch(e -> e.line() == 0);
    }
}
