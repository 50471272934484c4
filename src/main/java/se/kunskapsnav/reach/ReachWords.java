package se.kunskapsnav.reach;

import se.kunskapsnav.platform.Messages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The words of a report: its period and its standard sentence, from the message bundle. */
final class ReachWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Messages.SWEDISH);

    private ReachWords() {
    }

    /** "2018", "2016–2018" for whole years, otherwise "1 mars 2018–30 juni 2018". */
    static String period(ReachQuery query) {
        if (query.wholeYears()) {
            int first = query.from().getYear();
            int last = query.to().getYear();
            return first == last ? String.valueOf(first) : first + "–" + last;
        }
        return day(query.from()) + "–" + day(query.to());
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** A count as words: the number, or "färre än 5" when it is hidden. */
    static String count(Figure figure) {
        return figure.hidden() ? Messages.get("reach.fewerThanFive") : String.valueOf(figure.value());
    }

    /**
     * "315 personer från 94 kommuner, 7 regioner och 30 organisationer deltog i kursledarutbildning 2016–2018."
     * What was taken part in is the one kind asked for, or the number of activities.
     */
    static String sentence(Figure persons, long municipalities, long regions, long organisations,
                           List<String> kindNames, long activities, String period) {
        String what = kindNames.size() == 1 ? kindNames.get(0).toLowerCase(Messages.SWEDISH)
                : Messages.get("reach.sentence.activities", activities);
        return Messages.get("reach.sentence", count(persons), municipalities, regions, organisations, what, period);
    }
}
