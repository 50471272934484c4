package se.kunskapsnav.courses.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.courses.CatalogueFilter;
import se.kunskapsnav.courses.CourseFormat;
import se.kunskapsnav.courses.CourseSeats;
import se.kunskapsnav.courses.CourseService;
import se.kunskapsnav.courses.SwedishTime;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.ResultPage;
import se.kunskapsnav.taxonomy.Vocabularies;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * {@code /kurser}: upcoming courses across Sweden, filtered by a plain GET form (lan, tema, yrke, typ,
 * format, manad) and paged with {@code sida}. A value the portal does not know simply does not filter.
 */
@Named
@RequestScoped
public class CourseCatalogue {

    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("LLLL yyyy", Messages.SWEDISH);

    @Inject
    CourseService courses;

    @Inject
    Vocabularies vocabularies;

    @Inject
    Clock clock;

    private String county;
    private String theme;
    private String audience;
    private String kind;
    private String format;
    private String month;
    private ResultPage<CourseSeats> result;

    /** View action: reads the filter from the query and fetches the page asked for. */
    public void load() {
        Map<String, String> query = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        county = known(query.get("lan"), vocabularies.counties().keySet());
        theme = known(query.get("tema"), vocabularies.themes().keySet());
        audience = known(query.get("yrke"), vocabularies.professions().keySet());
        kind = known(query.get("typ"), vocabularies.kinds().keySet());
        format = known(query.get("format"),
                Set.of(CourseFormat.values()).stream().map(Enum::name).collect(Collectors.toSet()));
        YearMonth chosenMonth = month(query.get("manad"));
        month = chosenMonth == null ? null : chosenMonth.toString();
        result = courses.catalogue(new CatalogueFilter(county, theme, audience, kind,
                format == null ? null : CourseFormat.valueOf(format), chosenMonth), page(query.get("sida")));
    }

    private static String known(String value, Set<String> known) {
        return value != null && known.contains(value) ? value : null;
    }

    private static YearMonth month(String value) {
        try {
            return value == null ? null : YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int page(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** This month and the next eleven, as {@code yyyy-MM} with "mars 2026". */
    public List<SelectItem> getMonthOptions() {
        YearMonth first = YearMonth.now(clock.withZone(SwedishTime.ZONE));
        return IntStream.range(0, 12).mapToObj(first::plusMonths)
                .map(m -> new SelectItem(m.toString(), MONTH_NAME.format(m))).toList();
    }

    /** The catalogue's address for another page with the same filter. */
    public String pageUrl(int page) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("lan", county);
        query.put("tema", theme);
        query.put("yrke", audience);
        query.put("typ", kind);
        query.put("format", format);
        query.put("manad", month);
        query.put("sida", String.valueOf(page));
        List<String> parts = new ArrayList<>();
        query.forEach((name, value) -> {
            if (value != null) {
                parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return "/kurser?" + String.join("&", parts);
    }

    public ResultPage<CourseSeats> getResult() {
        return result;
    }

    public String getCounty() {
        return county;
    }

    public String getTheme() {
        return theme;
    }

    public String getAudience() {
        return audience;
    }

    public String getKind() {
        return kind;
    }

    public String getFormat() {
        return format;
    }

    public String getMonth() {
        return month;
    }
}
