package se.kunskapsnav.webcourse.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.webcourse.Enrolment;
import se.kunskapsnav.webcourse.GroupMember;
import se.kunskapsnav.webcourse.GroupSession;
import se.kunskapsnav.webcourse.StudyGroup;
import se.kunskapsnav.webcourse.StudyGroupService;
import se.kunskapsnav.webcourse.WebCourseService;
import se.kunskapsnav.webcourse.api.WebCourseDtos.CourseDto;
import se.kunskapsnav.webcourse.api.WebCourseDtos.GroupDto;
import se.kunskapsnav.webcourse.api.WebCourseDtos.GroupRequest;
import se.kunskapsnav.webcourse.api.WebCourseDtos.HeldRequest;
import se.kunskapsnav.webcourse.api.WebCourseDtos.LessonDto;
import se.kunskapsnav.webcourse.api.WebCourseDtos.MemberDto;
import se.kunskapsnav.webcourse.api.WebCourseDtos.ModuleDto;
import se.kunskapsnav.webcourse.api.WebCourseDtos.OfferDto;
import se.kunskapsnav.webcourse.api.WebCourseDtos.ProgressDto;
import se.kunskapsnav.webcourse.api.WebCourseDtos.QuizAnswersRequest;
import se.kunskapsnav.webcourse.api.WebCourseDtos.QuizResultDto;
import se.kunskapsnav.webcourse.api.WebCourseDtos.RecordedMemberRequest;
import se.kunskapsnav.webcourse.api.WebCourseDtos.SessionDto;
import se.kunskapsnav.webcourse.api.WebCourseDtos.SessionRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The web course for scripts: modules and lessons for anyone, enrolment, progress, quizzes and the
 * certificate for the caller, study groups for their course leaders. Writes need a token.
 */
@Path("webbkurs")
@Produces(MediaType.APPLICATION_JSON)
public class WebCourseResource {

    @Inject
    WebCourseService webCourse;

    @Inject
    StudyGroupService groups;

    // ---- content

    @GET
    @Operation(summary = "The web course: its modules in order, each with its lessons")
    public CourseDto course() {
        return CourseDto.of(webCourse.content());
    }

    @GET
    @Path("moduler/{modul}")
    @Operation(summary = "One module: lessons, quiz questions (without the right answers) and reflection questions")
    @APIResponse(responseCode = "404", description = "No such module in the loaded course")
    public ModuleDto module(@PathParam("modul") String module) {
        return ModuleDto.of(webCourse.module(module));
    }

    @GET
    @Path("moduler/{modul}/lektioner/{lektion}")
    @Operation(summary = "One lesson's text (Markdown)")
    @APIResponse(responseCode = "404", description = "No such lesson in the loaded course")
    public LessonDto lesson(@PathParam("modul") String module, @PathParam("lektion") String lesson) {
        return LessonDto.of(module, webCourse.lesson(module, lesson));
    }

    // ---- the caller's own course

    @POST
    @Path("anmalan")
    @Operation(summary = "Begin the course as the logged-in person (doing it again changes nothing)")
    @APIResponse(responseCode = "201", description = "Enrolled",
            content = @Content(schema = @Schema(implementation = ProgressDto.class)))
    public Response enrol() {
        Enrolment enrolment = webCourse.enrol();
        return Response.status(Status.CREATED).entity(ProgressDto.of(enrolment, webCourse.progress(enrolment)))
                .build();
    }

    @GET
    @Path("framsteg")
    @Operation(summary = "The caller's progress per module")
    @APIResponse(responseCode = "409", description = "The caller has not begun the course")
    public ProgressDto progress() {
        Enrolment enrolment = webCourse.requireMyEnrolment();
        return ProgressDto.of(enrolment, webCourse.progress(enrolment));
    }

    @PUT
    @Path("framsteg/{modul}/{lektion}")
    @Operation(summary = "Mark a lesson read; the last step completes the course")
    @APIResponse(responseCode = "404", description = "No such lesson")
    @APIResponse(responseCode = "409", description = "The caller has not begun the course")
    public ProgressDto markRead(@PathParam("modul") String module, @PathParam("lektion") String lesson) {
        webCourse.markRead(module, lesson);
        Enrolment enrolment = webCourse.requireMyEnrolment();
        return ProgressDto.of(enrolment, webCourse.progress(enrolment));
    }

    @POST
    @Path("moduler/{modul}/quiz")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a module's quiz; each answer is explained. Retries are allowed")
    @APIResponse(responseCode = "400", description = "A question has no answer, or one that does not exist")
    @APIResponse(responseCode = "409", description = "The module is not in the loaded course, or the caller has "
            + "not begun the course")
    public QuizResultDto answer(@PathParam("modul") String module, QuizAnswersRequest request) {
        return QuizResultDto.of(webCourse.answerQuiz(module, required(request).answers()));
    }

    @GET
    @Path("intyg")
    @Produces("application/pdf")
    @Operation(summary = "The caller's certificate (PDF), once the course is complete")
    @APIResponse(responseCode = "200", description = "The certificate")
    @APIResponse(responseCode = "409", description = "The course is not complete")
    public Response certificate() {
        return Response.ok(webCourse.myCertificate())
                .header("Content-Disposition", "attachment; filename=\"intyg-webbkurs.pdf\"").build();
    }

    // ---- the course leader role

    @GET
    @Path("kursledarerbjudande")
    @Operation(summary = "Whether the caller is offered the course leader role (attended course-leader training)")
    public OfferDto courseLeaderOffer() {
        return new OfferDto(webCourse.courseLeaderOffered());
    }

    @POST
    @Path("kursledarerbjudande")
    @Operation(summary = "Take the offered course leader role")
    @APIResponse(responseCode = "204", description = "The caller is now a course leader")
    @APIResponse(responseCode = "409", description = "No offer: the caller has not attended course-leader training")
    public Response acceptCourseLeaderOffer() {
        webCourse.acceptCourseLeaderOffer();
        return Response.noContent().build();
    }

    // ---- study groups

    @GET
    @Path("grupper")
    @Operation(summary = "The study groups the caller leads")
    public List<GroupDto> myGroups() {
        return groups.myGroupOverviews().stream().map(o -> GroupDto.of(o.group(), o.members(), true)).toList();
    }

    @POST
    @Path("grupper")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Form a study group (course leaders); the caller leads it")
    @APIResponse(responseCode = "201", description = "Formed",
            content = @Content(schema = @Schema(implementation = GroupDto.class)))
    @APIResponse(responseCode = "400", description = "A field is wrong; nothing was saved")
    @APIResponse(responseCode = "403", description = "Not a course leader")
    public Response create(GroupRequest request, @Context UriInfo uri) {
        StudyGroup group = groups.create(required(request).toInput());
        return Response.created(uri.getBaseUriBuilder().path("webbkurs/grupper/{id}").build(group.getId()))
                .entity(groupDto(group)).build();
    }

    @GET
    @Path("grupper/{id}")
    @Operation(summary = "One study group (its leader, members, editors of its county)")
    @APIResponse(responseCode = "404", description = "No such group, or not the caller's")
    public GroupDto group(@PathParam("id") long id) {
        return groupDto(groups.group(id));
    }

    @PUT
    @Path("grupper/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a study group (its leader)")
    @APIResponse(responseCode = "400", description = "A field is wrong; nothing was saved")
    @APIResponse(responseCode = "403", description = "Another leader's group")
    public GroupDto update(@PathParam("id") long id, GroupRequest request) {
        return groupDto(groups.update(id, required(request).toInput()));
    }

    @PUT
    @Path("grupper/{id}/antal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Participants counted per profession code, replacing earlier counts (its leader)")
    @APIResponse(responseCode = "400", description = "Unknown profession or a count outside 0–500")
    public GroupDto count(@PathParam("id") long id, Map<String, Integer> counts) {
        return groupDto(groups.count(id, required(counts)));
    }

    @GET
    @Path("grupper/{id}/medlemmar")
    @Operation(summary = "Current members (its leader and editors of its county)")
    public List<MemberDto> members(@PathParam("id") long id) {
        return groups.members(id).stream().map(MemberDto::of).toList();
    }

    @POST
    @Path("grupper/{id}/medlemmar")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a participant, with or without a name (its leader)")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = MemberDto.class)))
    @APIResponse(responseCode = "409", description = "The group is full")
    public Response recordMember(@PathParam("id") long id, RecordedMemberRequest request) {
        GroupMember member = groups.recordMember(id, required(request).toInput());
        return Response.status(Status.CREATED).entity(MemberDto.of(member, member.getName())).build();
    }

    @DELETE
    @Path("grupper/medlemmar/{member}")
    @Operation(summary = "Remove a member (its leader)")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removeMember(@PathParam("member") long member) {
        groups.removeMember(member);
        return Response.noContent().build();
    }

    @POST
    @Path("grupper/inbjudan/{kod}")
    @Operation(summary = "Join a study group by its invitation code as the logged-in person; enrols in the course")
    @APIResponse(responseCode = "201", description = "Joined",
            content = @Content(schema = @Schema(implementation = MemberDto.class)))
    @APIResponse(responseCode = "409", description = "The group is closed or full, or the caller is in a group")
    public Response join(@PathParam("kod") String code) {
        GroupMember member = groups.join(code);
        return Response.status(Status.CREATED).entity(MemberDto.of(member, null)).build();
    }

    @DELETE
    @Path("grupper/medlemskap")
    @Operation(summary = "Leave one's study group; one's own progress stays")
    @APIResponse(responseCode = "204", description = "Left")
    @APIResponse(responseCode = "409", description = "The caller is in no study group")
    public Response leave() {
        groups.leave();
        return Response.noContent().build();
    }

    @GET
    @Path("grupper/{id}/traffar")
    @Operation(summary = "The group's sessions by date, with planned modules and which were covered")
    public List<SessionDto> sessions(@PathParam("id") long id) {
        return groups.sessions(id).stream().map(SessionDto::of).toList();
    }

    @POST
    @Path("grupper/{id}/traffar")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a session: date and modules (its leader)")
    @APIResponse(responseCode = "201", description = "Planned",
            content = @Content(schema = @Schema(implementation = SessionDto.class)))
    @APIResponse(responseCode = "400", description = "No date, no modules or a module not in the course")
    public Response planSession(@PathParam("id") long id, SessionRequest request) {
        GroupSession session = groups.planSession(id, required(request).toInput());
        return Response.status(Status.CREATED).entity(SessionDto.of(session)).build();
    }

    @PUT
    @Path("grupper/traffar/{session}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a session's date or modules (its leader)")
    public SessionDto updateSession(@PathParam("session") long session, SessionRequest request) {
        return SessionDto.of(groups.updateSession(session, required(request).toInput()));
    }

    @DELETE
    @Path("grupper/traffar/{session}")
    @Operation(summary = "Remove a session not yet held (its leader)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The session was held")
    public Response deleteSession(@PathParam("session") long session) {
        groups.deleteSession(session);
        return Response.noContent().build();
    }

    @PUT
    @Path("grupper/traffar/{session}/genomford")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark a session held, the planned modules covered and attendance by member id (its leader)")
    @APIResponse(responseCode = "400", description = "A module not planned, or someone not a member")
    public SessionDto markHeld(@PathParam("session") long session, HeldRequest request) {
        HeldRequest given = required(request);
        Map<Long, Boolean> attendance = new LinkedHashMap<>();
        if (given.attendance() != null) {
            given.attendance().forEach((member, present) -> attendance.put(memberId(member), Boolean.TRUE.equals(present)));
        }
        return SessionDto.of(groups.markSession(session, Boolean.TRUE.equals(given.held()),
                given.covered() == null ? Set.of() : Set.copyOf(given.covered()), attendance));
    }

    private GroupDto groupDto(StudyGroup group) {
        return GroupDto.of(group, groups.currentMemberCount(group.getId()), groups.mayManage(group));
    }

    private static long memberId(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("attendance", "webcourse.group.notAMember");
        }
    }

    private static <T> T required(T request) {
        if (request == null) {
            throw InvalidInputException.of("body", "validation.required");
        }
        return request;
    }
}
