package se.kunskapsnav.materials;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.kunskapsnav.accounts.AccountService;
import se.kunskapsnav.accounts.TestAccounts;
import se.kunskapsnav.accounts.TestAccounts.Participant;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.platform.ClockProducer;
import se.kunskapsnav.testsupport.Api;
import se.kunskapsnav.testsupport.CrossCountyWrites;
import se.kunskapsnav.testsupport.Deployments;
import se.kunskapsnav.testsupport.SampleFiles;
import se.kunskapsnav.testsupport.SamplePdfs;
import se.kunskapsnav.testsupport.StaleEdits;
import se.kunskapsnav.testsupport.TestDatabase;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The materials library over the API, with the real file store: every accepted and refused kind of file,
 * storing the same content once, versions, who sees what, downloads counted per month with byte ranges,
 * the store's clean-up after a crash, links to courses, meetings and modules, bad input and tenancy, and the
 * national materials loaded from content/material/.
 */
@ExtendWith(TestDatabase.class)
@ExtendWith(ArquillianExtension.class)
class MaterialsIT {

    private static final String STOCKHOLM_EDITOR = "redaktor.stockholm@demo.kunskapsnav.se";
    private static final String SKANE_EDITOR = "redaktor.skane@demo.kunskapsnav.se";
    private static final String ADMIN = "admin@demo.kunskapsnav.se";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Inject
    TestAccounts testAccounts;

    @Inject
    DirectoryService directory;

    @Inject
    AccountService accounts;

    @Inject
    MaterialFiles materialFiles;

    @Inject
    MaterialLinks links;

    @Inject
    MaterialUploads uploads;

    @Inject
    FileStore fileStore;

    @Inject
    FileStoreCleanup cleanup;

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private Api api() {
        return new Api(URI.create(base.toString()));
    }

    /** Two editors change the same material: the second, made from what both read, is refused, not saved over. */
    @Test
    void aChangeMadeFromAnOutdatedMaterialIsRefusedNotWrittenOver() {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        HttpResponse<String> created = api().send("POST", "api/material", editor,
                body("Stöd före", "01", "offentlig").build().toString());
        assertEquals(201, created.statusCode(), created.body());
        long material = Api.object(created).getInt("id");
        new StaleEdits(api(), editor).assertRefused("api/material/" + material,
                body("Stöd först", "01", "offentlig"), body("Stöd sist", "01", "offentlig"));
    }

    // ---- the national materials

    @Test
    void theNationalMaterialsAreLoadedOnceAsPublicPdfsWithTheirText() {
        JsonObject page = Api.object(api().send("GET", "api/material?agare=nationell", null, null));
        List<String> titles = page.getJsonArray("materials").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("title")).toList();
        assertTrue(titles.contains("Checklista: att fråga om våld"), titles.toString());
        assertTrue(titles.contains("Lättläst: Om någon gör dig illa hemma"), titles.toString());
        assertEquals(1, ((Number) em.createNativeQuery(
                "select count(*) from material where seed_key = 'checklista-fraga-om-vald'").getSingleResult())
                .intValue(), "loaded once, whatever the number of deployments");

        JsonObject easy = Api.object(api().send("GET", "api/material?sprak=lattlast&agare=nationell", null, null))
                .getJsonArray("materials").getJsonObject(0);
        JsonObject material = Api.object(api().send("GET", "api/material/" + easy.getInt("id"), null, null));
        JsonObject file = material.getJsonArray("files").getJsonObject(0).getJsonObject("current");
        assertEquals("application/pdf", file.getString("mediaType"));
        assertEquals("EXTRACTED", file.getString("text"));
        HttpResponse<byte[]> download = api().download(file.getString("url").substring(1), null);
        assertEquals(200, download.statusCode());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow().startsWith("inline;"));
    }

    // ---- files

    @Test
    void everyAcceptedKindIsStoredAsWhatItsContentIs() {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long material = material(editor, "Alla filtyper", "01", "offentlig");
        Map<String, byte[]> files = Map.of(
                "rapport.pdf", SampleFiles.pdf("Våld i nära relationer " + System.nanoTime()),
                "rutin.docx", SampleFiles.docx("Rutin för att fråga om våld"),
                "rutin.odt", SampleFiles.odt("Rutin i OpenDocument"),
                "bilder.pptx", SampleFiles.pptx("Utbildningsdag"),
                "statistik.xlsx", SampleFiles.xlsx("Kommun"),
                "anteckning.txt", SampleFiles.txt("Kvinnofridslinjen 020-50 50 50 " + System.nanoTime()),
                "bild.png", SampleFiles.png(),
                "foto.jpg", SampleFiles.jpeg(),
                "ikon.gif", SampleFiles.gif(),
                "film.mp4", SampleFiles.mp4());
        Map<String, String> expected = Map.of(
                "rapport.pdf", "application/pdf",
                "rutin.docx", FileKind.DOCX.mediaType(),
                "rutin.odt", FileKind.ODT.mediaType(),
                "bilder.pptx", FileKind.PPTX.mediaType(),
                "statistik.xlsx", FileKind.XLSX.mediaType(),
                "anteckning.txt", "text/plain",
                "bild.png", "image/png",
                "foto.jpg", "image/jpeg",
                "ikon.gif", "image/gif",
                "film.mp4", "video/mp4");

        files.forEach((name, content) -> {
            HttpResponse<String> uploaded = api().upload("api/material/" + material + "/filer", editor, name, content);
            assertEquals(201, uploaded.statusCode(), name + ": " + uploaded.body());
            JsonObject version = Api.object(uploaded);
            assertEquals(expected.get(name), version.getString("mediaType"), name);
            assertEquals(name.endsWith("png") || name.endsWith("jpg") || name.endsWith("gif") || name.endsWith("mp4")
                    ? "NO_TEXT" : "EXTRACTED", version.getString("text"), name);
            HttpResponse<byte[]> back = api().download(version.getString("url").substring(1), null);
            assertArrayEquals(content, back.body(), name + " comes back as it was sent");
            boolean office = name.endsWith("docx") || name.endsWith("odt") || name.endsWith("pptx")
                    || name.endsWith("xlsx");
            assertTrue(back.headers().firstValue("Content-Disposition").orElseThrow()
                    .startsWith(office ? "attachment;" : "inline;"), name + " is saved or shown as its kind is");
            assertTrue(back.headers().firstValue("Content-Type").orElseThrow().startsWith(expected.get(name)), name);
        });
        String text = (String) em.createNativeQuery("""
                        select s.extracted_text from stored_file s join material_file_version v on v.sha256 = s.sha256
                        where v.file_name = 'rutin.docx' order by v.id desc limit 1""").getSingleResult();
        assertTrue(text.contains("Rutin för att fråga om våld"), "the text is there for search: " + text);
        assertEquals(files.size(), Api.object(api().send("GET", "api/material/" + material, null, null))
                .getJsonArray("files").size());
    }

    @Test
    void aRefusedFileIsToldWhyAndLeavesNothingBehind() throws IOException {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long material = material(editor, "Farliga filer", "01", "offentlig");
        long rowsBefore = storedRows();
        long filesBefore = storeFiles();
        record Refused(String name, byte[] content, String message) {
        }
        List<Refused> refused = List.of(
                new Refused("checklista.pdf", SampleFiles.windowsProgram(), "är ett program eller ett skript"),
                new Refused("anteckning.txt", SampleFiles.shellScript(), "är ett program eller ett skript"),
                new Refused("rutin.docx", SampleFiles.docxBomb(150), "orimligt stor mängd data"),
                new Refused("paket.docx", SampleFiles.zip(), "komprimerat arkiv"),
                new Refused("paket.zip", SampleFiles.zip(), "Filtypen är inte tillåten"),
                new Refused("rapport.docx", SampleFiles.pdf("en PDF"), "stämmer inte med filnamnet"),
                new Refused("trasig.pdf", Arrays.copyOf(SampleFiles.pdf("Trasig"), 40), "PDF-filen är skadad"),
                new Refused("tom.pdf", new byte[0], "Filen är tom"));
        for (Refused file : refused) {
            HttpResponse<String> answer = api().upload("api/material/" + material + "/filer", editor, file.name(),
                    file.content());
            assertEquals(400, answer.statusCode(), file.name());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(answer.body().contains(file.message()), file.name() + ": " + answer.body());
            assertTrue(answer.body().contains("\"file\""), "the message is at the file field: " + answer.body());
        }
        // one byte over the limit (50 MB), streamed: refused before it is all read
        long limit = uploads.maxBytes();
        HttpResponse<String> tooLarge = api().upload("api/material/" + material + "/filer", editor, "stor.pdf",
                () -> new LargePdf(limit + 1));
        assertEquals(400, tooLarge.statusCode());
        assertTrue(tooLarge.body().contains("större än den största tillåtna storleken"), tooLarge.body());
        // the same with its length declared: refused before the body is read
        HttpResponse<String> declared = api().upload("api/material/" + material + "/filer", editor, "stor.pdf",
                () -> new LargePdf(limit + 1), limit + 1);
        assertEquals(400, declared.statusCode());
        assertTrue(declared.body().contains("större än den största tillåtna storleken"), declared.body());

        assertEquals(0, Api.object(api().send("GET", "api/material/" + material, null, null)).getJsonArray("files")
                .size());
        assertEquals(rowsBefore, storedRows(), "no stored_file row");
        assertEquals(filesBefore, storeFiles(), "no file in the store");
        try (Stream<Path> incoming = Files.list(fileStore.path("0".repeat(64)).getParent().getParent().getParent()
                .resolve("incoming"))) {
            assertEquals(0, incoming.count(), "nothing left half-written");
        }
    }

    @Test
    void aPdfWithActiveContentIsRefusedAndOneWithLinksStored() throws IOException {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long material = material(editor, "Aktiva PDF-filer", "01", "offentlig");
        long rowsBefore = storedRows();
        Map<String, String> messages = Map.of(
                "file.pdf.script", "PDF-filen innehåller skript",
                "file.pdf.outsideAction", "startar program, skickar uppgifter eller öppnar andra filer",
                "file.pdf.automaticAction", "körs av sig själva",
                "file.pdf.embedded", "bifogade filer eller inbäddad media");
        for (SamplePdfs.Sample pdf : SamplePdfs.active()) {
            HttpResponse<String> answer = api().upload("api/material/" + material + "/filer", editor, "rutin.pdf",
                    pdf.content());
            assertEquals(400, answer.statusCode(), pdf.name());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            JsonObject error = Api.object(answer).getJsonArray("errors").getJsonObject(0);
            assertEquals("file", error.getString("field"), pdf.name());
            assertTrue(error.getString("message").contains(messages.get(pdf.refusalKey())), pdf.name() + ": " + error);
        }
        assertEquals(rowsBefore, storedRows(), "nothing stored");

        byte[] links = SamplePdfs.withLinks();
        HttpResponse<String> stored = api().upload("api/material/" + material + "/filer", editor, "länkar.pdf", links);
        assertEquals(201, stored.statusCode(), stored.body());
        assertArrayEquals(links, api().download(Api.object(stored).getString("url").substring(1), null).body());
    }

    /** A file's part as curl, browsers and older clients write it, byte for byte, and the name it is kept under. */
    @Test
    void aFileNameKeepsItsSwedishLettersHoweverTheClientWritesIt() throws Exception {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long material = material(editor, "Filnamn med å, ä och ö", "01", "offentlig");
        record Written(byte[] disposition, String kept) {
        }
        List<Written> parts = List.of(
                // curl -F "fil=@Rutin för våld.txt" and browsers: UTF-8 in the quoted name (RFC 7578)
                new Written("form-data; name=\"fil\"; filename=\"Rutin för våld.txt\""
                        .getBytes(StandardCharsets.UTF_8), "Rutin för våld.txt"),
                // an ASCII name for old servers and the real one in filename* (RFC 8187, RFC 6266)
                new Written(("form-data; name=\"fil\"; filename=\"Rutin for vald 2.txt\"; "
                        + "filename*=UTF-8''Rutin%20f%C3%B6r%20v%C3%A5ld%202.txt").getBytes(StandardCharsets.US_ASCII),
                        "Rutin för våld 2.txt"),
                // a quote, as browsers and curl write it
                new Written("form-data; name=\"fil\"; filename=\"Rapport %22Kvinnofrid%22.txt\""
                        .getBytes(StandardCharsets.UTF_8), "Rapport \"Kvinnofrid\".txt"),
                // an old client's ISO-8859-1
                new Written("form-data; name=\"fil\"; filename=\"Anteckning från mötet.txt\""
                        .getBytes(StandardCharsets.ISO_8859_1), "Anteckning från mötet.txt"));
        for (Written part : parts) {
            HttpResponse<String> uploaded = uploadPart(material, editor, part.disposition(),
                    SampleFiles.txt(part.kept() + " " + System.nanoTime()));
            assertEquals(201, uploaded.statusCode(), uploaded.body());
            assertEquals(part.kept(), Api.object(uploaded).getString("fileName"));
            String disposition = api().download(Api.object(uploaded).getString("url").substring(1), null).headers()
                    .firstValue("Content-Disposition").orElseThrow();
            assertTrue(disposition.endsWith("filename*=UTF-8''" + URLEncoder.encode(part.kept(),
                    StandardCharsets.UTF_8).replace("+", "%20")), disposition);
        }
    }

    private HttpResponse<String> uploadPart(long material, String token, byte[] disposition, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "----grans" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: ").getBytes(StandardCharsets.US_ASCII));
        body.write(disposition);
        body.write("\r\nContent-Type: text/plain\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toString())
                        .resolve("api/material/" + material + "/filer"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSameContentIsStoredOnceAndAReplacedFileKeepsItsVersions() {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long first = material(editor, "Första", "01", "offentlig");
        long second = material(editor, "Andra", "01", "offentlig");
        byte[] pdf = SampleFiles.pdf("Samma innehåll " + System.nanoTime());
        long rowsBefore = storedRows();
        long filesBefore = storeFiles();

        JsonObject v1 = Api.object(api().upload("api/material/" + first + "/filer", editor, "samma.pdf", pdf));
        Api.object(api().upload("api/material/" + second + "/filer", editor, "kopia.pdf", pdf));
        assertEquals(rowsBefore + 1, storedRows(), "one row for the content");
        assertEquals(filesBefore + 1, storeFiles(), "one file for the content");

        long fileId = Api.object(api().send("GET", "api/material/" + first, null, null)).getJsonArray("files")
                .getJsonObject(0).getInt("id");
        byte[] newer = SampleFiles.pdf("Version två " + System.nanoTime());
        HttpResponse<String> replaced = api().upload("api/material/filer/" + fileId + "/versioner", editor,
                "samma v2.pdf", newer);
        assertEquals(201, replaced.statusCode(), replaced.body());
        assertEquals(2, Api.object(replaced).getInt("version"));
        JsonObject file = Api.object(api().send("GET", "api/material/" + first, null, null)).getJsonArray("files")
                .getJsonObject(0);
        assertEquals("samma v2.pdf", file.getJsonObject("current").getString("fileName"));
        JsonObject earlier = file.getJsonArray("earlier").getJsonObject(0);
        assertEquals(1, earlier.getInt("version"));
        assertArrayEquals(pdf, api().download(earlier.getString("url").substring(1), null).body(),
                "the earlier version is kept");
        assertArrayEquals(newer, api().download(file.getJsonObject("current").getString("url").substring(1), null)
                .body());
        assertEquals(v1.getInt("id"), earlier.getInt("id"));

        HttpResponse<String> refusedVersion = api().upload("api/material/filer/" + fileId + "/versioner", editor,
                "v3.pdf", SampleFiles.windowsProgram());
        assertEquals(400, refusedVersion.statusCode());
        assertEquals(1, Api.object(api().send("GET", "api/material/" + first, null, null)).getJsonArray("files")
                .getJsonObject(0).getJsonArray("earlier").size(), "a refused version adds nothing");
    }

    @Test
    void anErasedUploaderIsForgottenAndTheFileStays() throws Exception {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long material = material(editor, "Uppladdare", "01", "offentlig");
        long version = Api.object(api().upload("api/material/" + material + "/filer", editor, "rutin.txt",
                SampleFiles.txt("Rutin " + System.nanoTime()))).getInt("id");
        Participant uploader = testAccounts.create("uppladdare", 1, true).getFirst();
        transaction.begin();
        em.joinTransaction();
        em.createNativeQuery("update material_file_version set uploaded_by = ? where id = ?")
                .setParameter(1, uploader.accountId()).setParameter(2, version).executeUpdate();
        transaction.commit();

        accounts.erase(uploader.accountId());

        assertEquals(0, ((Number) em.createNativeQuery(
                "select count(*) from material_file_version where id = ? and uploaded_by is not null")
                .setParameter(1, version).getSingleResult()).intValue());
        assertEquals(200, api().download("api/material/versioner/" + version, null).statusCode());
    }

    // ---- who sees what

    @Test
    void materialsForLoggedInPeopleAndNetworkMembersAreOnlyTheirs() {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        String title = "Synlighet " + System.nanoTime();
        long forLoggedIn = material(editor, title + " inloggade", "01", "inloggade");
        long network = network(editor);
        JsonObjectBuilder networkBody = body(title + " nätverk", "01", "natverk").add("networkId", network);
        long forMembers = Api.object(api().send("POST", "api/material", editor, networkBody.build().toString()))
                .getInt("id");
        long versionId = Api.object(api().upload("api/material/" + forMembers + "/filer", editor, "protokoll.txt",
                SampleFiles.txt("Bara för medlemmar"))).getInt("id");
        api().upload("api/material/" + forLoggedIn + "/filer", editor, "info.txt", SampleFiles.txt("Inloggade"));
        List<Participant> people = testAccounts.create("material", 2, true);
        Participant member = people.get(0);
        Participant outsider = people.get(1);
        api().send("POST", "api/natverk/" + network + "/medlemmar", editor, Json.createObjectBuilder()
                .add("name", "Medlem").add("email", member.email())
                .add("organisationId", directory.municipalityOrganisation("0180").orElseThrow().getId())
                .add("profession", "kvinnofridssamordnare").add("sector", "socialtjanst").build().toString());

        assertEquals(401, api().send("GET", "api/material/" + forLoggedIn, null, null).statusCode());
        assertEquals(200, api().send("GET", "api/material/" + forLoggedIn, outsider.token(), null).statusCode());
        assertEquals(403, api().send("GET", "api/material/" + forMembers, outsider.token(), null).statusCode());
        assertEquals(403, api().download("api/material/versioner/" + versionId, outsider.token()).statusCode());
        assertEquals(401, api().download("api/material/versioner/" + versionId, null).statusCode());
        assertEquals(200, api().send("GET", "api/material/" + forMembers, member.token(), null).statusCode());
        assertEquals("Bara för medlemmar", new String(api().download("api/material/versioner/" + versionId,
                member.token()).body(), StandardCharsets.UTF_8));

        assertEquals(List.of(), titlesInLibrary(null, title));
        assertEquals(List.of(title + " inloggade"), titlesInLibrary(outsider.token(), title));
        assertEquals(List.of(title + " inloggade", title + " nätverk"), titlesInLibrary(member.token(), title)
                .stream().sorted().toList());
        assertEquals(2, titlesInLibrary(testAccounts.tokenFor(ADMIN), title).size());

        // a retired material leaves the library, its page stays
        assertEquals(200, api().send("POST", "api/material/" + forLoggedIn + "/tillbakadragen", editor, null)
                .statusCode());
        assertEquals(List.of(), titlesInLibrary(outsider.token(), title));
        assertTrue(Api.object(api().send("GET", "api/material/" + forLoggedIn, outsider.token(), null))
                .getBoolean("retired"));
        api().send("DELETE", "api/material/" + forLoggedIn + "/tillbakadragen", editor, null);
        assertEquals(List.of(title + " inloggade"), titlesInLibrary(outsider.token(), title));
    }

    // ---- downloads

    @Test
    void downloadsAreCountedPerMonthAndRangesAreServed() throws Exception {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long material = material(editor, "Film om våld", "01", "offentlig");
        byte[] film = SampleFiles.mp4();
        String url = Api.object(api().upload("api/material/" + material + "/filer", editor, "film.mp4", film))
                .getString("url");

        HttpResponse<byte[]> whole = get(url, null);
        assertEquals(200, whole.statusCode());
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElseThrow());
        assertEquals("sandbox", whole.headers().firstValue("Content-Security-Policy").orElseThrow());
        HttpResponse<byte[]> start = get(url, "bytes=0-99");
        assertEquals(206, start.statusCode());
        assertEquals("bytes 0-99/" + film.length, start.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(film, 0, 100), start.body());
        HttpResponse<byte[]> rest = get(url, "bytes=100-");
        assertEquals(206, rest.statusCode());
        assertArrayEquals(Arrays.copyOfRange(film, 100, film.length), rest.body());
        assertEquals(416, get(url, "bytes=" + film.length + "-").statusCode());
        HttpResponse<Void> head = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base.toString()).resolve(url.substring(1))).method("HEAD",
                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, head.statusCode());

        // counted: the whole file and the range from the first byte; not the rest, the 416 or HEAD
        JsonArray months = Api.array(api().send("GET", "api/material/" + material + "/nedladdningar", editor, null));
        assertEquals(1, months.size());
        assertEquals(YearMonth.now(ClockProducer.SWEDEN).toString(), months.getJsonObject(0).getString("month"));
        assertEquals(2, months.getJsonObject(0).getInt("downloads"));
        JsonArray county = Api.array(api().send("GET", "api/material/nedladdningar?lan=AB", editor, null));
        assertTrue(county.getValuesAs(JsonObject.class).stream()
                .anyMatch(row -> row.getInt("materialId") == material && row.getInt("downloads") == 2));
        assertEquals(403, api().send("GET", "api/material/" + material + "/nedladdningar",
                testAccounts.tokenFor(SKANE_EDITOR), null).statusCode());
        assertEquals(403, api().send("GET", "api/material/nedladdningar?lan=01",
                testAccounts.tokenFor(SKANE_EDITOR), null).statusCode());
    }

    // ---- crash safety of the store

    @Test
    void whatACrashLeavesBehindIsCleanedUpAndNothingInUseIsTouched() throws Exception {
        // a transaction that wrote its file but did not commit: the file stays, without a row
        CheckedUpload upload = uploads.check("avbruten.pdf",
                new ByteArrayInputStream(SampleFiles.pdf("Avbruten " + System.nanoTime())));
        transaction.begin();
        materialFiles.createSeed("it-avbruten-" + System.nanoTime(), new MaterialInput("Avbruten", "Text.", "ovrigt",
                null, "2026-01-01", null, "offentlig", null, null, null, null, null, List.of("sv")), List.of(upload));
        transaction.rollback();
        String orphan = upload.received().sha256();
        assertTrue(stored(orphan), "the file was written before the commit that never came");
        assertEquals(0, countRows(orphan));
        // a file in use, uploaded long ago
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long material = material(editor, "I bruk", "01", "offentlig");
        byte[] inUseContent = SampleFiles.pdf("I bruk " + System.nanoTime());
        api().upload("api/material/" + material + "/filer", editor, "bruk.pdf", inUseContent);
        String inUse = sha256(inUseContent);
        // an upload cut off mid-way, and a file removed from its material
        Path halfWritten = Files.write(fileStore.path(orphan).getParent().getParent().getParent().resolve("incoming")
                .resolve("upload-avbruten.part"), new byte[] {1, 2, 3});
        long removedMaterial = material(editor, "Fel fil", "01", "offentlig");
        byte[] mistake = SampleFiles.txt("Fel fil " + System.nanoTime());
        api().upload("api/material/" + removedMaterial + "/filer", editor, "fel.txt", mistake);
        long mistakeFile = Api.object(api().send("GET", "api/material/" + removedMaterial, null, null))
                .getJsonArray("files").getJsonObject(0).getInt("id");
        assertEquals(204, api().send("DELETE", "api/material/filer/" + mistakeFile, editor, null).statusCode());
        String removed = sha256(mistake);

        // nothing is young debris: within the grace period all stays
        FileStoreCleanup.Removed none = cleanup.cleanUp(FileStoreCleanup.GRACE);
        assertTrue(stored(orphan) && Files.exists(halfWritten) && stored(removed),
                "young files are left alone: " + none);

        age(fileStore.path(orphan), fileStore.path(inUse), fileStore.path(removed), halfWritten);
        ageRows(inUse, removed);
        FileStoreCleanup.Removed removedNow = cleanup.cleanUp(FileStoreCleanup.GRACE);

        assertFalse(stored(orphan), "the file without a row is gone");
        assertFalse(Files.exists(halfWritten), "the half-written upload is gone");
        assertFalse(stored(removed), "the removed file's content is gone");
        assertEquals(0, countRows(removed), "and its row");
        assertTrue(stored(inUse), "a file in use stays");
        assertEquals(1, countRows(inUse));
        assertTrue(removedNow.rows() >= 1 && removedNow.files() >= 2 && removedNow.incoming() >= 1,
                removedNow.toString());
        assertEquals(200, api().download("api/material/versioner/" + Api.object(api().send("GET",
                "api/material/" + material, null, null)).getJsonArray("files").getJsonObject(0)
                .getJsonObject("current").getInt("id"), null).statusCode());
    }

    // ---- where a material is used

    @Test
    void coursesAndNetworksLinkMaterialsTheirEditorsMayAndAdministratorsLinkModules() {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        String skane = testAccounts.tokenFor(SKANE_EDITOR);
        long national = Api.object(api().send("GET", "api/material?agare=nationell&typ=checklista", null, null))
                .getJsonArray("materials").getJsonObject(0).getInt("id");
        long course = ((Number) em.createNativeQuery(
                "select id from course where county_code = '01' order by id limit 1").getSingleResult()).longValue();

        assertEquals(204, api().send("PUT", "api/material/" + national + "/kurser/" + course, editor, null)
                .statusCode());
        assertEquals(JsonValue.ValueType.NUMBER, Api.object(api().send("GET", "api/material/" + national, null,
                null)).getJsonArray("courses").get(0).getValueType());
        assertTrue(links.usedInCourse(course).stream().anyMatch(m -> m.getId() == national));
        assertEquals(403, api().send("DELETE", "api/material/" + national + "/kurser/" + course, skane, null)
                .statusCode());
        long meeting = ((Number) em.createNativeQuery("""
                        select m.id from network_meeting m join network n on n.id = m.network_id
                        where n.county_code = '01' order by m.id limit 1""").getSingleResult()).longValue();
        assertEquals(403, api().send("PUT", "api/material/" + national + "/traffar/" + meeting, skane, null)
                .statusCode());
        assertEquals(204, api().send("PUT", "api/material/" + national + "/traffar/" + meeting, editor, null)
                .statusCode());
        assertTrue(links.usedInMeeting(meeting).stream().anyMatch(m -> m.getId() == national));
        assertEquals(204, api().send("DELETE", "api/material/" + national + "/traffar/" + meeting, editor, null)
                .statusCode());
        assertFalse(links.usedInMeeting(meeting).stream().anyMatch(m -> m.getId() == national));
        assertEquals(403, api().send("PUT", "api/material/" + national + "/moduler/01-vad-ar-vald", editor, null)
                .statusCode());
        String admin = testAccounts.tokenFor(ADMIN);
        assertEquals(204, api().send("PUT", "api/material/" + national + "/moduler/01-vad-ar-vald", admin, null)
                .statusCode());
        assertEquals(404, api().send("PUT", "api/material/" + national + "/moduler/finns-inte", admin, null)
                .statusCode());
        assertTrue(links.usedInModule("01-vad-ar-vald").stream().anyMatch(m -> m.getId() == national));
        assertEquals(204, api().send("DELETE", "api/material/" + national + "/kurser/" + course, editor, null)
                .statusCode());
        assertFalse(links.usedInCourse(course).stream().anyMatch(m -> m.getId() == national));
    }

    // ---- bad input and tenancy

    @Test
    void badInputIsRefusedFieldByFieldAndCountiesOnlyChangeTheirOwn() {
        String editor = testAccounts.tokenFor(STOCKHOLM_EDITOR);
        long before = materialCount();
        HttpResponse<String> bad = api().send("POST", "api/material", editor, Json.createObjectBuilder()
                .add("title", " ").add("type", "broschyr").add("owner", "01").add("publishedOn", "igår")
                .add("visibility", "natverk").add("externalUrl", "javascript:alert(1)")
                .add("languages", Json.createArrayBuilder().add("klingon")).build().toString());
        assertEquals(400, bad.statusCode());
        JsonArray errors = Api.object(bad).getJsonArray("errors");
        List<String> fields = errors.getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
        assertEquals(List.of("title", "summary", "type", "publishedOn", "network", "externalUrl", "languages"), fields);
        assertEquals(before, materialCount(), "nothing saved");
        assertEquals(400, api().send("GET", "api/material?typ=broschyr", null, null).statusCode());
        assertEquals(400, api().send("POST", "api/material", editor, "inte json").statusCode());

        // a county editor may not publish nationally, nor for another county
        assertEquals(403, api().send("POST", "api/material", editor, body("Nationellt", "nationell", "offentlig")
                .build().toString()).statusCode());
        long stockholm = material(editor, "Stockholms", "01", "offentlig");
        CrossCountyWrites skane = new CrossCountyWrites(URI.create(base.toString()), testAccounts.tokenFor(SKANE_EDITOR));
        String readBack = "api/material/" + stockholm;
        skane.assertRefused("PUT", "api/material/" + stockholm, body("Skånes nu", "12", "offentlig").build().toString(),
                readBack);
        skane.assertRefused("PUT", "api/material/" + stockholm, body("Kapat", "01", "offentlig").build().toString(),
                readBack);
        skane.assertRefused("POST", "api/material/" + stockholm + "/tillbakadragen", null, readBack);
        HttpResponse<String> upload = api().upload("api/material/" + stockholm + "/filer",
                testAccounts.tokenFor(SKANE_EDITOR), "intrang.pdf", SampleFiles.pdf("x"));
        assertEquals(403, upload.statusCode());
        assertEquals(0, Api.object(api().send("GET", readBack, null, null)).getJsonArray("files").size());
        assertEquals(401, api().upload("api/material/" + stockholm + "/filer", null, "anonym.pdf",
                SampleFiles.pdf("x")).statusCode());
    }

    // ---- helpers

    private long material(String token, String title, String owner, String visibility) {
        HttpResponse<String> created = api().send("POST", "api/material", token,
                body(title, owner, visibility).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return Api.object(created).getInt("id");
    }

    private static JsonObjectBuilder body(String title, String owner, String visibility) {
        return Json.createObjectBuilder().add("title", title)
                .add("summary", "Ett stöd för **socialtjänsten** när ni frågar om våld.")
                .add("type", "metodstod").add("owner", owner).add("publishedOn", "2026-10-01")
                .add("version", "1.0").add("visibility", visibility)
                .add("themes", Json.createArrayBuilder().add("upptacka-och-fraga"))
                .add("targetGroups", Json.createArrayBuilder().add("berorda-professioner"))
                .add("professions", Json.createArrayBuilder().add("socialsekreterare"))
                .add("languages", Json.createArrayBuilder().add("sv"));
    }

    private long network(String token) {
        HttpResponse<String> created = api().send("POST", "api/natverk", token, Json.createObjectBuilder()
                .add("name", "Nätverk för material " + System.nanoTime())
                .add("purpose", "Erfarenhetsutbyte.").add("county", "01").add("openToApply", false).build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return Api.object(created).getInt("id");
    }

    private List<String> titlesInLibrary(String token, String prefix) {
        return Api.object(api().send("GET", "api/material?agare=01", token, null)).getJsonArray("materials")
                .getValuesAs(JsonObject.class).stream().map(m -> m.getString("title"))
                .filter(t -> t.startsWith(prefix)).toList();
    }

    private HttpResponse<byte[]> get(String url, String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(url.substring(1)));
        if (range != null) {
            request.header("Range", range);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private boolean stored(String sha256) {
        return Files.isRegularFile(fileStore.path(sha256));
    }

    private long storedRows() {
        return ((Number) em.createNativeQuery("select count(*) from stored_file").getSingleResult()).longValue();
    }

    private long countRows(String sha256) {
        return ((Number) em.createNativeQuery("select count(*) from stored_file where sha256 = ?")
                .setParameter(1, sha256).getSingleResult()).longValue();
    }

    private long materialCount() {
        return ((Number) em.createNativeQuery("select count(*) from material").getSingleResult()).longValue();
    }

    private long storeFiles() {
        return fileStore.entries().size();
    }

    private static void age(Path... files) throws IOException {
        FileTime twoHoursAgo = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        for (Path file : files) {
            Files.setLastModifiedTime(file, twoHoursAgo);
        }
    }

    private void ageRows(String... sha256s) throws Exception {
        transaction.begin();
        em.joinTransaction();
        for (String sha256 : sha256s) {
            em.createNativeQuery("update stored_file set stored_at = stored_at - interval 2 hour where sha256 = ?")
                    .setParameter(1, sha256).executeUpdate();
        }
        transaction.commit();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PDF header followed by {@code size} bytes in all, made as it is read. */
    private static final class LargePdf extends InputStream {
        private static final byte[] PDF_HEADER = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        private final long size;
        private long position;

        LargePdf(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            return PDF_HEADER[(int) Math.min(position++, 8)];
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = position + i < 9 ? PDF_HEADER[(int) (position + i)] : (byte) 'x';
            }
            position += count;
            return count;
        }
    }
}
