package se.kunskapsnav.directory.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.directory.Organisation;
import se.kunskapsnav.directory.OrganisationInput;
import se.kunskapsnav.directory.OrganisationType;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.api.ProblemException;
import se.kunskapsnav.platform.api.TermDto;

import java.util.Arrays;
import java.util.List;

/** The controlled vocabularies and the organisation directory, for scripts and sign-up forms. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    @Inject
    DirectoryService directory;

    @Inject
    GeographyService geography;

    /** An organisation of the directory. */
    public record OrganisationDto(long id, String type, String name, String countyCode, String municipalityCode,
                                  String regionCode, Long parentId) {
        static OrganisationDto of(Organisation o) {
            return new OrganisationDto(o.getId(), o.getType().name(), o.getName(), o.getCountyCode(),
                    o.getMunicipalityCode(), o.getRegionCode(), o.getParentId());
        }
    }

    @GET
    @Path("yrken")
    @Operation(summary = "The professions of the controlled vocabulary")
    public List<TermDto> professions() {
        return directory.professions().stream().map(p -> new TermDto(p.getCode(), p.getName())).toList();
    }

    @GET
    @Path("sektorer")
    @Operation(summary = "The sectors of the controlled vocabulary")
    public List<TermDto> sectors() {
        return directory.sectors().stream().map(s -> new TermDto(s.getCode(), s.getName())).toList();
    }

    /** What a script sends to add or change an organisation. */
    public record OrganisationRequest(String type, String name, String countyCode, String municipalityCode,
                                      Long parentId) {
        OrganisationInput toInput() {
            OrganisationType parsedType = Arrays.stream(OrganisationType.values())
                    .filter(t -> t.name().equals(type)).findFirst()
                    .orElseThrow(() -> InvalidInputException.of("type", "organisation.typeNotAllowed"));
            return new OrganisationInput(parsedType, name, countyCode, municipalityCode, parentId);
        }
    }

    @POST
    @Path("organisationer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an organisation to a county (editors of that county)")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = OrganisationDto.class)))
    @APIResponse(responseCode = "400", description = "A field is wrong; nothing was saved")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an editor of that county")
    public Response addOrganisation(OrganisationRequest request, @Context UriInfo uri) {
        Organisation added = directory.addOrganisation(body(request).toInput());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(added.getId())).build())
                .entity(OrganisationDto.of(added)).build();
    }

    @PUT
    @Path("organisationer/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an organisation (editors of its county)")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "A field is wrong; nothing was saved")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an editor of its county")
    public OrganisationDto changeOrganisation(@PathParam("id") long id, OrganisationRequest request) {
        return OrganisationDto.of(directory.changeOrganisation(id, body(request).toInput()));
    }

    private static OrganisationRequest body(OrganisationRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "validation.required");
        }
        return request;
    }

    @GET
    @Path("organisationer")
    @Operation(summary = "Active organisations of a county, or the national ones without 'lan'")
    public List<OrganisationDto> organisations(
            @Parameter(description = "SCB code (01) or letter code (AB) of a county") @QueryParam("lan") String county) {
        String countyCode = null;
        if (county != null && !county.isBlank()) {
            countyCode = geography.countyCode(county)
                    .orElseThrow(() -> new ProblemException(Status.NOT_FOUND, "problem.county.notFound", county));
        }
        return directory.organisations(countyCode).stream().map(OrganisationDto::of).toList();
    }
}
