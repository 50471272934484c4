package se.kunskapsnav.reach;

import se.kunskapsnav.platform.Messages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
     * What was taken part in is the one kind asked for, or the number of activities. Places that count 0 are left
     * out ("95 personer från 58 kommuner deltog i …"), and so is "från" when all do; each word agrees with its
     * number ("1 person från 1 kommun").
     */
    static String sentence(Figure persons, long municipalities, long regions, long organisations,
                           List<String> kindNames, long activities, String period) {
        String who = persons.hidden() ? Messages.get("reach.sentence.fewPersons")
                : Messages.get("reach.sentence.persons", persons.value());
        String what = kindNames.size() == 1 ? kindNames.get(0).toLowerCase(Messages.SWEDISH)
                : Messages.get("reach.sentence.activities", activities);
        List<String> places = new ArrayList<>();
        addIfAny(places, "reach.sentence.municipalities", municipalities);
        addIfAny(places, "reach.sentence.regions", regions);
        addIfAny(places, "reach.sentence.organisations", organisations);
        return places.isEmpty() ? Messages.get("reach.sentence.nowhere", who, what, period)
                : Messages.get("reach.sentence", who, inWords(places), what, period);
    }

    private static void addIfAny(List<String> places, String key, long count) {
        if (count > 0) {
            places.add(Messages.get(key, count));
        }
    }

    /** "a", "a och b", "a, b och c". */
    private static String inWords(List<String> parts) {
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + Messages.get("reach.sentence.and") + " "
                + parts.getLast();
    }
}
