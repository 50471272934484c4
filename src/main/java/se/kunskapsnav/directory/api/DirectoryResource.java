package se.kunskapsnav.directory.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.directory.Organisation;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.platform.api.ProblemException;

import java.util.List;

/** The controlled vocabularies and the organisation directory, for scripts and sign-up forms. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    @Inject
    DirectoryService directory;

    @Inject
    GeographyService geography;

    /** A profession or sector: stable code and Swedish name. */
    public record Term(String code, String name) {
    }

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
    public List<Term> professions() {
        return directory.professions().stream().map(p -> new Term(p.getCode(), p.getName())).toList();
    }

    @GET
    @Path("sektorer")
    @Operation(summary = "The sectors of the controlled vocabulary")
    public List<Term> sectors() {
        return directory.sectors().stream().map(s -> new Term(s.getCode(), s.getName())).toList();
    }

    @GET
    @Path("organisationer")
    @Operation(summary = "Active organisations of a county, or the national ones without 'lan'")
    public List<OrganisationDto> organisations(
            @Parameter(description = "SCB code (01) or letter code (AB) of a county") @QueryParam("lan") String county) {
        String countyCode = null;
        if (county != null && !county.isBlank()) {
            countyCode = geography.county(county)
                    .orElseThrow(() -> new ProblemException(Status.NOT_FOUND, "problem.county.notFound", county))
                    .county().getCode();
        }
        return directory.organisations(countyCode).stream().map(OrganisationDto::of).toList();
    }
}
