package se.kunskapsnav.webcourse;

import java.time.LocalDate;
import java.util.List;

/** A study group session as the leader plans it: the date and the codes of the modules to take up. */
public record SessionPlanInput(LocalDate plannedOn, List<String> modules) {

    public SessionPlanInput {
        modules = modules == null ? List.of()
                : modules.stream().filter(code -> code != null && !code.isBlank()).map(String::trim).distinct().toList();
    }
}
