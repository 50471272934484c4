package se.kunskapsnav.reach.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.TableExport;
import se.kunskapsnav.platform.web.AnonymousAnswers;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.reach.Figure;
import se.kunskapsnav.reach.ReachOptions;
import se.kunskapsnav.reach.ReachParameters;
import se.kunskapsnav.reach.ReachQueries;
import se.kunskapsnav.reach.ReachReport;
import se.kunskapsnav.reach.ReachService;
import se.kunskapsnav.reach.ReachTables;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /uppfoljning}: a reach report chosen by a GET form, so every report is an address that can be
 * shared. Parameters the report refuses are shown as messages at their fields, with the form as it was sent,
 * and no report; the same parameters give the CSV and XLSX files.
 */
@Named
@RequestScoped
public class ReachPage {

    @Inject
    ReachService reach;

    @Inject
    ReachQueries queries;

    @Inject
    ShownReports shownReports;

    @Inject
    HttpServletRequest request;

    private ReachOptions options;
    private Map<String, List<String>> parameters;
    private Map<String, String> errors = Map.of();
    private ReachReport report;
    private ReachPictures pictures;
    private ReportRows rows;
    private String updating;
    private final Map<String, ChoiceGroup> groups = new HashMap<>();

    /** View action: the report the address asks for, or the messages of its bad parameters. */
    public void load() {
        options = reach.options();
        parameters = request.getParameterMap().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Arrays.asList(e.getValue())));
        try {
            ShownReports.Shown shown = shownReports.report(queries.parameters(options).query(parameters));
            report = shown.report();
            pictures = shown.pictures();
            rows = shown.rows();
            long pending = reach.pendingChanges();
            updating = pending == 0 ? null : Messages.get("reachpages.report.updating", pending);
            if (pending != 0) {
                // a passing state: the next visitor should see the figures once they hold every change
                request.setAttribute(AnonymousAnswers.NOT_KEPT, true);
            }
        } catch (InvalidInputException e) {
            Map<String, String> messages = new LinkedHashMap<>();
            e.fieldMessageKeys().forEach((field, key) -> messages.put(field, Messages.get(key)));
            errors = messages;
            Faces.message(null, FacesMessage.SEVERITY_ERROR, "reachpages.page.notShown");
        }
    }

    public ReachReport getReport() {
        return report;
    }

    /** "Siffrorna uppdateras – N ändringar återstår", or null while the figures hold every recorded change. */
    public String getUpdating() {
        return updating;
    }

    public ReachPictures getPictures() {
        return pictures;
    }

    /** The tables' rows, written out. */
    public ReportRows getRows() {
        return rows;
    }

    // ---- the form as it was sent

    public Map<String, String> getErrors() {
        return errors;
    }

    /** Whether a checkbox is ticked: the report's choice, or what was sent when the report was refused. */
    private boolean chosen(String parameter, String code) {
        if (report != null) {
            Set<String> used = switch (parameter) {
                case ReachParameters.COUNTY -> report.query().counties();
                case ReachParameters.KIND -> report.query().kinds();
                case ReachParameters.THEME -> report.query().themes();
                case ReachParameters.SERIES -> report.query().series();
                default -> report.query().professions();
            };
            return used.contains(code);
        }
        return sent(parameter).contains(code);
    }

    /** One checkbox of the form; bean properties, since the page reads them for each of about a hundred boxes. */
    public static final class Choice {
        private final String code;
        private final String name;
        private final boolean chosen;

        Choice(String code, String name, boolean chosen) {
            this.code = code;
            this.name = name;
            this.chosen = chosen;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public boolean isChosen() {
            return chosen;
        }
    }

    /** A group of boxes and how many of them are ticked, for its summary line. */
    public record ChoiceGroup(List<Choice> choices, long chosenCount) {

        /** For pages: Jakarta EL 5 reads bean getters, not record components. */
        public List<Choice> getChoices() {
            return choices;
        }

        public long getChosenCount() {
            return chosenCount;
        }
    }

    /**
     * The boxes of a group ({@code lan}, {@code typ}, {@code tema}, {@code serie}, {@code yrke}), in the order to
     * offer them.
     */
    public ChoiceGroup choices(String parameter) {
        return groups.computeIfAbsent(parameter, p -> {
            Map<String, String> names = switch (p) {
                case ReachParameters.COUNTY -> options.counties();
                case ReachParameters.KIND -> options.kinds();
                case ReachParameters.THEME -> options.themes();
                case ReachParameters.SERIES -> options.series();
                default -> options.professions();
            };
            List<Choice> choices = names.entrySet().stream()
                    .map(e -> new Choice(e.getKey(), e.getValue(), chosen(p, e.getKey()))).toList();
            return new ChoiceGroup(choices, choices.stream().filter(Choice::isChosen).count());
        });
    }

    /** The year field: what was sent, else this year unless a period of days was asked for. */
    public String getYear() {
        List<String> year = sent(ReachParameters.YEAR);
        if (!year.isEmpty()) {
            return year.getFirst();
        }
        boolean days = !sent(ReachParameters.FROM).isEmpty() || !sent(ReachParameters.TO).isEmpty();
        return days ? "" : String.valueOf(queries.thisYear());
    }

    public String getFrom() {
        return sent(ReachParameters.FROM).stream().findFirst().orElse("");
    }

    public String getTo() {
        return sent(ReachParameters.TO).stream().findFirst().orElse("");
    }

    private List<String> sent(String parameter) {
        return parameters.getOrDefault(parameter, List.of()).stream().filter(v -> !v.isBlank()).map(String::trim)
                .toList();
    }

    // ---- the report

    /** The files of the same report: the address's own parameters. */
    public String fileUrl(String extension) {
        String query = request.getQueryString();
        return request.getContextPath() + "/uppfoljning/rapport." + extension
                + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    public String count(Figure figure) {
        return ReportRows.count(figure);
    }

    public String getMunicipalityShare() {
        return ReachTables.municipalityShare(report);
    }

    /** Coverage by SKR group and by population band, the tables of the files. */
    public List<TableExport.Table> getCoverage() {
        return ReachTables.coverage(report);
    }

    /** "62 % av personalen på kvinnojourerna (31 av 50, Norrbottens län 2026)". */
    public String share(ReachReport.Share share) {
        String reached = count(share.reached());
        return share.percent() == null
                ? Messages.get("reachpages.share.hidden", share.label(), reached, share.total(), share.county(),
                String.valueOf(share.year()))
                : Messages.get("reachpages.share", share.percent(), share.label(), reached, share.total(),
                share.county(), String.valueOf(share.year()));
    }
}
