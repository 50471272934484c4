package se.kunskapsnav.materials;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.accounts.AccountErased;
import se.kunskapsnav.courses.Course;
import se.kunskapsnav.courses.CourseService;
import se.kunskapsnav.networks.MembershipStatus;
import se.kunskapsnav.networks.Network;
import se.kunskapsnav.networks.NetworkMeeting;
import se.kunskapsnav.networks.NetworkService;
import se.kunskapsnav.platform.AccessDeniedException;
import se.kunskapsnav.platform.AuditLog;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.platform.ClockProducer;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.ResultPage;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.taxonomy.TaxonomyService;
import se.kunskapsnav.taxonomy.TermSet;
import se.kunskapsnav.webcourse.WebCourseService;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The materials library: who sees which material, the library's filters, editing and retiring, where a
 * material is used, its files and their versions, and downloads counted per month. Files arrive through
 * {@link MaterialUploads}, which calls {@link #saveFile} once a file has been received and inspected.
 */
@ApplicationScoped
public class MaterialService {

    static final int PAGE_SIZE = 20;

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    TenancyGuard guard;

    @Inject
    CourseService courses;

    @Inject
    NetworkService networks;

    @Inject
    WebCourseService webCourse;

    @Inject
    TaxonomyService taxonomy;

    @Inject
    FileStore fileStore;

    @Inject
    ChangeLog changeLog;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    // ---- who sees and edits

    public boolean mayEdit(Material material) {
        return guard.scope().mayEdit(material.getOwnerCountyCode());
    }

    /**
     * Everyone sees public materials, anyone logged in those for logged-in people, a network's members and
     * editors those of the network; the owning county's editors and administrators see all of theirs.
     */
    public boolean maySee(Material material) {
        if (mayEdit(material)) {
            return true;
        }
        return switch (material.getVisibility()) {
            case PUBLIC -> true;
            case LOGGED_IN -> guard.currentAccountId() != null;
            case NETWORK -> networks.maySeeMemberParts(networks.network(material.getNetworkId()));
        };
    }

    /** A material the caller may see: 404 when there is none, 401 or 403 when it is not for them. */
    public Material material(long id) {
        Material material = NotFoundException.requireFound(em.find(Material.class, id), "material " + id);
        if (!maySee(material)) {
            throw new AccessDeniedException("material " + id + " is not for the caller");
        }
        return material;
    }

    public Material editable(long id) {
        Material material = NotFoundException.requireFound(em.find(Material.class, id), "material " + id);
        guard.requireMayEdit(material.getOwnerCountyCode());
        return material;
    }

    // ---- the library

    /**
     * Materials the caller may see that are in use (not retired, with a file or a link), filtered, the
     * newest first, one page (counted from 1).
     */
    public ResultPage<Material> library(MaterialFilter filter, int page) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        conditions.add("m.retiredAt is null");
        conditions.add("(m.externalUrl is not null or exists (select f from MaterialFile f where f.materialId = m.id))");
        conditions.add(visibleCondition(parameters));
        addFilter(filter, conditions, parameters);
        return page(String.join(" and ", conditions), parameters, page);
    }

    /** The materials the caller may edit, retired and unfinished ones too, filtered, newest first. */
    public ResultPage<Material> editableMaterials(MaterialFilter filter, int page) {
        var scope = guard.scope();
        if (!scope.administrator() && scope.editorCounties().isEmpty()) {
            return new ResultPage<>(List.of(), 0, 1, PAGE_SIZE);
        }
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        conditions.add("(:admin = true or m.ownerCountyCode in :editorCounties)");
        parameters.put("admin", scope.administrator());
        parameters.put("editorCounties", orNone(scope.editorCounties()));
        addFilter(filter, conditions, parameters);
        return page(String.join(" and ", conditions), parameters, page);
    }

    private ResultPage<Material> page(String where, Map<String, Object> parameters, int page) {
        // the tags a list shows are read for the whole page in one query each instead of one per material
        return ResultPage.query(em, Material.class, "m", where, "m.publishedOn desc, m.id desc", parameters, page,
                PAGE_SIZE, query -> query.setHint("eclipselink.batch.type", "IN")
                        .setHint("eclipselink.batch", "m.themes")
                        .setHint("eclipselink.batch", "m.languages"));
    }

    /** The condition {@link #maySee} is, as JPQL over {@code m}. */
    private String visibleCondition(Map<String, Object> parameters) {
        var scope = guard.scope();
        Long me = guard.currentAccountId();
        parameters.put("public", Visibility.PUBLIC);
        parameters.put("loggedIn", Visibility.LOGGED_IN);
        parameters.put("network", Visibility.NETWORK);
        parameters.put("someone", me != null);
        parameters.put("me", me == null ? -1L : me);
        parameters.put("member", MembershipStatus.MEMBER);
        parameters.put("admin", scope.administrator());
        parameters.put("editorCounties", orNone(scope.editorCounties()));
        // subqueries, not joins: EclipseLink's joins for collections drop rows from an "or"
        return """
                (:admin = true or m.visibility = :public or (m.visibility = :loggedIn and :someone = true)
                 or m.ownerCountyCode in :editorCounties
                 or (m.visibility = :network and (
                     exists (select nm from NetworkMember nm
                             where nm.networkId = m.networkId and nm.accountId = :me and nm.status = :member)
                     or exists (select n from Network n where n.id = m.networkId and n.countyCode in :editorCounties)
                     or exists (select co from Network cn join cn.coOwners co
                                where cn.id = m.networkId and co in :editorCounties))))""";
    }

    private static void addFilter(MaterialFilter filter, List<String> conditions, Map<String, Object> parameters) {
        if (filter.type() != null) {
            conditions.add("m.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.themeCode() != null) {
            conditions.add("exists (select t from Material mt join mt.themes t where mt = m and t = :theme)");
            parameters.put("theme", filter.themeCode());
        }
        if (filter.targetGroupCode() != null) {
            conditions.add("exists (select g from Material mg join mg.targetGroups g where mg = m and g = :group)");
            parameters.put("group", filter.targetGroupCode());
        }
        if (filter.professionCode() != null) {
            conditions.add("exists (select p from Material mp join mp.professions p where mp = m and p = :profession)");
            parameters.put("profession", filter.professionCode());
        }
        if (filter.languageCode() != null) {
            conditions.add("exists (select l from Material ml join ml.languages l where ml = m and l = :language)");
            parameters.put("language", filter.languageCode());
        }
        if (MaterialFilter.NATIONAL.equals(filter.ownerCountyCode())) {
            conditions.add("m.ownerCountyCode is null");
        } else if (filter.ownerCountyCode() != null) {
            conditions.add("m.ownerCountyCode = :owner");
            parameters.put("owner", filter.ownerCountyCode());
        }
    }

    private static Set<String> orNone(Set<String> counties) {
        return counties.isEmpty() ? Set.of("--") : counties;
    }

    // ---- editing

    @Transactional
    public Material create(MaterialInput input) {
        guard.requireMayEdit(input.ownerCountyCode() == null || input.ownerCountyCode().isBlank()
                ? null : input.ownerCountyCode());
        Material material = new Material(null, clock.instant());
        material.apply(check(input), clock.instant());
        em.persist(material);
        em.flush();
        logged(material, ChangeOperation.CREATE, "CREATE", material.getTitle());
        return material;
    }

    @Transactional
    public Material update(long id, MaterialInput input) {
        Material material = editable(id);
        guard.requireMayEdit(input.ownerCountyCode() == null || input.ownerCountyCode().isBlank()
                ? null : input.ownerCountyCode());
        material.apply(check(input), clock.instant());
        logged(material, ChangeOperation.UPDATE, "UPDATE", material.getTitle());
        return material;
    }

    /** Retired materials leave the library; their page and files stay for those who have the link. */
    @Transactional
    public Material retire(long id) {
        Material material = editable(id);
        if (!material.isRetired()) {
            material.retire(clock.instant());
            logged(material, ChangeOperation.UPDATE, "RETIRE", material.getTitle());
        }
        return material;
    }

    @Transactional
    public Material reinstate(long id) {
        Material material = editable(id);
        if (material.isRetired()) {
            material.reinstate(clock.instant());
            logged(material, ChangeOperation.UPDATE, "REINSTATE", material.getTitle());
        }
        return material;
    }

    private MaterialRules.ValidMaterial check(MaterialInput input) {
        MaterialRules.ValidMaterial valid = MaterialRules.check(input, courses.knownCodes(),
                taxonomy.names(TermSet.LANGUAGE).keySet());
        if (valid.networkId() != null) {
            Network network = em.find(Network.class, valid.networkId());
            if (network == null || !networks.mayEdit(network)) {
                throw InvalidInputException.of("network", "material.networkNotYours");
            }
        }
        return valid;
    }

    private void logged(Material material, ChangeOperation operation, String action, String detail) {
        changeLog.record("material", material.getId().toString(), operation);
        audit.record("material", material.getId(), action, material.getOwnerCountyCode(), detail);
    }

    // ---- where a material is used

    /** Links a material to a course: the course's editors may, when they may see the material. */
    @Transactional
    public void linkCourse(long materialId, long courseId, boolean linked) {
        Material material = material(materialId);
        Course course = courses.course(courseId);
        guard.requireMayEdit(course.owningCounties());
        changeLinks(material, material.getCourseIds(), courseId, linked, "course " + courseId);
    }

    /** Links a material to a network meeting: the network's editors may. */
    @Transactional
    public void linkMeeting(long materialId, long meetingId, boolean linked) {
        Material material = material(materialId);
        NetworkMeeting meeting = NotFoundException.requireFound(em.find(NetworkMeeting.class, meetingId),
                "meeting " + meetingId);
        guard.requireMayEdit(networks.network(meeting.getNetworkId()).owningCounties());
        changeLinks(material, material.getMeetingIds(), meetingId, linked, "meeting " + meetingId);
    }

    /** Links a material to a module of the national web course: administrators may. */
    @Transactional
    public void linkModule(long materialId, String moduleCode, boolean linked) {
        Material material = material(materialId);
        guard.requireAdministrator();
        webCourse.module(moduleCode);
        changeLinks(material, material.getModuleCodes(), moduleCode, linked, "module " + moduleCode);
    }

    private <T> void changeLinks(Material material, Set<T> links, T target, boolean linked, String what) {
        if (linked ? links.add(target) : links.remove(target)) {
            audit.record("material", material.getId(), linked ? "LINK" : "UNLINK", material.getOwnerCountyCode(), what);
        }
    }

    /** The materials used in a course that the caller may see, by title. */
    public List<Material> usedInCourse(long courseId) {
        return visibleLinked("select m from Material m join m.courseIds c where c = :target", courseId);
    }

    public List<Material> usedInMeeting(long meetingId) {
        return visibleLinked("select m from Material m join m.meetingIds t where t = :target", meetingId);
    }

    public List<Material> usedInModule(String moduleCode) {
        return visibleLinked("select m from Material m join m.moduleCodes t where t = :target", moduleCode);
    }

    private List<Material> visibleLinked(String query, Object target) {
        return em.createQuery(query + " and m.retiredAt is null", Material.class)
                .setParameter("target", target)
                .getResultList().stream()
                .filter(this::maySee)
                .sorted(Comparator.comparing(Material::getTitle))
                .toList();
    }

    /** The courses a material is used in, by start. */
    public List<Course> coursesUsing(Material material) {
        if (material.getCourseIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Course c where c.id in :ids order by c.startsAt", Course.class)
                .setParameter("ids", material.getCourseIds())
                .getResultList();
    }

    /** The network meetings a material is used in, the latest first. */
    public List<NetworkMeeting> meetingsUsing(Material material) {
        if (material.getMeetingIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from NetworkMeeting m where m.id in :ids order by m.startsAt desc",
                        NetworkMeeting.class)
                .setParameter("ids", material.getMeetingIds())
                .getResultList();
    }

    /**
     * The meetings a material may be linked to by the caller: those of the networks they may edit (an
     * administrator's: all), the latest first.
     */
    public List<NetworkMeeting> linkableMeetings() {
        var scope = guard.scope();
        if (!scope.administrator() && scope.editorCounties().isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select m from NetworkMeeting m
                        where exists (select n from Network n where n.id = m.networkId
                                      and (:all = true or n.countyCode in :counties))
                           or exists (select cn from Network cn join cn.coOwners co
                                      where cn.id = m.networkId and co in :counties)
                        order by m.startsAt desc""", NetworkMeeting.class)
                .setParameter("all", scope.administrator())
                .setParameter("counties", orNone(scope.editorCounties()))
                .getResultList();
    }

    // ---- files

    /** A material's files with their versions, in the order they were added. */
    public List<FileHistory> files(Material material) {
        Map<Long, List<MaterialFileVersion>> versions = new LinkedHashMap<>();
        Map<Long, MaterialFile> files = new HashMap<>();
        em.createQuery("""
                        select f from MaterialFile f where f.materialId = :material order by f.id""", MaterialFile.class)
                .setParameter("material", material.getId())
                .getResultList()
                .forEach(file -> {
                    files.put(file.getId(), file);
                    versions.put(file.getId(), new ArrayList<>());
                });
        em.createQuery("""
                        select v from MaterialFileVersion v join fetch v.content, MaterialFile f
                        where v.fileId = f.id and f.materialId = :material
                        order by v.versionNo desc""", MaterialFileVersion.class)
                .setParameter("material", material.getId())
                .getResultList()
                .forEach(version -> versions.get(version.getFileId()).add(version));
        return versions.entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> new FileHistory(files.get(entry.getKey()), List.copyOf(entry.getValue())))
                .toList();
    }

    /** A version of a file, for someone who may see its material. */
    public MaterialFileVersion version(long versionId) {
        MaterialFileVersion version = NotFoundException.requireFound(em.find(MaterialFileVersion.class, versionId),
                "file version " + versionId);
        material(em.find(MaterialFile.class, version.getFileId()).getMaterialId());
        return version;
    }

    /** Checks the caller may add a file to a material, before a byte of the upload is read. */
    public void requireMayAddFile(long materialId) {
        editable(materialId);
    }

    /** Checks the caller may replace a file, before a byte of the upload is read; the file's material. */
    public long requireMayReplace(long fileId) {
        MaterialFile file = NotFoundException.requireFound(em.find(MaterialFile.class, fileId), "file " + fileId);
        editable(file.getMaterialId());
        return file.getMaterialId();
    }

    /**
     * Records an inspected upload as a new file of a material ({@code fileId} null) or as the next version of
     * a file: the {@code stored_file} row (kept once per content), the version row, and then the file put in
     * its place in the store, all before this transaction commits. If the commit fails the file stays
     * without a row until {@link FileStoreCleanup} removes it.
     */
    @Transactional
    public MaterialFileVersion saveFile(long materialId, Long fileId, CheckedUpload upload) {
        Material material = editable(materialId);
        MaterialFileVersion version = addVersion(material, fileId, upload, guard.currentAccountId());
        logged(material, ChangeOperation.UPDATE, version.getVersionNo() == 1 ? "ADD_FILE" : "REPLACE_FILE",
                upload.fileName() + " (" + version.getVersionNo() + ")");
        return version;
    }

    private MaterialFileVersion addVersion(Material material, Long fileId, CheckedUpload upload, Long uploadedBy) {
        MaterialFile file;
        int versionNo;
        if (fileId == null) {
            file = new MaterialFile(material.getId(), clock.instant());
            em.persist(file);
            em.flush();
            versionNo = 1;
        } else {
            file = em.find(MaterialFile.class, fileId, LockModeType.PESSIMISTIC_WRITE);
            if (file == null || !file.getMaterialId().equals(material.getId())) {
                throw new NotFoundException("file " + fileId);
            }
            versionNo = em.createQuery("select max(v.versionNo) from MaterialFileVersion v where v.fileId = :file",
                    Integer.class).setParameter("file", fileId).getSingleResult() + 1;
        }
        em.createNativeQuery("""
                        insert ignore into stored_file (sha256, size_bytes, media_type, text_status, extracted_text,
                                                        stored_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .setParameter(1, upload.received().sha256())
                .setParameter(2, upload.received().size())
                .setParameter(3, upload.kind().mediaType())
                .setParameter(4, upload.text().status().name())
                .setParameter(5, upload.text().text())
                .setParameter(6, Timestamp.from(clock.instant()))
                .executeUpdate();
        StoredFile content = em.find(StoredFile.class, upload.received().sha256());
        MaterialFileVersion version = new MaterialFileVersion(file.getId(), versionNo, content, upload.fileName(),
                uploadedBy, clock.instant());
        em.persist(version);
        em.flush();
        fileStore.keep(upload.received());
        return version;
    }

    /** The folders of {@code content/material/} whose national materials have been loaded. */
    public Set<String> loadedSeeds() {
        return Set.copyOf(em.createQuery("select m.seedKey from Material m where m.seedKey is not null", String.class)
                .getResultList());
    }

    /**
     * Creates a national material of {@code content/material/} with its files, at start-up: there is no
     * caller to check, the content is the portal's own.
     */
    @Transactional
    public Material createSeed(String seedKey, MaterialInput input, List<CheckedUpload> files) {
        Material material = new Material(seedKey, clock.instant());
        material.apply(check(input), clock.instant());
        em.persist(material);
        em.flush();
        files.forEach(file -> addVersion(material, null, file, null));
        // no audit entry: there is no person, and the folder in content/ is the record of who wrote it
        changeLog.record("material", material.getId().toString(), ChangeOperation.CREATE);
        return material;
    }

    /**
     * Removes a file and all its versions from a material, for a file uploaded by mistake; the content
     * leaves the store with the next clean-up unless another file has the same content.
     */
    @Transactional
    public void removeFile(long fileId) {
        long materialId = requireMayReplace(fileId);
        Material material = em.find(Material.class, materialId);
        em.createQuery("delete from MaterialFileVersion v where v.fileId = :file")
                .setParameter("file", fileId).executeUpdate();
        em.remove(em.find(MaterialFile.class, fileId));
        logged(material, ChangeOperation.UPDATE, "REMOVE_FILE", "file " + fileId);
    }

    // ---- the store's index, for FileStoreCleanup

    /** Deletes content rows no file version uses any more, stored before {@code cutoff}; how many. */
    @Transactional
    public int removeUnusedRows(Instant cutoff) {
        List<?> unused = em.createNativeQuery("""
                        select s.sha256 from stored_file s
                        where s.stored_at < ? and not exists (select 1 from material_file_version v where v.sha256 = s.sha256)
                        for update""")
                .setParameter(1, Timestamp.from(cutoff))
                .getResultList();
        for (Object sha256 : unused) {
            em.createNativeQuery("delete from stored_file where sha256 = ?").setParameter(1, sha256).executeUpdate();
        }
        return unused.size();
    }

    /**
     * Deletes a file whose content has no row. It first claims the content's key with a placeholder row, deleted
     * again before commit: an upload of the same content writes its row before its file, so either that row
     * exists (the claim waits for it and is ignored) or the upload's insert waits for this transaction. Locking a
     * row that is not there would hold nothing at READ COMMITTED, which takes no gap locks.
     */
    @Transactional
    public boolean removeIfUnindexed(String sha256) {
        int claimed = em.createNativeQuery("""
                        insert ignore into stored_file (sha256, size_bytes, media_type, text_status, stored_at)
                        values (?, 0, 'application/octet-stream', ?, ?)""")
                .setParameter(1, sha256)
                .setParameter(2, TextStatus.NO_TEXT.name())
                .setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        fileStore.remove(sha256);
        em.createNativeQuery("delete from stored_file where sha256 = ?").setParameter(1, sha256).executeUpdate();
        return true;
    }

    // ---- downloads

    /** Counts one download of a version's material in the current Swedish month. */
    @Transactional
    public void countDownload(MaterialFileVersion version) {
        LocalDate month = YearMonth.now(clock.withZone(ClockProducer.SWEDEN)).atDay(1);
        em.createNativeQuery("""
                        insert into material_download (material_id, month, downloads)
                        select f.material_id, ?, 1 from material_file f where f.id = ?
                        on duplicate key update downloads = downloads + 1""")
                .setParameter(1, Date.valueOf(month))
                .setParameter(2, version.getFileId())
                .executeUpdate();
    }

    /** Downloads per month of one material, the latest month first (its editors). */
    public List<MonthlyDownloads> downloads(long materialId) {
        Material material = editable(materialId);
        return downloadRows("where d.material_id = ?1", material.getId());
    }

    /**
     * Downloads per material and month of a year for the materials a county owns, or the national ones
     * ({@code countyCode} null): what a county reports of its materials' use. Its editors and administrators.
     */
    public List<MonthlyDownloads> downloadsOfYear(String countyCode, int year) {
        guard.requireMayEdit(countyCode);
        String owner = countyCode == null ? "m.owner_county_code is null" : "m.owner_county_code = ?1";
        return downloadRows("where " + owner + " and d.month >= ?2 and d.month < ?3", countyCode,
                Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year + 1, 1, 1)));
    }

    private List<MonthlyDownloads> downloadRows(String where, Object... parameters) {
        var query = em.createNativeQuery("""
                select d.material_id, m.title, d.month, d.downloads
                from material_download d join material m on m.id = d.material_id
                """ + where + " order by d.month desc, m.title");
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] != null) {
                query.setParameter(i + 1, parameters[i]);
            }
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(row -> (Object[]) row).map(row -> new MonthlyDownloads(
                ((Number) row[0]).longValue(), (String) row[1],
                YearMonth.from(((Date) row[2]).toLocalDate()), ((Number) row[3]).longValue())).toList();
    }

    // ---- personal data

    /** An erased account's uploads stay; who uploaded them is forgotten (the audit log keeps the account id). */
    void forgetUploader(@Observes AccountErased erased) {
        em.createQuery("update MaterialFileVersion v set v.uploadedBy = null where v.uploadedBy = :account")
                .setParameter("account", erased.accountId())
                .executeUpdate();
    }
}
