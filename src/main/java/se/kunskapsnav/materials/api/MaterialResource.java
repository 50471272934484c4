package se.kunskapsnav.materials.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.kunskapsnav.courses.Course;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.materials.Material;
import se.kunskapsnav.materials.MaterialDownloads;
import se.kunskapsnav.materials.MaterialFileVersion;
import se.kunskapsnav.materials.MaterialFiles;
import se.kunskapsnav.materials.MaterialFilter;
import se.kunskapsnav.materials.MaterialLibrary;
import se.kunskapsnav.materials.MaterialLinks;
import se.kunskapsnav.materials.MaterialService;
import se.kunskapsnav.materials.MaterialType;
import se.kunskapsnav.materials.MaterialUploads;
import se.kunskapsnav.materials.api.MaterialDtos.DownloadsDto;
import se.kunskapsnav.materials.api.MaterialDtos.LibraryPageDto;
import se.kunskapsnav.materials.api.MaterialDtos.MaterialDto;
import se.kunskapsnav.materials.api.MaterialDtos.MaterialRequest;
import se.kunskapsnav.materials.api.MaterialDtos.MaterialSummaryDto;
import se.kunskapsnav.materials.api.MaterialDtos.VersionDto;
import se.kunskapsnav.materials.web.FileDownloads;
import se.kunskapsnav.platform.FileNames;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.ResultPage;
import se.kunskapsnav.platform.api.ProblemException;
import se.kunskapsnav.platform.api.Revalidated;
import se.kunskapsnav.platform.api.TermDto;
import se.kunskapsnav.taxonomy.TaxonomyService;
import se.kunskapsnav.taxonomy.TermSet;

import java.io.IOException;
import java.io.InputStream;
import java.time.Year;
import java.util.List;

/**
 * The materials library for scripts: anyone lists and reads what they may see; editors of the owning county
 * (administrators for national materials) describe, upload, replace and retire; the editors of a course or
 * network link materials to it. Uploads are multipart with the file in the part {@code fil}.
 */
@Path("material")
@Produces(MediaType.APPLICATION_JSON)
public class MaterialResource {

    @Inject
    MaterialService materials;

    @Inject
    MaterialLibrary library;

    @Inject
    MaterialFiles files;

    @Inject
    MaterialLinks links;

    @Inject
    MaterialDownloads counted;

    @Inject
    MaterialUploads uploads;

    @Inject
    FileDownloads downloads;

    @Inject
    GeographyService geography;

    @Inject
    TaxonomyService taxonomy;

    @Revalidated
    @GET
    @Operation(summary = "Materials the caller may see, newest first, 20 per page")
    @APIResponse(responseCode = "400", description = "A filter value is unknown")
    public LibraryPageDto library(
            @Parameter(description = "Type code, e.g. checklista, metodstod") @QueryParam("typ") String type,
            @Parameter(description = "Theme code, see /api/teman") @QueryParam("tema") String theme,
            @Parameter(description = "Target group code, see /api/malgrupper") @QueryParam("malgrupp") String group,
            @Parameter(description = "Profession code (audience), see /api/yrken") @QueryParam("yrke") String profession,
            @Parameter(description = "Language code, see /api/material/sprak") @QueryParam("sprak") String language,
            @Parameter(description = "Owner: county code (01) or letters (AB), or nationell") @QueryParam("agare")
            String owner,
            @Parameter(description = "Page, from 1") @QueryParam("sida") Integer page) {
        MaterialFilter filter = new MaterialFilter(type(type), blankToNull(theme), blankToNull(group),
                blankToNull(profession), blankToNull(language), owner(owner));
        ResultPage<Material> result = library.list(filter, page == null ? 1 : page);
        return new LibraryPageDto(result.total(), result.page(), result.pageCount(),
                result.rows().stream().map(MaterialSummaryDto::of).toList());
    }

    @GET
    @Path("sprak")
    @Operation(summary = "The languages materials are written in (lattlast is easy Swedish)")
    public List<TermDto> languages() {
        return taxonomy.terms(TermSet.LANGUAGE).stream().map(t -> new TermDto(t.getCode(), t.getName())).toList();
    }

    @Revalidated
    @GET
    @Path("{id}")
    @Operation(summary = "One material with its files, their versions and where it is used")
    @APIResponse(responseCode = "401", description = "For logged-in people or network members: no token")
    @APIResponse(responseCode = "403", description = "For the members of a network the caller is not in")
    @APIResponse(responseCode = "404", description = "No such material")
    public MaterialDto material(@PathParam("id") long id) {
        return dto(materials.material(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Describe a new material (editors of the owning county; administrators for national ones)")
    @APIResponse(responseCode = "201", description = "Created; add files with POST /api/material/{id}/filer",
            content = @Content(schema = @Schema(implementation = MaterialDto.class)))
    @APIResponse(responseCode = "400", description = "A field is wrong; nothing was saved")
    @APIResponse(responseCode = "403", description = "Not an editor of that county")
    public Response create(MaterialRequest request, @Context UriInfo uri) {
        Material material = materials.create(required(request).toInput());
        return Response.created(uri.getBaseUriBuilder().path("material/{id}").build(material.getId()))
                .entity(dto(material)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a material's description (its editors)")
    @APIResponse(responseCode = "400", description = "A field is wrong; nothing was saved")
    @APIResponse(responseCode = "403", description = "Not an editor of the material")
    public MaterialDto update(@PathParam("id") long id, MaterialRequest request) {
        MaterialRequest change = required(request);
        return dto(materials.update(id, change.toInput(), change.revision()));
    }

    @POST
    @Path("{id}/tillbakadragen")
    @Operation(summary = "Retire a material: it leaves the library, its page and files stay (its editors)")
    public MaterialDto retire(@PathParam("id") long id) {
        return dto(materials.retire(id));
    }

    @DELETE
    @Path("{id}/tillbakadragen")
    @Operation(summary = "Bring a retired material back to the library (its editors)")
    public MaterialDto reinstate(@PathParam("id") long id) {
        return dto(materials.reinstate(id));
    }

    // ---- files

    @POST
    @Path("{id}/filer")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a file (PDF, DOCX, ODT, PPTX, XLSX, TXT, PNG, JPG, GIF, WEBP, MP4; at most "
            + "kunskapsnav.upload.max-mb, 50 MB unless configured) as the part 'fil' (its editors)")
    @APIResponse(responseCode = "201", description = "Stored; the same content uploaded before is stored once",
            content = @Content(schema = @Schema(implementation = VersionDto.class)))
    @APIResponse(responseCode = "400", description = "Empty, too large, a program, an archive or a decompression "
            + "bomb, a kind not accepted, or content not matching the name; nothing was stored")
    public Response addFile(@PathParam("id") long id, @FormParam("fil") EntityPart file) {
        MaterialFileVersion version = uploads.addFile(id, fileName(file), content(file));
        return Response.status(Status.CREATED).entity(VersionDto.of(version)).build();
    }

    @POST
    @Path("filer/{file}/versioner")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Replace a file with a new version as the part 'fil'; earlier versions are kept (its editors)")
    @APIResponse(responseCode = "201", description = "Stored as the file's next version",
            content = @Content(schema = @Schema(implementation = VersionDto.class)))
    @APIResponse(responseCode = "400", description = "The file was refused; nothing was stored")
    public Response replaceFile(@PathParam("file") long fileId, @FormParam("fil") EntityPart file) {
        MaterialFileVersion version = uploads.replaceFile(fileId, fileName(file), content(file));
        return Response.status(Status.CREATED).entity(VersionDto.of(version)).build();
    }

    @DELETE
    @Path("filer/{file}")
    @Operation(summary = "Remove a file uploaded by mistake, with all its versions (its editors)")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeFile(@PathParam("file") long fileId) {
        files.removeFile(fileId);
    }

    @GET
    @Path("versioner/{version}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a version of a file; byte ranges are served (counted as a download when it "
            + "starts at the first byte)")
    @APIResponse(responseCode = "200", description = "The whole file")
    @APIResponse(responseCode = "206", description = "The range asked for")
    @APIResponse(responseCode = "416", description = "The range is beyond the end of the file")
    public void download(@PathParam("version") long versionId, @Context HttpServletRequest request,
                         @Context HttpServletResponse response) throws IOException {
        downloads.send(versionId, request, response);
        response.flushBuffer();
    }

    // ---- where a material is used

    @PUT
    @Path("{id}/kurser/{course}")
    @Operation(summary = "Use a material in a course (the course's editors)")
    @APIResponse(responseCode = "204", description = "Linked")
    public void linkCourse(@PathParam("id") long id, @PathParam("course") long courseId) {
        links.linkCourse(id, courseId, true);
    }

    @DELETE
    @Path("{id}/kurser/{course}")
    @Operation(summary = "Stop using a material in a course (the course's editors)")
    @APIResponse(responseCode = "204", description = "Unlinked")
    public void unlinkCourse(@PathParam("id") long id, @PathParam("course") long courseId) {
        links.linkCourse(id, courseId, false);
    }

    @PUT
    @Path("{id}/traffar/{meeting}")
    @Operation(summary = "Use a material at a network meeting (the network's editors)")
    @APIResponse(responseCode = "204", description = "Linked")
    public void linkMeeting(@PathParam("id") long id, @PathParam("meeting") long meetingId) {
        links.linkMeeting(id, meetingId, true);
    }

    @DELETE
    @Path("{id}/traffar/{meeting}")
    @Operation(summary = "Stop using a material at a network meeting (the network's editors)")
    @APIResponse(responseCode = "204", description = "Unlinked")
    public void unlinkMeeting(@PathParam("id") long id, @PathParam("meeting") long meetingId) {
        links.linkMeeting(id, meetingId, false);
    }

    @PUT
    @Path("{id}/moduler/{module}")
    @Operation(summary = "Use a material in a module of the web course (administrators)")
    @APIResponse(responseCode = "204", description = "Linked")
    public void linkModule(@PathParam("id") long id, @PathParam("module") String module) {
        links.linkModule(id, module, true);
    }

    @DELETE
    @Path("{id}/moduler/{module}")
    @Operation(summary = "Stop using a material in a module of the web course (administrators)")
    @APIResponse(responseCode = "204", description = "Unlinked")
    public void unlinkModule(@PathParam("id") long id, @PathParam("module") String module) {
        links.linkModule(id, module, false);
    }

    // ---- use

    @GET
    @Path("{id}/nedladdningar")
    @Operation(summary = "Downloads of a material per month, the latest first (its editors)")
    public List<DownloadsDto> downloadsOf(@PathParam("id") long id) {
        return counted.downloads(id).stream().map(DownloadsDto::of).toList();
    }

    @GET
    @Path("nedladdningar")
    @Operation(summary = "Downloads per material and month in a year of the materials a county owns, or of the "
            + "national ones (that county's editors; administrators)")
    @APIResponse(responseCode = "400", description = "Unknown county")
    public List<DownloadsDto> downloadsOfYear(
            @Parameter(description = "County code (01) or letters (AB), or nationell") @QueryParam("lan") String county,
            @Parameter(description = "Year, this year when not given") @QueryParam("ar") Integer year) {
        String owner = owner(county);
        return counted.downloadsOfYear(MaterialFilter.NATIONAL.equals(owner) ? null : owner,
                        year == null ? Year.now().getValue() : year)
                .stream().map(DownloadsDto::of).toList();
    }

    private MaterialDto dto(Material material) {
        return MaterialDto.of(material, files.of(material), links.coursesUsing(material).stream().map(Course::getId)
                .toList(), links.meetingsUsing(material).stream().map(use -> use.meeting().getId()).toList());
    }

    private MaterialType type(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return MaterialType.ofCode(code.trim())
                .orElseThrow(() -> new ProblemException(Status.BAD_REQUEST, "problem.material.unknownType", code));
    }

    /** A county code, or "nationell", or null for any. */
    private String owner(String owner) {
        if (owner == null || owner.isBlank()) {
            return null;
        }
        if (MaterialFilter.NATIONAL.equals(owner.trim())) {
            return MaterialFilter.NATIONAL;
        }
        return geography.countyCode(owner.trim())
                .orElseThrow(() -> new ProblemException(Status.BAD_REQUEST, "problem.county.notFound", owner));
    }

    /** The name as the client wrote it: the multipart reader's own reading loses å, ä and ö sent as UTF-8. */
    private static String fileName(EntityPart file) {
        if (file == null) {
            throw InvalidInputException.of("file", "material.file.required");
        }
        return file.getHeaders().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_DISPOSITION))
                .flatMap(header -> header.getValue().stream()).findFirst()
                .map(FileNames::fromContentDisposition).orElse("");
    }

    private static InputStream content(EntityPart file) {
        return file.getContent();
    }

    private static <T> T required(T request) {
        if (request == null) {
            throw InvalidInputException.of("body", "validation.required");
        }
        return request;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
