package se.kunskapsnav.reach.web;

import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.reach.Dimension;
import se.kunskapsnav.reach.Figure;
import se.kunskapsnav.reach.ReachReport;
import se.kunskapsnav.reach.ReachTables;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A report's tables on {@code /uppfoljning} with every cell written out once, as bean properties: the page has
 * hundreds of rows (a row per municipality of the country), and EL looks up each method it calls with arguments,
 * or a record's accessor, by reflection on every call. Made with the report and kept with it ({@link ShownReports}).
 */
public final class ReportRows {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Messages.SWEDISH);

    private final List<Breakdown> breakdowns;
    private final List<Activity> activities;

    ReportRows(ReachReport report) {
        breakdowns = ReachTables.BREAKDOWNS.stream().map(dimension -> new Breakdown(dimension,
                report.rows(dimension).stream().map(Line::new).toList())).toList();
        activities = report.activityRows().stream().map(Activity::new).toList();
    }

    public List<Breakdown> getBreakdowns() {
        return breakdowns;
    }

    public List<Activity> getActivities() {
        return activities;
    }

    /** "12", "färre än 5", or empty for no figure. */
    static String count(Figure figure) {
        return figure == null ? "" : ReachTables.count(figure);
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** One breakdown's table; which columns it has besides persons and participations. */
    public static final class Breakdown {
        private final Dimension dimension;
        private final List<Line> lines;
        private final boolean municipalities;
        private final boolean organisations;

        Breakdown(Dimension dimension, List<Line> lines) {
            this.dimension = dimension;
            this.lines = lines;
            this.municipalities = ReachTables.countsMunicipalities(dimension);
            this.organisations = dimension == Dimension.ORGANISATION_TYPE;
        }

        public Dimension getDimension() {
            return dimension;
        }

        public String getName() {
            return dimension.name();
        }

        public List<Line> getLines() {
            return lines;
        }

        public boolean isMunicipalities() {
            return municipalities;
        }

        public boolean isOrganisations() {
            return organisations;
        }
    }

    /** A row of a breakdown. */
    public static final class Line {
        private final String label;
        private final String persons;
        private final String participations;
        private final long municipalities;
        private final long organisations;

        Line(ReachReport.Row row) {
            label = row.label();
            persons = count(row.persons());
            participations = count(row.participations());
            municipalities = row.municipalities();
            organisations = row.organisations();
        }

        public String getLabel() {
            return label;
        }

        public String getPersons() {
            return persons;
        }

        public String getParticipations() {
            return participations;
        }

        public long getMunicipalities() {
            return municipalities;
        }

        public long getOrganisations() {
            return organisations;
        }
    }

    /** A row of the table of activities. */
    public static final class Activity {
        private final String title;
        private final String kind;
        private final String day;
        private final String county;
        private final String registered;
        private final String participants;
        private final long municipalities;

        Activity(ReachReport.ActivityRow row) {
            title = row.title();
            kind = row.kind();
            day = day(row.heldOn());
            county = row.county();
            registered = count(row.registered());
            participants = count(row.participants());
            municipalities = row.municipalities();
        }

        public String getTitle() {
            return title;
        }

        public String getKind() {
            return kind;
        }

        public String getDay() {
            return day;
        }

        public String getCounty() {
            return county;
        }

        public String getRegistered() {
            return registered;
        }

        public String getParticipants() {
            return participants;
        }

        public long getMunicipalities() {
            return municipalities;
        }
    }
}
