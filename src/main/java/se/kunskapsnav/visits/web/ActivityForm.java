package se.kunskapsnav.visits.web;

import se.kunskapsnav.platform.TextInput;
import se.kunskapsnav.visits.ActivityInput;
import se.kunskapsnav.visits.ParticipationInput;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The count-only activity form, and its participation rows, as the browser sends them. */
public class ActivityForm implements Serializable {

    /** How many came from a municipality or organisation in a profession. */
    public static class ParticipationRow implements Serializable {
        private String municipalityCode;
        private String organisationId;
        private String professionCode;
        private String attendees;

        boolean isEmpty() {
            return blank(municipalityCode) && blank(organisationId) && blank(professionCode) && blank(attendees);
        }

        public String getMunicipalityCode() {
            return municipalityCode;
        }

        public void setMunicipalityCode(String municipalityCode) {
            this.municipalityCode = municipalityCode;
        }

        public String getOrganisationId() {
            return organisationId;
        }

        public void setOrganisationId(String organisationId) {
            this.organisationId = organisationId;
        }

        public String getProfessionCode() {
            return professionCode;
        }

        public void setProfessionCode(String professionCode) {
            this.professionCode = professionCode;
        }

        public String getAttendees() {
            return attendees;
        }

        public void setAttendees(String attendees) {
            this.attendees = attendees;
        }
    }

    private String countyCode;
    private String kindCode;
    private String title;
    private String organiser;
    private String startsOn;
    private String endsOn;
    private List<String> themes = new ArrayList<>();
    private final List<ParticipationRow> participation = new ArrayList<>();

    private final Map<String, String> unreadable = new LinkedHashMap<>();
    private final List<Integer> rowOfInput = new ArrayList<>();

    static ActivityForm empty(String countyCode) {
        ActivityForm form = new ActivityForm();
        form.countyCode = countyCode;
        return form;
    }

    static ActivityForm of(ActivityInput input, List<ParticipationInput> participation) {
        ActivityForm form = new ActivityForm();
        form.countyCode = input.countyCode();
        form.kindCode = input.kindCode();
        form.title = input.title();
        form.organiser = input.organiser();
        form.startsOn = input.startsOn().toString();
        form.endsOn = input.endsOn().toString();
        form.themes = new ArrayList<>(input.themes());
        participation.forEach(p -> {
            ParticipationRow row = form.addRow();
            row.municipalityCode = p.municipalityCode();
            row.organisationId = p.organisationId() == null ? null : p.organisationId().toString();
            row.professionCode = p.professionCode();
            row.attendees = String.valueOf(p.attendees());
        });
        form.addRow();
        return form;
    }

    ParticipationRow addRow() {
        ParticipationRow row = new ParticipationRow();
        participation.add(row);
        return row;
    }

    ActivityInput toInput() {
        unreadable.clear();
        return new ActivityInput(blank(countyCode) ? null : countyCode, blank(kindCode) ? null : kindCode, title,
                organiser, TextInput.date(startsOn, "startsOn", unreadable),
                TextInput.date(endsOn, "endsOn", unreadable), themes);
    }

    List<ParticipationInput> participationInput() {
        unreadable.clear();
        rowOfInput.clear();
        List<ParticipationInput> rows = new ArrayList<>();
        for (int row = 0; row < participation.size(); row++) {
            ParticipationRow p = participation.get(row);
            if (!p.isEmpty()) {
                String field = "participation[" + rows.size() + "]";
                rowOfInput.add(row);
                rows.add(new ParticipationInput(blank(p.municipalityCode) ? null : p.municipalityCode,
                        TextInput.id(p.organisationId), blank(p.professionCode) ? null : p.professionCode,
                        TextInput.wholeNumber(p.attendees, field + ".attendees", "visits.form.countNotNumber",
                                unreadable)));
            }
        }
        return rows;
    }

    Map<String, String> problems(Map<String, String> fromService) {
        Map<String, String> problems = new LinkedHashMap<>(fromService);
        problems.putAll(unreadable);
        return problems;
    }

    Map<String, String> components(String formId) {
        Map<String, String> components = new LinkedHashMap<>();
        for (String field : List.of("countyCode", "kindCode", "title", "organiser", "startsOn", "endsOn", "themes")) {
            components.put(field, formId + ":" + field);
        }
        return components;
    }

    Map<String, String> participationComponents(String formId) {
        Map<String, String> components = new LinkedHashMap<>();
        for (int i = 0; i < rowOfInput.size(); i++) {
            for (String part : List.of("municipalityCode", "organisationId", "professionCode", "attendees")) {
                components.put("participation[" + i + "]." + part,
                        formId + ":rader:" + rowOfInput.get(i) + ":" + part);
            }
            components.put("participation[" + i + "]", formId + ":rader:" + rowOfInput.get(i) + ":municipalityCode");
        }
        return components;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getCountyCode() {
        return countyCode;
    }

    public void setCountyCode(String countyCode) {
        this.countyCode = countyCode;
    }

    public String getKindCode() {
        return kindCode;
    }

    public void setKindCode(String kindCode) {
        this.kindCode = kindCode;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOrganiser() {
        return organiser;
    }

    public void setOrganiser(String organiser) {
        this.organiser = organiser;
    }

    public String getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(String startsOn) {
        this.startsOn = startsOn;
    }

    public String getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(String endsOn) {
        this.endsOn = endsOn;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes;
    }

    public List<ParticipationRow> getParticipation() {
        return participation;
    }
}
