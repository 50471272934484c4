package se.kunskapsnav.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An activity of a historical file: the lines with the same title, kind and date, in the file's order.
 * {@code seriesId} is the course series it was a run of, or null.
 */
public record SignInActivity(String title, String kindCode, LocalDate heldOn, Set<String> themes, Long seriesId,
                             List<SignInLine> lines) {

    public int participants() {
        return lines.stream().mapToInt(SignInLine::participants).sum();
    }
}
