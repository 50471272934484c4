package se.kunskapsnav.geography;

import java.util.List;

/** A classification file with problems: nothing was stored; each problem names its line. */
public class ClassificationImportException extends RuntimeException {

    private final transient List<ClassificationError> errors;

    public ClassificationImportException(List<ClassificationError> errors) {
        super("Classification file refused: " + errors.size() + " problems");
        this.errors = List.copyOf(errors);
    }

    public List<ClassificationError> errors() {
        return errors;
    }
}
