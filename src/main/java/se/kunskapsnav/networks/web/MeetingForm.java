package se.kunskapsnav.networks.web;

import se.kunskapsnav.courses.SessionInput;
import se.kunskapsnav.networks.MeetingInput;
import se.kunskapsnav.networks.NetworkMeeting;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The meeting form as the browser sends it ({@code datetime-local} values such as {@code 2026-03-03T09:00});
 * turns itself into a {@link MeetingInput}, remembering the times it could not read.
 */
public class MeetingForm implements Serializable {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private String title;
    private String start;
    private String end;
    private String place;
    private String address;
    private String onlineUrl;
    private String agenda;

    /** Field name to message key for what could not be read, from the last {@link #toInput()}. */
    private final Map<String, String> unreadable = new LinkedHashMap<>();

    static MeetingForm of(NetworkMeeting meeting) {
        MeetingForm form = new MeetingForm();
        SessionInput session = meeting.toInput();
        form.title = meeting.getTitle();
        form.start = session.start().format(LOCAL);
        form.end = session.end().format(LOCAL);
        form.place = session.place();
        form.address = session.address();
        form.onlineUrl = session.onlineUrl();
        form.agenda = meeting.getAgenda();
        return form;
    }

    MeetingInput toInput() {
        unreadable.clear();
        return new MeetingInput(title, SessionInput.read("", start, end, place, address, onlineUrl, unreadable),
                agenda);
    }

    /** The service's problems, with the form's own where it could not read a time (the service saw none). */
    Map<String, String> problems(Map<String, String> fromService) {
        Map<String, String> problems = new LinkedHashMap<>(fromService);
        unreadable.forEach((field, key) -> {
            if (problems.containsKey(field)) {
                problems.put(field, key);
            }
        });
        return problems;
    }

    static Map<String, String> components(String formId) {
        Map<String, String> components = new LinkedHashMap<>();
        for (String field : List.of("title", "start", "end", "place", "address", "onlineUrl", "agenda")) {
            components.put(field, formId + ":" + field);
        }
        return components;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
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

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }
}
