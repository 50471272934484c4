package se.kunskapsnav.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An activity of a historical file: the lines with the same title, kind and date, in the file's order. */
public record SignInActivity(String title, String kindCode, LocalDate heldOn, Set<String> themes,
                             List<SignInLine> lines) {

    public int participants() {
        return lines.stream().mapToInt(SignInLine::participants).sum();
    }
}
