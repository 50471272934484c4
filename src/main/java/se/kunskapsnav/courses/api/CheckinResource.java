package se.kunskapsnav.courses.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.kunskapsnav.courses.CheckinService;
import se.kunskapsnav.courses.CheckinService.Board;
import se.kunskapsnav.courses.CheckinService.CheckedIn;
import se.kunskapsnav.courses.CheckinService.Person;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.NotFoundException;

/**
 * Check-in at the door of a session (editors of the course): by a registration found by name or by a scanned
 * code; a mistaken check-in can be taken back. A participant's app fetches the code to show as a QR code.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class CheckinResource {

    /** Either the scanned code or the registration's id. */
    public record CheckinRequest(String code, Long registration) {
    }

    /** Who was checked in, whether they already were, and the session's count of present of registered. */
    public record CheckinResult(long registration, String name, boolean present, boolean already, long presentCount,
                                int registeredCount) {
    }

    /** The text a registration's QR code holds. */
    public record CheckinCodeDto(String code) {
    }

    @Inject
    CheckinService checkins;

    @GET
    @Path("anmalningar/{id}/incheckningskod")
    @Operation(summary = "The token owner's check-in code for their registration, to show as a QR code")
    @APIResponse(responseCode = "200", description = "The code; valid only for the registration's course",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CheckinCodeDto.class)))
    @APIResponse(responseCode = "401", description = "No token")
    @APIResponse(responseCode = "404", description = "Not the caller's registration, or one without a seat")
    public CheckinCodeDto code(@PathParam("id") long id) {
        return checkins.myCode(id).map(code -> new CheckinCodeDto(code.text()))
                .orElseThrow(() -> new NotFoundException("no seat to check in to: registration " + id));
    }

    @POST
    @Path("kurser/{id}/tillfallen/{session}/incheckning")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a person in at the session, by scanned code or registration id (editors)")
    @APIResponse(responseCode = "200", description = "Checked in (or already was: then nothing changed)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CheckinResult.class)))
    @APIResponse(responseCode = "400", description = "Neither a code nor a registration")
    @APIResponse(responseCode = "403", description = "Not an editor of the course's county")
    @APIResponse(responseCode = "404", description = "No such course or session")
    @APIResponse(responseCode = "409", description = "Unknown code, a code of another course, nobody with a seat, "
            + "or a session more than an hour away")
    public CheckinResult checkIn(@PathParam("id") long id, @PathParam("session") long session,
                                 CheckinRequest request) {
        if (request == null || (request.code() == null) == (request.registration() == null)) {
            throw InvalidInputException.of("code", "checkin.codeOrRegistration");
        }
        CheckedIn done = request.code() != null ? checkins.checkInByCode(id, session, request.code())
                : checkins.checkIn(id, session, request.registration());
        return result(id, session, done.person(), done.already());
    }

    @DELETE
    @Path("kurser/{id}/tillfallen/{session}/incheckning/{registration}")
    @Operation(summary = "Take back a check-in made by mistake (editors)")
    @APIResponse(responseCode = "200", description = "The person is no longer marked at the session",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CheckinResult.class)))
    @APIResponse(responseCode = "403", description = "Not an editor of the course's county")
    @APIResponse(responseCode = "404", description = "No such course or session")
    @APIResponse(responseCode = "409", description = "The person was not checked in")
    public CheckinResult undo(@PathParam("id") long id, @PathParam("session") long session,
                              @PathParam("registration") long registration) {
        return result(id, session, checkins.undo(id, session, registration), false);
    }

    private CheckinResult result(long courseId, long sessionId, Person person, boolean already) {
        Board board = checkins.board(courseId, sessionId);
        return new CheckinResult(person.registrationId(), person.name(), person.present(), already,
                board.presentCount(), board.people().size());
    }
}
