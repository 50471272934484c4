package se.kunskapsnav.webcourse.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.TextInput;
import se.kunskapsnav.webcourse.GroupSession;
import se.kunskapsnav.webcourse.SessionPlanInput;
import se.kunskapsnav.webcourse.StudyGroupService;
import se.kunskapsnav.webcourse.WebCourseService;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A study group's sessions on {@link StudyGroupPage}: the plan by module, the reflection questions of the next
 * session for members, and the leader's forms to plan a session, delete one and mark one held with the modules
 * covered and who was there ({@code ?traff=} chooses the session to mark).
 */
@Named
@ViewScoped
public class GroupSessionsSection implements Serializable {

    @Inject
    StudyGroupPage page;

    @Inject
    StudyGroupService groups;

    @Inject
    WebCourseService webCourse;

    @Inject
    WebCourseLabels labels;

    private String session;
    private String plannedOn;
    private List<String> planModules = new ArrayList<>();
    private Long markingId;
    private boolean markHeld;
    private List<String> markCovered = new ArrayList<>();
    private final Map<Long, Boolean> presence = new HashMap<>();

    private transient List<SessionRow> sessions;
    private transient List<ModuleText> reflections;

    /** View action after the page's: the leader's form to mark a session starts from what was recorded. */
    public void load() {
        if (!page.isLeader() || session == null) {
            return;
        }
        getSessions().stream().filter(s -> Objects.toString(s.id()).equals(session.trim())).findFirst()
                .ifPresent(s -> {
                    markingId = s.id();
                    markHeld = s.held();
                    markCovered = new ArrayList<>(s.modules().stream().filter(ModuleMark::covered)
                            .map(ModuleMark::code).toList());
                    Map<Long, Boolean> marks = groups.attendance(s.id());
                    presence.clear();
                    page.getMembers().forEach(m -> presence.put(m.id(), marks.getOrDefault(m.id(), false)));
                });
    }

    public List<SessionRow> getSessions() {
        if (sessions == null) {
            sessions = groups.sessions(page.getGroupId()).stream().map(this::sessionRow).toList();
        }
        return sessions;
    }

    private SessionRow sessionRow(GroupSession s) {
        List<ModuleMark> modules = s.getModules().entrySet().stream()
                .map(e -> new ModuleMark(e.getKey(), labels.moduleTitle(e.getKey()), e.getValue())).toList();
        return new SessionRow(s.getId(), s.getPlannedOn(), s.isHeld(), modules);
    }

    /** The first session not yet held, or null. */
    public SessionRow getNextSession() {
        return getSessions().stream().filter(s -> !s.held()).findFirst().orElse(null);
    }

    /** The reflection questions of the next session's modules, for the members to prepare. */
    public List<ModuleText> getReflections() {
        if (reflections == null) {
            SessionRow next = getNextSession();
            List<ModuleText> found = new ArrayList<>();
            for (ModuleMark mark : next == null ? List.<ModuleMark>of() : next.modules()) {
                webCourse.content().module(mark.code()).ifPresent(module -> found.add(
                        ModuleText.of(module, module.reflection())));
            }
            reflections = found;
        }
        return reflections;
    }

    /** The session being marked held, or null. */
    public SessionRow getMarking() {
        return markingId == null ? null
                : getSessions().stream().filter(s -> s.id() == markingId).findFirst().orElse(null);
    }

    public void plan() {
        Map<String, String> unreadable = new LinkedHashMap<>();
        LocalDate on = TextInput.date(plannedOn, "plannedOn", unreadable);
        page.change(() -> {
            if (!unreadable.isEmpty()) {
                throw new InvalidInputException(unreadable);
            }
            groups.planSession(page.getGroupId(), new SessionPlanInput(on, planModules));
        }, "webcourse.group.sessionPlanned", Map.of("plannedOn", "plan:plannedOn", "modules", "plan:modules"));
    }

    public void deleteSession(long sessionId) {
        page.change(() -> groups.deleteSession(sessionId), "webcourse.group.sessionDeleted", Map.of());
    }

    public void saveMark() {
        page.change(() -> groups.markSession(markingId, markHeld, Set.copyOf(markCovered), Map.copyOf(presence)),
                "webcourse.group.sessionMarked", Map.of("held", "genomforande:held", "covered", "genomforande:covered",
                        "attendance", "genomforande:narvaroRubrik"));
    }

    // ---- view parameter and form values

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }

    public String getPlannedOn() {
        return plannedOn;
    }

    public void setPlannedOn(String plannedOn) {
        this.plannedOn = plannedOn;
    }

    public List<String> getPlanModules() {
        return planModules;
    }

    public void setPlanModules(List<String> planModules) {
        this.planModules = planModules;
    }

    public boolean isMarkHeld() {
        return markHeld;
    }

    public void setMarkHeld(boolean markHeld) {
        this.markHeld = markHeld;
    }

    public List<String> getMarkCovered() {
        return markCovered;
    }

    public void setMarkCovered(List<String> markCovered) {
        this.markCovered = markCovered;
    }

    public Map<Long, Boolean> getPresence() {
        return presence;
    }

    // ---- rows

    /** A session: its date, whether it was held, and its planned modules with their covered mark. */
    public record SessionRow(long id, LocalDate plannedOn, boolean held, List<ModuleMark> modules)
            implements Serializable {

        // Jakarta EL 5 reads bean getters, not record accessors.

        public long getId() {
            return id;
        }

        public LocalDate getPlannedOn() {
            return plannedOn;
        }

        public boolean isHeld() {
            return held;
        }

        public List<ModuleMark> getModules() {
            return modules;
        }
    }

    /** A module planned for a session, and whether the session covered it. */
    public record ModuleMark(String code, String title, boolean covered) implements Serializable {

        public String getCode() {
            return code;
        }

        public String getTitle() {
            return title;
        }

        public boolean isCovered() {
            return covered;
        }
    }
}
