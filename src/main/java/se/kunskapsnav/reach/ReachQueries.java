package se.kunskapsnav.reach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.kunskapsnav.geography.CountySummary;
import se.kunskapsnav.geography.GeographyService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a report's address parameters ({@link ReachParameters}) for the page, the files and the API alike,
 * against today's choices and the Swedish date.
 */
@ApplicationScoped
public class ReachQueries {

    @Inject
    ReachService reach;

    @Inject
    GeographyService geography;

    @Inject
    Clock clock;

    /** The query of the parameters, or an {@code InvalidInputException} naming each bad one. */
    public ReachQuery query(Map<String, List<String>> parameters) {
        return parameters(reach.options()).query(parameters);
    }

    /** The reader of parameters, with the choices the caller already has. */
    public ReachParameters parameters(ReachOptions options) {
        Map<String, String> letters = geography.counties().stream().map(CountySummary::county)
                .collect(Collectors.toMap(c -> c.getLetterCode().toUpperCase(Locale.ROOT), c -> c.getCode()));
        return new ReachParameters(options, letters, LocalDate.now(clock));
    }

    /** The year a report covers when its address names none. */
    public int thisYear() {
        return LocalDate.now(clock).getYear();
    }
}
