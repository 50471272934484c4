package se.kunskapsnav.reach.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.TableExport;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.reach.Dimension;
import se.kunskapsnav.reach.Figure;
import se.kunskapsnav.reach.ReachOptions;
import se.kunskapsnav.reach.ReachParameters;
import se.kunskapsnav.reach.ReachQueries;
import se.kunskapsnav.reach.ReachReport;
import se.kunskapsnav.reach.ReachService;
import se.kunskapsnav.reach.ReachTables;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
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

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Messages.SWEDISH);

    @Inject
    ReachService reach;

    @Inject
    ReachQueries queries;

    @Inject
    HttpServletRequest request;

    private ReachOptions options;
    private Map<String, List<String>> parameters;
    private Map<String, String> errors = Map.of();
    private ReachReport report;
    private ReachPictures pictures;
    private String updating;

    /** View action: the report the address asks for, or the messages of its bad parameters. */
    public void load() {
        options = reach.options();
        parameters = request.getParameterMap().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Arrays.asList(e.getValue())));
        try {
            report = reach.report(queries.parameters(options).query(parameters));
            long pending = reach.pendingChanges();
            updating = pending == 0 ? null : Messages.get("reachpages.report.updating", pending);
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
        if (pictures == null) {
            pictures = new ReachPictures(report);
        }
        return pictures;
    }

    // ---- the form as it was sent

    public Map<String, String> getErrors() {
        return errors;
    }

    /** Whether a checkbox is ticked: the report's choice, or what was sent when the report was refused. */
    public boolean chosen(String parameter, String code) {
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

    /** One checkbox of the form. */
    public record Choice(String code, String name) {
    }

    /** The boxes of a group ({@code lan}, {@code typ}, {@code tema}, {@code yrke}), in the order to offer them. */
    public List<Choice> choices(String parameter) {
        Map<String, String> names = switch (parameter) {
            case ReachParameters.COUNTY -> options.counties();
            case ReachParameters.KIND -> options.kinds();
            case ReachParameters.THEME -> options.themes();
            case ReachParameters.SERIES -> options.series();
            default -> options.professions();
        };
        return names.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList();
    }

    /** How many of a group's boxes are ticked, for its summary line. */
    public long chosenCount(String parameter) {
        return choices(parameter).stream().filter(choice -> chosen(parameter, choice.code())).count();
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

    public List<Dimension> getBreakdowns() {
        return ReachTables.BREAKDOWNS;
    }

    public List<ReachReport.Row> rows(Dimension dimension) {
        return report.rows(dimension);
    }

    public boolean countsMunicipalities(Dimension dimension) {
        return ReachTables.countsMunicipalities(dimension);
    }

    public String count(Figure figure) {
        return figure == null ? "" : ReachTables.count(figure);
    }

    public String getMunicipalityShare() {
        return ReachTables.municipalityShare(report);
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
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
