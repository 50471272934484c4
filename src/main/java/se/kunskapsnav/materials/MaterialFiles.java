package se.kunskapsnav.materials;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.accounts.AccountErased;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.TenancyGuard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A material's files and their versions: listing, saving an inspected upload (files arrive through
 * {@link MaterialUploads}, which calls {@link #saveFile} once a file has been received and inspected),
 * removing, the national materials' files, the store's index for {@link FileStoreCleanup}, and forgetting an
 * erased uploader.
 */
@ApplicationScoped
public class MaterialFiles {

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    TenancyGuard guard;

    @Inject
    MaterialService materials;

    @Inject
    FileStore fileStore;

    @Inject
    Clock clock;

    /** A material's files with their versions, in the order they were added. */
    public List<FileHistory> of(Material material) {
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
        materials.material(em.find(MaterialFile.class, version.getFileId()).getMaterialId());
        return version;
    }

    /** Checks the caller may add a file to a material, before a byte of the upload is read. */
    public void requireMayAddFile(long materialId) {
        materials.editable(materialId);
    }

    /** Checks the caller may replace a file, before a byte of the upload is read; the file's material. */
    public long requireMayReplace(long fileId) {
        MaterialFile file = NotFoundException.requireFound(em.find(MaterialFile.class, fileId), "file " + fileId);
        materials.editable(file.getMaterialId());
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
        Material material = materials.editable(materialId);
        MaterialFileVersion version = addVersion(material, fileId, upload, guard.currentAccountId());
        materials.recordChange(material, ChangeOperation.UPDATE, version.getVersionNo() == 1 ? "ADD_FILE" : "REPLACE_FILE",
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

    /**
     * Creates a national material of {@code content/material/} with its files, at start-up, in one
     * transaction: there is no caller to check, the content is the portal's own.
     */
    @Transactional
    public Material createSeed(String seedKey, MaterialInput input, List<CheckedUpload> files) {
        Material material = materials.createSeed(seedKey, input);
        files.forEach(file -> addVersion(material, null, file, null));
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
        materials.recordChange(material, ChangeOperation.UPDATE, "REMOVE_FILE", "file " + fileId);
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

    /** An erased account's uploads stay; who uploaded them is forgotten (the audit log keeps the account id). */
    void forgetUploader(@Observes AccountErased erased) {
        em.createQuery("update MaterialFileVersion v set v.uploadedBy = null where v.uploadedBy = :account")
                .setParameter("account", erased.accountId())
                .executeUpdate();
    }
}
