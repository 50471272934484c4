package se.kunskapsnav.reach.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.directory.OrganisationType;
import se.kunskapsnav.platform.AccessDeniedException;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.platform.Years;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.reach.Denominator;
import se.kunskapsnav.reach.Denominators;
import se.kunskapsnav.reach.ReachQueries;
import se.kunskapsnav.taxonomy.Vocabularies;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code /admin/uppfoljning/jamforelsetal}: the totals reports measure reach against, listed by county and
 * year (editors their counties, administrators all), with a form to add or change one ({@code ?andra=id})
 * and deleting after a confirmation. The rules are {@code DenominatorRules}, shown at each field.
 */
@Named
@ViewScoped
public class DenominatorsPage implements Serializable {

    static final String FORM = "jamforelsetal";
    private static final List<String> FIELDS = List.of("lan", "ar", "benamning", "organisationstyp", "yrke", "antal");

    @Inject
    Denominators denominators;

    @Inject
    TenancyGuard guard;

    @Inject
    Vocabularies vocabularies;

    @Inject
    ReachQueries queries;

    /** The list's county ("" for all of the person's counties) and year. */
    private String county;
    private int year;
    private long editingId;
    private String formCounty;
    private String formYear;
    private String formLabel;
    private String formType;
    private String formProfession;
    private String formTotal;
    private Long deletingId;
    private transient List<Denominator> rows;

    /** View action on the first request: the list asked for by {@code lan} and {@code ar}, and {@code andra}'s row in the form. */
    public void load() {
        var request = Faces.request();
        List<String> counties = getCounties();
        String asked = request.getParameter("lan");
        if (asked != null && counties.contains(asked)) {
            county = asked;
        } else {
            county = guard.scope().administrator() || counties.isEmpty() ? "" : counties.getFirst();
        }
        year = year(request.getParameter("ar"));
        formCounty = county.isEmpty() ? counties.stream().findFirst().orElse(null) : county;
        formYear = String.valueOf(year);
        String edit = request.getParameter("andra");
        if (edit != null && !edit.isBlank()) {
            try {
                Denominator denominator = denominators.forEditing(Long.parseLong(edit.trim()));
                editingId = denominator.id();
                formCounty = denominator.countyCode();
                formYear = String.valueOf(denominator.year());
                formLabel = denominator.label();
                formType = denominator.organisationType();
                formProfession = denominator.professionCode();
                formTotal = String.valueOf(denominator.total());
            } catch (NumberFormatException | NotFoundException e) {
                Faces.sendError(404);
            } catch (AccessDeniedException e) {
                Faces.sendError(403);
            }
        }
    }

    private int year(String asked) {
        return Years.parse(asked).orElseGet(queries::thisYear);
    }

    /** The counties whose totals the person may see here and change: an administrator's are all. */
    public List<String> getCounties() {
        return guard.scope().editableAmong(vocabularies.counties().keySet());
    }

    public List<Denominator> getRows() {
        if (rows == null) {
            // "" is every county, which only an administrator is offered
            boolean all = county.isEmpty() && guard.scope().administrator();
            rows = county.isEmpty() && !all ? List.of()
                    : denominators.within(all ? Set.of() : Set.of(county), year, year);
        }
        return rows;
    }

    // ---- saving and deleting

    public void save() {
        try {
            Denominator saved = denominators.save(editingId, formCounty, number(formYear), formLabel, formType,
                    formProfession, number(formTotal));
            Faces.message(null, FacesMessage.SEVERITY_INFO, "reachpages.denominators.saved", saved.label());
            Faces.redirect(listUrl(county.isEmpty() ? "" : saved.countyCode(), saved.year()));
        } catch (InvalidInputException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, "reachpages.denominators.notSaved");
            Faces.fieldErrors(e, FIELDS.stream().collect(Collectors.toMap(f -> f, f -> FORM + ":" + f)));
        }
    }

    public void askDelete(long id) {
        deletingId = id;
    }

    public void cancelDelete() {
        deletingId = null;
    }

    public void delete() {
        Denominator deleted = denominators.find(deletingId);
        denominators.delete(deletingId);
        Faces.message(null, FacesMessage.SEVERITY_INFO, "reachpages.denominators.deleted", deleted.label());
        Faces.redirect(listUrl(county, year));
    }

    /** The total waiting for confirmation to be deleted, or null. */
    public Denominator getDeleting() {
        return deletingId == null ? null : getRows().stream().filter(d -> d.id() == deletingId).findFirst()
                .orElse(null);
    }

    /** A number as people type it, spaces between thousands allowed; null when it is none, for the rules to name. */
    static Integer number(String text) {
        String digits = text == null ? "" : text.replaceAll("[\\s\\u00A0\\u202F]", "");
        try {
            return digits.isEmpty() ? null : Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // ---- addresses and names

    public String listUrl(String countyCode, int listYear) {
        return "/admin/uppfoljning/jamforelsetal?" + (countyCode == null || countyCode.isEmpty() ? ""
                : "lan=" + URLEncoder.encode(countyCode, StandardCharsets.UTF_8) + "&") + "ar=" + listYear;
    }

    public String editUrl(Denominator denominator) {
        return listUrl(county, year) + "&andra=" + denominator.id() + "#formularrubrik";
    }

    public List<SelectItem> getCountyOptions() {
        return getCounties().stream().map(code -> new SelectItem(code, vocabularies.countyName(code))).toList();
    }

    public List<SelectItem> getTypeOptions() {
        return Stream.concat(Stream.of(new SelectItem("", Messages.get("reachpages.denominators.anyType"))),
                Arrays.stream(OrganisationType.values()).map(t -> new SelectItem(t.name(), Messages.get(t.messageKey()))))
                .toList();
    }

    public List<SelectItem> getProfessionOptions() {
        return Stream.concat(Stream.of(new SelectItem("", Messages.get("reachpages.denominators.anyProfession"))),
                vocabularies.getProfessionOptions().stream()).toList();
    }

    /** Who a total counts, as the list shows it: "Kvinnojour", "Kurator" or "Kvinnojour, Kurator". */
    public String who(Denominator denominator) {
        return Stream.of(denominator.organisationType() == null ? null
                                : Messages.get("organisationType." + denominator.organisationType()),
                        denominator.professionCode() == null ? null
                                : vocabularies.professionName(denominator.professionCode()))
                .filter(name -> name != null).collect(Collectors.joining(", "));
    }

    public String countyName(String code) {
        return vocabularies.countyName(code);
    }

    // ---- fields

    public String getCounty() {
        return county;
    }

    public int getYear() {
        return year;
    }

    public boolean isEditing() {
        return editingId != 0;
    }

    public String getFormCounty() {
        return formCounty;
    }

    public void setFormCounty(String formCounty) {
        this.formCounty = formCounty;
    }

    public String getFormYear() {
        return formYear;
    }

    public void setFormYear(String formYear) {
        this.formYear = formYear;
    }

    public String getFormLabel() {
        return formLabel;
    }

    public void setFormLabel(String formLabel) {
        this.formLabel = formLabel;
    }

    public String getFormType() {
        return formType;
    }

    public void setFormType(String formType) {
        this.formType = formType;
    }

    public String getFormProfession() {
        return formProfession;
    }

    public void setFormProfession(String formProfession) {
        this.formProfession = formProfession;
    }

    public String getFormTotal() {
        return formTotal;
    }

    public void setFormTotal(String formTotal) {
        this.formTotal = formTotal;
    }
}
