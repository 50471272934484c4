package se.kunskapsnav.courses.web;

import se.kunskapsnav.courses.CourseFormat;
import se.kunskapsnav.courses.CourseInput;
import se.kunskapsnav.courses.CourseLevel;
import se.kunskapsnav.courses.SessionInput;
import se.kunskapsnav.platform.TextInput;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The course form as the browser sends it: text for every field ({@code datetime-local} values such as
 * {@code 2026-03-03T09:00}), code lists for the checkboxes, and a fixed set of session rows of which the
 * empty ones are left out. Turns itself into a {@link CourseInput}, remembering what it could not read.
 */
public class CourseForm implements Serializable {

    /** Empty session rows offered below the filled ones. */
    static final int EXTRA_SESSION_ROWS = 2;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** One session row of the form. */
    public static class SessionRow implements Serializable {

        private String start;
        private String end;
        private String place;
        private String address;
        private String onlineUrl;

        SessionRow() {
        }

        SessionRow(SessionInput session) {
            start = session.start().format(LOCAL);
            end = session.end().format(LOCAL);
            place = session.place();
            address = session.address();
            onlineUrl = session.onlineUrl();
        }

        boolean isEmpty() {
            return blank(start) && blank(end) && blank(place) && blank(address) && blank(onlineUrl);
        }

        public String getStart() {
            return start;
        }

        public void setStart(String start) {
            this.start = start;
        }

        public String getEnd() {
            return end;
        }

        public void setEnd(String end) {
            this.end = end;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String place) {
            this.place = place;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String address) {
            this.address = address;
        }

        public String getOnlineUrl() {
            return onlineUrl;
        }

        public void setOnlineUrl(String onlineUrl) {
            this.onlineUrl = onlineUrl;
        }
    }

    private String title;
    private String summary;
    private String description;
    private String kindCode;
    private String countyCode;
    private List<String> coOrganisers = new ArrayList<>();
    private String level;
    private String format;
    private List<String> professions = new ArrayList<>();
    private List<String> sectors = new ArrayList<>();
    private List<String> themes = new ArrayList<>();
    private List<String> targetGroups = new ArrayList<>();
    private final List<SessionRow> sessions = new ArrayList<>();
    private String capacity;
    private String seatQuota;
    private String seatQuotaUntil;
    private String registrationOpens;
    private String registrationCloses;
    private boolean requiresApproval;
    private String contactName;
    private String contactEmail;
    private String followsUpCourseId;
    private boolean recursYearly;
    private String seriesId;

    /** Field name to message key for what could not be read, from the last {@link #toInput()}. */
    private final Map<String, String> unreadable = new LinkedHashMap<>();
    /** The form row of each session in the last {@link #toInput()}: empty rows are skipped. */
    private final List<Integer> rowOfSession = new ArrayList<>();

    /** An empty form for a new course of the editor's county. */
    static CourseForm empty(String countyCode) {
        CourseForm form = new CourseForm();
        form.countyCode = countyCode;
        form.level = CourseLevel.REGIONAL.name();
        form.format = CourseFormat.ON_SITE.name();
        form.addEmptyRows();
        return form;
    }

    static CourseForm of(CourseInput input) {
        CourseForm form = new CourseForm();
        form.title = input.title();
        form.summary = input.summary();
        form.description = input.description();
        form.kindCode = input.kindCode();
        form.countyCode = input.countyCode();
        form.coOrganisers = new ArrayList<>(input.coOrganisers());
        form.level = input.level().name();
        form.format = input.format().name();
        form.professions = new ArrayList<>(input.professions());
        form.sectors = new ArrayList<>(input.sectors());
        form.themes = new ArrayList<>(input.themes());
        form.targetGroups = new ArrayList<>(input.targetGroups());
        input.sessions().forEach(s -> form.sessions.add(new SessionRow(s)));
        form.addEmptyRows();
        form.capacity = String.valueOf(input.capacity());
        form.seatQuota = input.seatQuota() == null ? null : input.seatQuota().toString();
        form.seatQuotaUntil = input.seatQuotaUntil() == null ? null : input.seatQuotaUntil().toString();
        form.registrationOpens = input.registrationOpens().format(LOCAL);
        form.registrationCloses = input.registrationCloses().format(LOCAL);
        form.requiresApproval = input.requiresApproval();
        form.contactName = input.contactName();
        form.contactEmail = input.contactEmail();
        form.followsUpCourseId = input.followsUpCourseId() == null ? null : input.followsUpCourseId().toString();
        form.recursYearly = input.recursYearly();
        form.seriesId = input.seriesId() == null ? null : input.seriesId().toString();
        return form;
    }

    private void addEmptyRows() {
        for (int i = 0; i < EXTRA_SESSION_ROWS; i++) {
            sessions.add(new SessionRow());
        }
    }

    /** The input to give the service; fields it could not read are null and noted for {@link #problems}. */
    CourseInput toInput() {
        unreadable.clear();
        rowOfSession.clear();
        List<SessionInput> given = new ArrayList<>();
        for (int row = 0; row < sessions.size(); row++) {
            SessionRow session = sessions.get(row);
            if (!session.isEmpty()) {
                String field = "sessions[" + given.size() + "].";
                rowOfSession.add(row);
                given.add(SessionInput.read(field, session.start, session.end, session.place, session.address,
                        session.onlineUrl, unreadable));
            }
        }
        return new CourseInput(title, summary, description, blankToNull(kindCode), blankToNull(countyCode),
                coOrganisers, choice(CourseLevel.class, level, "level", "course.unknownLevel"),
                choice(CourseFormat.class, format, "format", "course.unknownFormat"), professions, sectors, themes,
                targetGroups, given,
                TextInput.wholeNumber(capacity, "capacity", "courses.form.capacityNotNumber", unreadable),
                TextInput.dateTime(registrationOpens, "registrationOpens", unreadable),
                TextInput.dateTime(registrationCloses, "registrationCloses", unreadable), requiresApproval, contactName,
                contactEmail, TextInput.id(followsUpCourseId), recursYearly, TextInput.id(seriesId), quota(),
                TextInput.date(seatQuotaUntil, "seatQuotaUntil", unreadable));
    }

    /** The seat quota; one that is not a number is -1, which the rules refuse, so it is not taken as none. */
    private Integer quota() {
        Integer quota = TextInput.wholeNumber(seatQuota, "seatQuota", "courses.form.seatQuotaNotNumber", unreadable);
        return unreadable.containsKey("seatQuota") ? Integer.valueOf(-1) : quota;
    }

    /**
     * The service's problems, with the form's own where it could not read a value (the service only saw
     * it missing).
     */
    Map<String, String> problems(Map<String, String> fromService) {
        Map<String, String> problems = new LinkedHashMap<>(fromService);
        unreadable.forEach((field, key) -> {
            if (problems.containsKey(field)) {
                problems.put(field, key);
            }
        });
        return problems;
    }

    /** Field names to the client ids of the form's inputs; the session fields to their rows. */
    Map<String, String> components(String formId) {
        Map<String, String> components = new LinkedHashMap<>();
        for (String field : List.of("title", "summary", "description", "kindCode", "countyCode", "coOrganisers",
                "level", "format", "professions", "sectors", "themes", "targetGroups", "capacity",
                "seatQuota", "seatQuotaUntil", "registrationOpens", "registrationCloses", "contactName", "contactEmail",
                "followsUpCourseId",
                "seriesId")) {
            components.put(field, formId + ":" + field);
        }
        for (int i = 0; i < rowOfSession.size(); i++) {
            for (String part : List.of("start", "end", "place", "address", "onlineUrl")) {
                components.put("sessions[" + i + "]." + part, formId + ":sessions:" + rowOfSession.get(i) + ":" + part);
            }
        }
        return components;
    }

    private <E extends Enum<E>> E choice(Class<E> type, String value, String field, String key) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            unreadable.put(field, key);
            return null;
        }
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public List<SessionRow> getSessions() {
        return sessions;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getKindCode() {
        return kindCode;
    }

    public void setKindCode(String kindCode) {
        this.kindCode = kindCode;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public void setCountyCode(String countyCode) {
        this.countyCode = countyCode;
    }

    public List<String> getCoOrganisers() {
        return coOrganisers;
    }

    public void setCoOrganisers(List<String> coOrganisers) {
        this.coOrganisers = coOrganisers;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public List<String> getProfessions() {
        return professions;
    }

    public void setProfessions(List<String> professions) {
        this.professions = professions;
    }

    public List<String> getSectors() {
        return sectors;
    }

    public void setSectors(List<String> sectors) {
        this.sectors = sectors;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes;
    }

    public List<String> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<String> targetGroups) {
        this.targetGroups = targetGroups;
    }

    public String getSeatQuota() {
        return seatQuota;
    }

    public void setSeatQuota(String seatQuota) {
        this.seatQuota = seatQuota;
    }

    public String getSeatQuotaUntil() {
        return seatQuotaUntil;
    }

    public void setSeatQuotaUntil(String seatQuotaUntil) {
        this.seatQuotaUntil = seatQuotaUntil;
    }

    public String getCapacity() {
        return capacity;
    }

    public void setCapacity(String capacity) {
        this.capacity = capacity;
    }

    public String getRegistrationOpens() {
        return registrationOpens;
    }

    public void setRegistrationOpens(String registrationOpens) {
        this.registrationOpens = registrationOpens;
    }

    public String getRegistrationCloses() {
        return registrationCloses;
    }

    public void setRegistrationCloses(String registrationCloses) {
        this.registrationCloses = registrationCloses;
    }

    public boolean isRequiresApproval() {
        return requiresApproval;
    }

    public void setRequiresApproval(boolean requiresApproval) {
        this.requiresApproval = requiresApproval;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getFollowsUpCourseId() {
        return followsUpCourseId;
    }

    public void setFollowsUpCourseId(String followsUpCourseId) {
        this.followsUpCourseId = followsUpCourseId;
    }

    public boolean isRecursYearly() {
        return recursYearly;
    }

    public void setRecursYearly(boolean recursYearly) {
        this.recursYearly = recursYearly;
    }

    public String getSeriesId() {
        return seriesId;
    }

    public void setSeriesId(String seriesId) {
        this.seriesId = seriesId;
    }
}
