package se.kunskapsnav.geography.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.kunskapsnav.geography.CountySummary;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.geography.Municipality;
import se.kunskapsnav.platform.api.ProblemException;

import java.util.Comparator;
import java.util.List;

/** Counties and municipalities for scripts. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class GeographyResource {

    @Inject
    GeographyService geography;

    @GET
    @Path("lan")
    @Operation(summary = "All 21 counties, in SCB code order")
    public List<CountyDto> counties() {
        return geography.counties().stream().map(CountyDto::of).toList();
    }

    @GET
    @Path("lan/{kod}")
    @Operation(summary = "One county with its region and municipalities")
    @APIResponse(responseCode = "200", description = "The county")
    @APIResponse(responseCode = "404", description = "No county has that code")
    public CountyWithMunicipalitiesDto county(
            @Parameter(description = "SCB code (01) or letter code (AB)") @PathParam("kod") String code) {
        CountySummary summary = find(code);
        return new CountyWithMunicipalitiesDto(CountyDto.of(summary),
                geography.municipalities(summary.county()).stream().map(MunicipalityDto::of).toList());
    }

    @GET
    @Path("kommuner")
    @Operation(summary = "Municipalities in code order, all or those of one county")
    @APIResponse(responseCode = "200", description = "The municipalities")
    @APIResponse(responseCode = "404", description = "No county has that code")
    public List<MunicipalityDto> municipalities(
            @Parameter(description = "SCB code (01) or letter code (AB) of a county") @QueryParam("lan") String county) {
        if (county == null || county.isBlank()) {
            return geography.allMunicipalities().stream().map(MunicipalityDto::of).toList();
        }
        return geography.municipalities(find(county).county()).stream()
                .sorted(Comparator.comparing(Municipality::getCode))
                .map(MunicipalityDto::of).toList();
    }

    private CountySummary find(String code) {
        return geography.county(code)
                .orElseThrow(() -> new ProblemException(Status.NOT_FOUND, "problem.county.notFound", code));
    }
}
