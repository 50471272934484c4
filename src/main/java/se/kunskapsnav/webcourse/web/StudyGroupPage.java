package se.kunskapsnav.webcourse.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.accounts.AccountService;
import se.kunskapsnav.courses.web.CourseLabels;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.TextInput;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.platform.web.UrlIds;
import se.kunskapsnav.webcourse.GroupMember;
import se.kunskapsnav.webcourse.GroupMemberListing;
import se.kunskapsnav.webcourse.GroupSession;
import se.kunskapsnav.webcourse.RecordedMemberInput;
import se.kunskapsnav.webcourse.SessionPlanInput;
import se.kunskapsnav.webcourse.StudyGroup;
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
import java.util.Optional;
import java.util.Set;

/**
 * {@code /webbkurs/grupper/{id}}: a study group. Its leader changes it, hands out the invitation link, records
 * and removes members, counts participants per profession, plans sessions by module and marks them held with
 * the modules covered and who was there ({@code ?traff=} chooses the session to mark). A member sees the plan,
 * the reflection questions for the next session, and may leave. Editors of the group's county see it without
 * changing it. Every change reloads the page with its message.
 */
@Named
@ViewScoped
public class StudyGroupPage implements Serializable {

    static final String EDIT_FORM = "grupp";

    @Inject
    transient StudyGroupService groups;

    @Inject
    transient WebCourseService webCourse;

    @Inject
    transient AccountService accounts;

    @Inject
    transient WebCourseLabels labels;

    @Inject
    transient CourseLabels courseLabels;

    private String id;
    private String session;
    private long groupId;
    private boolean leader;
    private boolean member;

    private GroupForm form;
    private String plannedOn;
    private List<String> planModules = new ArrayList<>();
    private Long markingId;
    private boolean markHeld;
    private List<String> markCovered = new ArrayList<>();
    private final Map<Long, Boolean> presence = new HashMap<>();
    private String recordName;
    private String recordProfession;
    private String recordSector;
    private List<CountRow> counts = List.of();

    private transient StudyGroup group;
    private transient List<SessionRow> sessions;
    private transient List<MemberRow> members;
    private transient List<Reflection> reflections;
    private transient String leaderName;
    private transient Long memberCount;

    /** View action: 404 for no such group or one the person may not see. */
    public void load() {
        try {
            groupId = UrlIds.parse(id);
            getGroup();
        } catch (NotFoundException e) {
            Faces.sendError(404);
            return;
        }
        leader = groups.mayManage(getGroup());
        member = groups.myMembership().map(GroupMember::getGroupId).filter(g -> g == groupId).isPresent();
        if (leader && form == null) {
            form = GroupForm.of(getGroup());
            counts = courseLabels.professions().entrySet().stream()
                    .map(p -> new CountRow(p.getKey(), p.getValue(), Optional.ofNullable(getGroup().getCounts()
                            .get(p.getKey())).map(String::valueOf).orElse(""))).toList();
            chooseSessionToMark();
        }
    }

    private void chooseSessionToMark() {
        if (session == null) {
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
                    getMembers().forEach(m -> presence.put(m.id(), marks.getOrDefault(m.id(), false)));
                });
    }

    public StudyGroup getGroup() {
        if (group == null) {
            group = groups.group(groupId);
        }
        return group;
    }

    public boolean isLeader() {
        return leader;
    }

    public boolean isMember() {
        return member;
    }

    public String getLeaderName() {
        if (leaderName == null) {
            leaderName = accounts.account(getGroup().getLeaderAccountId()).getName();
        }
        return leaderName;
    }

    public long getMemberCount() {
        if (memberCount == null) {
            memberCount = groups.currentMemberCount(groupId);
        }
        return memberCount;
    }

    public String getInvitationUrl() {
        return groups.invitationUrl(getGroup());
    }

    // ---- sessions

    public List<SessionRow> getSessions() {
        if (sessions == null) {
            sessions = groups.sessions(groupId).stream().map(this::sessionRow).toList();
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
    public List<Reflection> getReflections() {
        if (reflections == null) {
            SessionRow next = getNextSession();
            List<Reflection> found = new ArrayList<>();
            for (ModuleMark mark : next == null ? List.<ModuleMark>of() : next.modules()) {
                webCourse.content().module(mark.code()).ifPresent(module -> found.add(
                        new Reflection(module.code(), WebCourseLabels.title(module),
                                CourseText.html(module.reflection(), module.code(), 4))));
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
        change(() -> {
            if (!unreadable.isEmpty()) {
                throw new InvalidInputException(unreadable);
            }
            groups.planSession(groupId, new SessionPlanInput(on, planModules));
        }, "webcourse.group.sessionPlanned", Map.of("plannedOn", "plan:plannedOn", "modules", "plan:modules"));
    }

    public void deleteSession(long sessionId) {
        change(() -> groups.deleteSession(sessionId), "webcourse.group.sessionDeleted", Map.of());
    }

    public void saveMark() {
        change(() -> groups.markSession(markingId, markHeld, Set.copyOf(markCovered), Map.copyOf(presence)),
                "webcourse.group.sessionMarked", Map.of("held", "genomforande:held", "covered", "genomforande:covered",
                        "attendance", "genomforande:narvaroRubrik"));
    }

    // ---- members

    /** Current members, for the leader and the county's editors. */
    public List<MemberRow> getMembers() {
        if (members == null) {
            members = leader || !member ? groups.members(groupId).stream().map(this::memberRow).toList() : List.of();
        }
        return members;
    }

    private MemberRow memberRow(GroupMemberListing listing) {
        GroupMember m = listing.member();
        return new MemberRow(m.getId(), listing.name(), courseLabels.professionName(m.getProfessionCode()),
                labels.sectorName(m.getSectorCode()), m.getAccountId() != null);
    }

    public void record() {
        change(() -> groups.recordMember(groupId, new RecordedMemberInput(recordName, blankToNull(recordProfession),
                        blankToNull(recordSector))), "webcourse.group.memberRecorded",
                Map.of("name", "deltagare:name", "professionCode", "deltagare:profession",
                        "sectorCode", "deltagare:sector"));
    }

    public void removeMember(long memberId) {
        change(() -> groups.removeMember(memberId), "webcourse.group.memberRemoved", Map.of());
    }

    public void saveCounts() {
        Map<String, Integer> byProfession = new LinkedHashMap<>();
        Map<String, String> components = new HashMap<>();
        for (int i = 0; i < counts.size(); i++) {
            CountRow row = counts.get(i);
            byProfession.put(row.getCode(), GroupForm.number(row.getCount()));
            components.put("counts[" + row.getCode() + "]", "antal:yrken:" + i + ":count");
        }
        change(() -> groups.count(groupId, byProfession), "webcourse.group.countsSaved", components);
    }

    // ---- the group itself

    public void showPlaces() {
        form.setMunicipalityCode(null);
        form.setOrganisationId(null);
    }

    public void save() {
        change(() -> groups.update(groupId, form.toInput()), "webcourse.group.saved", GroupForm.components(EDIT_FORM));
    }

    /** A member leaves the group; their own progress in the course stays. */
    public void leave() {
        try {
            groups.leave();
            Faces.message(null, FacesMessage.SEVERITY_INFO, "webcourse.group.left", getGroup().getName());
            Faces.redirect("/webbkurs");
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
    }

    /** Makes a change; done, the page reloads with the message; refused or wrong, it says why. */
    private void change(Runnable change, String doneKey, Map<String, String> components) {
        try {
            change.run();
            Faces.message(null, FacesMessage.SEVERITY_INFO, doneKey);
            Faces.redirect("/webbkurs/grupper/" + groupId);
        } catch (InvalidInputException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, "webcourse.group.notSaved");
            Faces.fieldErrors(e, components);
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    // ---- view parameters and form values

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }

    public GroupForm getForm() {
        return form;
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

    public String getRecordName() {
        return recordName;
    }

    public void setRecordName(String recordName) {
        this.recordName = recordName;
    }

    public String getRecordProfession() {
        return recordProfession;
    }

    public void setRecordProfession(String recordProfession) {
        this.recordProfession = recordProfession;
    }

    public String getRecordSector() {
        return recordSector;
    }

    public void setRecordSector(String recordSector) {
        this.recordSector = recordSector;
    }

    public List<CountRow> getCounts() {
        return counts;
    }

    /** The participants counted per profession, for those who see the group without changing it. */
    public List<CountRow> getCountSummary() {
        return getGroup().getCounts().entrySet().stream()
                .map(e -> new CountRow(e.getKey(), courseLabels.professionName(e.getKey()), e.getValue().toString()))
                .toList();
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

    /** A module's reflection questions as safe HTML. */
    public record Reflection(String code, String title, String html) implements Serializable {

        public String getCode() {
            return code;
        }

        public String getTitle() {
            return title;
        }

        public String getHtml() {
            return html;
        }
    }

    /** A current member; the name is null for a participant recorded without one. */
    public record MemberRow(long id, String name, String profession, String sector, boolean joinedByLink)
            implements Serializable {

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getProfession() {
            return profession;
        }

        public String getSector() {
            return sector;
        }

        public boolean isJoinedByLink() {
            return joinedByLink;
        }
    }

    /** Participants counted in one profession, as typed. */
    public static class CountRow implements Serializable {

        private final String code;
        private final String name;
        private String count;

        CountRow(String code, String name, String count) {
            this.code = code;
            this.name = name;
            this.count = count;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public String getCount() {
            return count;
        }

        public void setCount(String count) {
            this.count = count;
        }
    }
}
