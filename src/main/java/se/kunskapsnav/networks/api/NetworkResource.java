package se.kunskapsnav.networks.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.networks.DocumentRules;
import se.kunskapsnav.networks.MeetingDocument;
import se.kunskapsnav.networks.MeetingService;
import se.kunskapsnav.networks.MemberListing;
import se.kunskapsnav.networks.Network;
import se.kunskapsnav.networks.NetworkMeeting;
import se.kunskapsnav.networks.NetworkMember;
import se.kunskapsnav.networks.NetworkService;
import se.kunskapsnav.networks.api.NetworkDtos.AttendanceDto;
import se.kunskapsnav.networks.api.NetworkDtos.DocumentDto;
import se.kunskapsnav.networks.api.NetworkDtos.MeetingDto;
import se.kunskapsnav.networks.api.NetworkDtos.MeetingRequest;
import se.kunskapsnav.networks.api.NetworkDtos.MemberDto;
import se.kunskapsnav.networks.api.NetworkDtos.MemberRequest;
import se.kunskapsnav.networks.api.NetworkDtos.MinutesRequest;
import se.kunskapsnav.networks.api.NetworkDtos.NetworkDto;
import se.kunskapsnav.networks.api.NetworkDtos.NetworkRequest;
import se.kunskapsnav.platform.FileNames;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.api.ProblemException;
import se.kunskapsnav.platform.api.Revalidated;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Networks, members, meetings, minutes, documents and attendance for scripts. Anyone reads what networks
 * exist and when they next meet; the rest is for members, editors of the owning counties and
 * administrators. Writes need a token; tenancy is the services' guard.
 */
@Path("natverk")
@Produces(MediaType.APPLICATION_JSON)
public class NetworkResource {

    @Inject
    NetworkService networks;

    @Inject
    MeetingService meetings;

    @Inject
    GeographyService geography;

    // ---- networks

    @Revalidated
    @GET
    @Operation(summary = "Networks, by name, each with the date of its next meeting")
    @APIResponse(responseCode = "400", description = "Unknown county")
    public List<NetworkDto> list(@Parameter(description = "County code (01) or letters (AB)") @QueryParam("lan")
                                 String county) {
        Optional<String> countyCode = Optional.ofNullable(county).filter(c -> !c.isBlank())
                .map(c -> geography.countyCode(c)
                        .orElseThrow(() -> new ProblemException(Status.BAD_REQUEST, "problem.county.notFound", c)));
        return networks.networks(countyCode).stream().map(s -> NetworkDto.of(s, null)).toList();
    }

    @Revalidated
    @GET
    @Path("{id}")
    @Operation(summary = "One network: purpose, audience, next meeting, and the caller's own membership")
    @APIResponse(responseCode = "404", description = "No such network")
    public NetworkDto network(@PathParam("id") long id) {
        Network network = networks.network(id);
        return NetworkDto.of(networks.summary(network), networks.myMembership(id).orElse(null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a network (editors of the owning and co-owning counties)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = NetworkDto.class)))
    @APIResponse(responseCode = "400", description = "A field is wrong; nothing was saved")
    @APIResponse(responseCode = "403", description = "Not an editor of those counties")
    public Response create(NetworkRequest request, @Context UriInfo uri) {
        Network network = networks.create(required(request).toInput());
        return Response.created(uri.getBaseUriBuilder().path("natverk/{id}").build(network.getId()))
                .entity(NetworkDto.of(networks.summary(network), null)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a network (its editors)")
    @APIResponse(responseCode = "400", description = "A field is wrong; nothing was saved")
    @APIResponse(responseCode = "403", description = "Not an editor of the network")
    public NetworkDto update(@PathParam("id") long id, NetworkRequest request) {
        NetworkRequest change = required(request);
        Network network = networks.update(id, change.toInput(), change.revision());
        return NetworkDto.of(networks.summary(network), null);
    }

    // ---- members

    @GET
    @Path("{id}/medlemmar")
    @Operation(summary = "Members: current members' names and organisations to members; everyone ever "
            + "applied or added, with e-mail and status, to editors")
    @APIResponse(responseCode = "403", description = "Not a member or editor")
    public List<MemberDto> members(@PathParam("id") long id) {
        return networks.members(id).stream().map(MemberDto::of).toList();
    }

    @POST
    @Path("{id}/medlemmar")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a member by name and e-mail (editors); an account with that e-mail becomes the member")
    @APIResponse(responseCode = "201", description = "Added; the person is told by mail",
            content = @Content(schema = @Schema(implementation = MemberDto.class)))
    @APIResponse(responseCode = "400", description = "A field is wrong, or the person is already a member")
    public Response addMember(@PathParam("id") long id, MemberRequest request) {
        NetworkMember member = networks.addMember(id, required(request).toInput());
        return Response.status(Status.CREATED).entity(memberDto(member)).build();
    }

    @POST
    @Path("{id}/ansokan")
    @Operation(summary = "Apply to an open network as the logged-in person; an editor decides")
    @APIResponse(responseCode = "201", description = "Applied; an editor of the network decides",
            content = @Content(schema = @Schema(implementation = MemberDto.class)))
    @APIResponse(responseCode = "409", description = "The network is closed, or the caller already applied or is a member")
    public Response apply(@PathParam("id") long id) {
        NetworkMember member = networks.apply(id);
        return Response.status(Status.CREATED).entity(memberDto(member)).build();
    }

    @DELETE
    @Path("{id}/medlemskap")
    @Operation(summary = "Leave the network (or withdraw an application) as the logged-in person")
    @APIResponse(responseCode = "409", description = "The caller is not a member")
    public MemberDto leave(@PathParam("id") long id) {
        return memberDto(networks.leave(id));
    }

    @POST
    @Path("medlemmar/{member}/godkann")
    @Operation(summary = "Approve an application (editors)")
    public MemberDto approve(@PathParam("member") long member) {
        return memberDto(networks.decide(member, true));
    }

    @POST
    @Path("medlemmar/{member}/avsla")
    @Operation(summary = "Decline an application (editors)")
    public MemberDto decline(@PathParam("member") long member) {
        return memberDto(networks.decide(member, false));
    }

    @DELETE
    @Path("medlemmar/{member}")
    @Operation(summary = "End a membership (editors); a person without an account is then forgotten by name")
    public MemberDto remove(@PathParam("member") long member) {
        return memberDto(networks.remove(member));
    }

    private MemberDto memberDto(NetworkMember member) {
        return new MemberDto(member.getId(), null, null, member.getOrganisationId(), null,
                member.getProfessionCode(), member.getSectorCode(), member.getStatus().name(),
                member.getAccountId() != null);
    }

    // ---- meetings

    @GET
    @Path("{id}/traffar")
    @Operation(summary = "All meetings of a network, latest first (members and editors)")
    @APIResponse(responseCode = "403", description = "Not a member or editor")
    public List<MeetingDto> meetingsOf(@PathParam("id") long id) {
        Map<Long, List<MeetingDocument>> documents = meetings.documentsOfNetwork(id);
        return meetings.meetings(id).stream()
                .map(m -> MeetingDto.of(m, documents.getOrDefault(m.getId(), List.of()))).toList();
    }

    @POST
    @Path("{id}/traffar")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule a meeting (editors); every member is invited by mail with a calendar file")
    @APIResponse(responseCode = "201", description = "Scheduled and invitations queued",
            content = @Content(schema = @Schema(implementation = MeetingDto.class)))
    @APIResponse(responseCode = "400", description = "A field is wrong; nothing was saved")
    public Response schedule(@PathParam("id") long id, MeetingRequest request, @Context UriInfo uri) {
        NetworkMeeting meeting = meetings.schedule(id, required(request).toInput());
        return Response.created(uri.getBaseUriBuilder().path("natverk/traffar/{id}").build(meeting.getId()))
                .entity(MeetingDto.of(meeting, List.of())).build();
    }

    @GET
    @Path("traffar/{meeting}")
    @Operation(summary = "One meeting with agenda, minutes and documents (members and editors)")
    public MeetingDto meeting(@PathParam("meeting") long id) {
        return MeetingDto.of(meetings.meeting(id), meetings.documents(id));
    }

    @PUT
    @Path("traffar/{meeting}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a meeting (editors); a new time or place is mailed to members")
    public MeetingDto updateMeeting(@PathParam("meeting") long id, MeetingRequest request) {
        MeetingRequest change = required(request);
        return MeetingDto.of(meetings.update(id, change.toInput(), change.revision()), meetings.documents(id));
    }

    @POST
    @Path("traffar/{meeting}/installd")
    @Operation(summary = "Cancel a meeting not yet held (editors); members get the cancellation")
    @APIResponse(responseCode = "409", description = "The meeting has begun")
    public MeetingDto cancel(@PathParam("meeting") long id) {
        return MeetingDto.of(meetings.cancel(id), meetings.documents(id));
    }

    @PUT
    @Path("traffar/{meeting}/minnesanteckningar")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the minutes (Markdown) once the meeting has begun (editors)")
    @APIResponse(responseCode = "409", description = "The meeting has not begun")
    public MeetingDto minutes(@PathParam("meeting") long id, MinutesRequest request) {
        return MeetingDto.of(meetings.recordMinutes(id, required(request).minutes()), meetings.documents(id));
    }

    @GET
    @Path("traffar/{meeting}/narvaro")
    @Operation(summary = "Who can be marked and who is marked present or absent (editors and members)")
    public List<AttendanceDto> attendance(@PathParam("meeting") long id) {
        Map<Long, Boolean> marks = meetings.attendance(id);
        return meetings.markable(id).stream().map(l -> attendanceDto(l, marks)).toList();
    }

    @PUT
    @Path("traffar/{meeting}/narvaro")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark attendance: member id to true (present) or false, once the meeting has begun (editors)")
    @APIResponse(responseCode = "409", description = "The meeting has not begun or was cancelled")
    public List<AttendanceDto> markAttendance(@PathParam("meeting") long id, Map<String, Boolean> presentByMember) {
        if (presentByMember == null) {
            throw InvalidInputException.of("body", "validation.required");
        }
        Map<Long, Boolean> marks = new TreeMap<>();
        try {
            presentByMember.forEach((member, present) -> marks.put(Long.valueOf(member), present));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("members", "attendance.notMarkable");
        }
        meetings.markAttendance(id, marks);
        return attendance(id);
    }

    private static AttendanceDto attendanceDto(MemberListing listing, Map<Long, Boolean> marks) {
        return new AttendanceDto(listing.member().getId(), listing.name(), listing.organisationName(),
                marks.get(listing.member().getId()));
    }

    // ---- documents

    @POST
    @Path("traffar/{meeting}/dokument")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Attach a document (PDF, DOCX, ODT, PPTX, XLSX, TXT, PNG, JPG; at most 10 MB) (editors)")
    @APIResponse(responseCode = "201", description = "Attached",
            content = @Content(schema = @Schema(implementation = DocumentDto.class)))
    @APIResponse(responseCode = "400", description = "Empty, too large, not allowed, or content not matching the name")
    public Response attach(@PathParam("meeting") long id,
                           @Parameter(description = "The file name, e.g. inbjudan.pdf") @QueryParam("filnamn")
                           String fileName, InputStream body) {
        MeetingDocument document = meetings.attach(id, fileName, readAtMost(body, DocumentRules.MAX_BYTES + 1));
        return Response.status(Status.CREATED).entity(DocumentDto.of(document)).build();
    }

    @GET
    @Path("dokument/{document}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a document (members and editors)")
    @APIResponse(responseCode = "200", description = "The document as uploaded")
    public Response document(@PathParam("document") long id) {
        MeetingDocument document = meetings.document(id);
        return Response.ok(document.getContent(), document.getMediaType())
                .header("Content-Disposition", FileNames.contentDisposition(false, document.getFileName()))
                .build();
    }

    @DELETE
    @Path("dokument/{document}")
    @Operation(summary = "Remove a document (editors)")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeDocument(@PathParam("document") long id) {
        meetings.removeDocument(id);
    }

    /** Reads a body but never more than {@code limit} bytes, so an oversized upload is refused, not buffered. */
    private static byte[] readAtMost(InputStream body, int limit) {
        if (body == null) {
            return new byte[0];
        }
        try (body) {
            return body.readNBytes(limit);
        } catch (IOException e) {
            throw InvalidInputException.of("file", "document.unreadable");
        }
    }

    private static <T> T required(T request) {
        if (request == null) {
            throw InvalidInputException.of("body", "validation.required");
        }
        return request;
    }
}
