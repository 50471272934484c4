package se.kunskapsnav.webcourse;

import java.util.List;

/** Web course files that cannot be loaded; the message lists every problem as "file:line: problem". */
public class CourseContentException extends RuntimeException {

    private final List<String> problems;

    public CourseContentException(List<String> problems) {
        super("The web course in content/webbkurs/ is malformed, the portal does not start:\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
