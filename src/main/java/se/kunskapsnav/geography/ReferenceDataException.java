package se.kunskapsnav.geography;

import java.util.List;

/** Reference files that cannot be loaded; the message lists every problem as "file:line: problem". */
public class ReferenceDataException extends RuntimeException {

    private final List<String> problems;

    public ReferenceDataException(List<String> problems) {
        super("Reference data is malformed, nothing was loaded:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
