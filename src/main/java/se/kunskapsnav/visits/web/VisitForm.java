package se.kunskapsnav.visits.web;

import se.kunskapsnav.platform.TextInput;
import se.kunskapsnav.visits.VisitInput;
import se.kunskapsnav.visits.VisitKind;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The visit form as the browser sends it: text for every field ({@code date} inputs as {@code 2026-03-03})
 * and rows that can be added and removed. Empty rows are left out. Turns itself into a {@link VisitInput},
 * remembering what it could not read.
 */
public class VisitForm implements Serializable {

    /** A name of someone from the county. */
    public static class StaffRow implements Serializable {
        private String name;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    /** How many came in one profession. */
    public static class CountRow implements Serializable {
        private String professionCode;
        private String attendees;

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

    /** Someone who came, by name. */
    public static class AttendeeRow implements Serializable {
        private String name;
        private String professionCode;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getProfessionCode() {
            return professionCode;
        }

        public void setProfessionCode(String professionCode) {
            this.professionCode = professionCode;
        }
    }

    /** Something to do after the visit. */
    public static class FollowUpRow implements Serializable {
        private String action;
        private String dueOn;
        private String doneOn;

        public String getAction() {
            return action;
        }

        public void setAction(String action) {
            this.action = action;
        }

        public String getDueOn() {
            return dueOn;
        }

        public void setDueOn(String dueOn) {
            this.dueOn = dueOn;
        }

        public String getDoneOn() {
            return doneOn;
        }

        public void setDoneOn(String doneOn) {
            this.doneOn = doneOn;
        }
    }

    private String organisationId;
    private String visitedOn;
    private String kind;
    private List<String> themes = new ArrayList<>();
    private String notes;
    private final List<StaffRow> staff = new ArrayList<>();
    private final List<CountRow> counts = new ArrayList<>();
    private final List<AttendeeRow> attendees = new ArrayList<>();
    private final List<FollowUpRow> followUps = new ArrayList<>();

    private final Map<String, String> unreadable = new LinkedHashMap<>();
    /** Field name prefix of each input row ("counts[0]") to the client id prefix of its form row. */
    private final Map<String, String> rowIds = new LinkedHashMap<>();

    static VisitForm empty() {
        VisitForm form = new VisitForm();
        form.kind = VisitKind.REVIEW.name();
        form.addStaff();
        form.addCount();
        form.addCount();
        form.addFollowUp();
        return form;
    }

    static VisitForm of(VisitInput input) {
        VisitForm form = new VisitForm();
        form.organisationId = input.organisationId() == null ? null : input.organisationId().toString();
        form.visitedOn = text(input.visitedOn());
        form.kind = input.kind() == null ? null : input.kind().name();
        form.themes = new ArrayList<>(input.themes());
        form.notes = input.notes();
        input.staff().forEach(name -> form.addStaff().name = name);
        input.counts().forEach(c -> {
            CountRow row = form.addCount();
            row.professionCode = c.professionCode();
            row.attendees = c.attendees() == null ? null : c.attendees().toString();
        });
        input.attendees().forEach(a -> {
            AttendeeRow row = form.addAttendee();
            row.name = a.name();
            row.professionCode = a.professionCode();
        });
        input.followUps().forEach(f -> {
            FollowUpRow row = form.addFollowUp();
            row.action = f.action();
            row.dueOn = text(f.dueOn());
            row.doneOn = text(f.doneOn());
        });
        if (form.staff.isEmpty()) {
            form.addStaff();
        }
        if (form.counts.isEmpty()) {
            form.addCount();
        }
        return form;
    }

    StaffRow addStaff() {
        StaffRow row = new StaffRow();
        staff.add(row);
        return row;
    }

    CountRow addCount() {
        CountRow row = new CountRow();
        counts.add(row);
        return row;
    }

    AttendeeRow addAttendee() {
        AttendeeRow row = new AttendeeRow();
        attendees.add(row);
        return row;
    }

    FollowUpRow addFollowUp() {
        FollowUpRow row = new FollowUpRow();
        followUps.add(row);
        return row;
    }

    VisitInput toInput() {
        unreadable.clear();
        rowIds.clear();
        List<String> staffNames = new ArrayList<>();
        for (int row = 0; row < staff.size(); row++) {
            if (!blank(staff.get(row).name)) {
                rowIds.put("staff[" + staffNames.size() + "]", "staff:" + row + ":name");
                staffNames.add(staff.get(row).name);
            }
        }
        List<VisitInput.ProfessionCount> countInputs = new ArrayList<>();
        for (int row = 0; row < counts.size(); row++) {
            CountRow c = counts.get(row);
            if (!blank(c.professionCode) || !blank(c.attendees)) {
                String field = "counts[" + countInputs.size() + "]";
                rowIds.put(field, "counts:" + row);
                countInputs.add(new VisitInput.ProfessionCount(c.professionCode, TextInput.wholeNumber(c.attendees,
                        field + ".attendees", "visits.form.countNotNumber", unreadable)));
            }
        }
        List<VisitInput.Attendee> attendeeInputs = new ArrayList<>();
        for (int row = 0; row < attendees.size(); row++) {
            AttendeeRow a = attendees.get(row);
            if (!blank(a.name) || !blank(a.professionCode)) {
                rowIds.put("attendees[" + attendeeInputs.size() + "]", "attendees:" + row);
                attendeeInputs.add(new VisitInput.Attendee(a.name, a.professionCode));
            }
        }
        List<VisitInput.FollowUp> followUpInputs = new ArrayList<>();
        for (int row = 0; row < followUps.size(); row++) {
            FollowUpRow f = followUps.get(row);
            if (!blank(f.action) || !blank(f.dueOn) || !blank(f.doneOn)) {
                String field = "followUps[" + followUpInputs.size() + "]";
                rowIds.put(field, "followUps:" + row);
                followUpInputs.add(new VisitInput.FollowUp(f.action,
                        TextInput.date(f.dueOn, field + ".dueOn", unreadable),
                        TextInput.date(f.doneOn, field + ".doneOn", unreadable)));
            }
        }
        VisitKind chosenKind = null;
        if (!blank(kind)) {
            try {
                chosenKind = VisitKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                unreadable.put("kind", "visits.unknownKind");
            }
        }
        return new VisitInput(TextInput.id(organisationId), TextInput.date(visitedOn, "visitedOn", unreadable),
                chosenKind, themes, staffNames, countInputs, attendeeInputs, notes, followUpInputs);
    }

    /** The service's problems, with the form's own where it could not read a value. */
    Map<String, String> problems(Map<String, String> fromService) {
        Map<String, String> problems = new LinkedHashMap<>(fromService);
        problems.putAll(unreadable);
        return problems;
    }

    /** Field names to the client ids of the inputs; a row's fields to the inputs of its form row. */
    Map<String, String> components(String formId) {
        Map<String, String> components = new LinkedHashMap<>();
        for (String field : List.of("organisationId", "visitedOn", "kind", "themes", "notes")) {
            components.put(field, formId + ":" + field);
        }
        components.put("staff", formId + ":staffHeading");
        components.put("counts", formId + ":countsHeading");
        components.put("attendees", formId + ":attendeesHeading");
        components.put("followUps", formId + ":followUpsHeading");
        rowIds.forEach((field, row) -> {
            if (field.startsWith("staff")) {
                components.put(field, formId + ":" + row);
            } else {
                for (String part : List.of("professionCode", "attendees", "name", "action", "dueOn", "doneOn")) {
                    components.put(field + "." + part, formId + ":" + row + ":" + part);
                }
                components.put(field, formId + ":" + row + ":" + firstPart(field));
            }
        });
        return components;
    }

    private static String firstPart(String field) {
        if (field.startsWith("counts")) {
            return "professionCode";
        }
        return field.startsWith("attendees") ? "name" : "action";
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(String organisationId) {
        this.organisationId = organisationId;
    }

    public String getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(String visitedOn) {
        this.visitedOn = visitedOn;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<StaffRow> getStaff() {
        return staff;
    }

    public List<CountRow> getCounts() {
        return counts;
    }

    public List<AttendeeRow> getAttendees() {
        return attendees;
    }

    public List<FollowUpRow> getFollowUps() {
        return followUps;
    }
}
