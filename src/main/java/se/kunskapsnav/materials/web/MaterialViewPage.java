package se.kunskapsnav.materials.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.courses.Course;
import se.kunskapsnav.courses.CourseSeats;
import se.kunskapsnav.courses.CourseService;
import se.kunskapsnav.courses.SwedishTime;
import se.kunskapsnav.materials.FileHistory;
import se.kunskapsnav.materials.Material;
import se.kunskapsnav.materials.MaterialDownloads;
import se.kunskapsnav.materials.MaterialFiles;
import se.kunskapsnav.materials.MaterialLinks;
import se.kunskapsnav.materials.MaterialService;
import se.kunskapsnav.materials.MeetingUse;
import se.kunskapsnav.materials.MonthlyDownloads;
import se.kunskapsnav.networks.Network;
import se.kunskapsnav.networks.NetworkService;
import se.kunskapsnav.platform.AccessDeniedException;
import se.kunskapsnav.platform.Markdown;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.web.CurrentUser;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.platform.web.UrlIds;
import se.kunskapsnav.webcourse.CourseModule;
import se.kunskapsnav.webcourse.WebCourseService;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * {@code /material/{id}}: one material with its tags, summary, link and files, and where it is used. Its
 * editors also see the downloads per month; editors link it to their courses and network meetings, and
 * administrators to the web course's modules. A material that is not for the visitor is the "not allowed"
 * page, or the login first for someone not logged in.
 */
@Named
@RequestScoped
public class MaterialViewPage {

    @Inject
    MaterialService materials;

    @Inject
    MaterialFiles materialFiles;

    @Inject
    MaterialLinks links;

    @Inject
    MaterialDownloads counted;

    @Inject
    CourseService courses;

    @Inject
    NetworkService networks;

    @Inject
    WebCourseService webCourse;

    @Inject
    CurrentUser user;

    private Material material;
    private List<FileHistory> files;
    private List<Course> usedInCourses;
    private List<MeetingUse> usedInMeetings;
    private List<CourseModule> usedInModules;
    private List<MonthlyDownloads> downloads;
    private List<SelectItem> courseOptions;
    private List<SelectItem> meetingOptions;
    private String courseToLink;
    private String meetingToLink;
    private String moduleToLink;

    /** View action: 404 for no such material; not for the visitor: the login first, or 403. */
    public void load() {
        String id = Faces.request().getParameter("id");
        try {
            getMaterial();
        } catch (NotFoundException e) {
            Faces.sendError(404);
        } catch (AccessDeniedException e) {
            if (user.isLoggedIn()) {
                Faces.sendError(403);
            } else {
                Faces.redirect("/logga-in?tillbaka=" + URLEncoder.encode("/material/" + id, StandardCharsets.UTF_8));
            }
        }
    }

    public Material getMaterial() {
        if (material == null) {
            // from the query the readable URL forwards with, also on a postback
            material = materials.material(UrlIds.parse(Faces.request().getParameter("id")));
        }
        return material;
    }

    public String getSummaryHtml() {
        return Markdown.toSafeHtml(getMaterial().getSummary());
    }

    public boolean isMayEdit() {
        return materials.mayEdit(getMaterial());
    }

    public List<FileHistory> getFiles() {
        if (files == null) {
            files = materialFiles.of(getMaterial());
        }
        return files;
    }

    public List<MonthlyDownloads> getDownloads() {
        if (downloads == null) {
            downloads = isMayEdit() ? counted.downloads(getMaterial().getId()) : List.of();
        }
        return downloads;
    }

    // ---- where it is used

    public List<Course> getUsedInCourses() {
        if (usedInCourses == null) {
            usedInCourses = links.coursesUsing(getMaterial());
        }
        return usedInCourses;
    }

    public boolean mayUnlink(Course course) {
        return courses.mayEdit(course);
    }

    public List<MeetingUse> getUsedInMeetings() {
        if (usedInMeetings == null) {
            usedInMeetings = links.meetingsUsing(getMaterial());
        }
        return usedInMeetings;
    }

    /** The web course's modules using it, in course order. */
    public List<CourseModule> getUsedInModules() {
        if (usedInModules == null) {
            usedInModules = getMaterial().getModuleCodes().stream()
                    .map(code -> webCourse.content().module(code).orElse(null))
                    .filter(Objects::nonNull)
                    .sorted(Comparator.comparingInt(CourseModule::number)).toList();
        }
        return usedInModules;
    }

    public boolean isUsed() {
        return !getUsedInCourses().isEmpty() || !getUsedInMeetings().isEmpty() || !getUsedInModules().isEmpty();
    }

    // ---- linking, for editors

    public boolean isMayLink() {
        return user.isAdministrator() || user.isEditor();
    }

    /** The courses the editor may change that do not use the material yet, the latest first. */
    public List<SelectItem> getCourseOptions() {
        if (courseOptions == null) {
            courseOptions = courses.editableCourses().stream().map(CourseSeats::course)
                    .filter(c -> !getMaterial().getCourseIds().contains(c.getId()))
                    .map(c -> new SelectItem(String.valueOf(c.getId()),
                            c.getTitle() + " (" + SwedishTime.date(c.getStartsAt()) + ")"))
                    .toList();
        }
        return courseOptions;
    }

    /** The meetings of the networks the editor may run that do not use the material yet, the latest first. */
    public List<SelectItem> getMeetingOptions() {
        if (meetingOptions == null) {
            Map<Long, Network> ofMeeting = new HashMap<>();
            meetingOptions = links.linkableMeetings().stream()
                    .filter(m -> !getMaterial().getMeetingIds().contains(m.getId()))
                    .map(m -> new SelectItem(String.valueOf(m.getId()),
                            ofMeeting.computeIfAbsent(m.getNetworkId(), networks::network).getName() + ": "
                                    + m.getTitle() + " (" + SwedishTime.date(m.getStartsAt()) + ")"))
                    .toList();
        }
        return meetingOptions;
    }

    /** The web course's modules not using the material yet: administrators only. */
    public List<SelectItem> getModuleOptions() {
        if (!user.isAdministrator()) {
            return List.of();
        }
        return webCourse.content().modules().stream()
                .filter(m -> !getMaterial().getModuleCodes().contains(m.code()))
                .map(m -> new SelectItem(m.code(), m.number() + ". " + m.title())).toList();
    }

    public void linkCourse() {
        link(courseToLink, "kurskoppling:kurs",
                value -> links.linkCourse(getMaterial().getId(), UrlIds.parse(value), true));
    }

    public void unlinkCourse(long courseId) {
        change(() -> links.linkCourse(getMaterial().getId(), courseId, false), "materials.page.unlinked");
    }

    public void linkMeeting() {
        link(meetingToLink, "traffkoppling:traff",
                value -> links.linkMeeting(getMaterial().getId(), UrlIds.parse(value), true));
    }

    public void unlinkMeeting(long meetingId) {
        change(() -> links.linkMeeting(getMaterial().getId(), meetingId, false), "materials.page.unlinked");
    }

    public void linkModule() {
        link(moduleToLink, "modulkoppling:modul", value -> links.linkModule(getMaterial().getId(), value, true));
    }

    public void unlinkModule(String moduleCode) {
        change(() -> links.linkModule(getMaterial().getId(), moduleCode, false), "materials.page.unlinked");
    }

    /** Links to the chosen course, meeting or module; without a choice the field says so. */
    private void link(String value, String field, Consumer<String> linking) {
        if (value == null || value.isBlank()) {
            Faces.message(field, FacesMessage.SEVERITY_ERROR, "materials.page.chooseTarget");
            return;
        }
        change(() -> linking.accept(value), "materials.page.linked");
    }

    private void change(Runnable change, String doneKey) {
        try {
            change.run();
            Faces.message(null, FacesMessage.SEVERITY_INFO, doneKey);
            Faces.redirect("/material/" + getMaterial().getId());
        } catch (NotFoundException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, "materials.page.targetGone");
        }
    }

    public String getCourseToLink() {
        return courseToLink;
    }

    public void setCourseToLink(String courseToLink) {
        this.courseToLink = courseToLink;
    }

    public String getMeetingToLink() {
        return meetingToLink;
    }

    public void setMeetingToLink(String meetingToLink) {
        this.meetingToLink = meetingToLink;
    }

    public String getModuleToLink() {
        return moduleToLink;
    }

    public void setModuleToLink(String moduleToLink) {
        this.moduleToLink = moduleToLink;
    }
}
