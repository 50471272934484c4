package se.kunskapsnav.materials;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.courses.CourseService;
import se.kunskapsnav.networks.Network;
import se.kunskapsnav.networks.NetworkService;
import se.kunskapsnav.platform.AccessDeniedException;
import se.kunskapsnav.platform.AuditLog;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.Revisions;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.taxonomy.TaxonomyService;
import se.kunskapsnav.taxonomy.TermSet;

import java.time.Clock;
import java.util.Set;

/**
 * A material itself: who sees and edits it, describing, retiring and reinstating it. The rest of the library
 * builds on this: {@link MaterialLibrary} lists, {@link MaterialLinks} where a material is used,
 * {@link MaterialFiles} its files and versions, {@link MaterialDownloads} how often it is downloaded.
 */
@ApplicationScoped
public class MaterialService {

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    TenancyGuard guard;

    @Inject
    CourseService courses;

    @Inject
    NetworkService networks;

    @Inject
    TaxonomyService taxonomy;

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
     * {@link MaterialLibrary} asks the same in its query.
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

    // ---- editing

    @Transactional
    public Material create(MaterialInput input) {
        guard.requireMayEdit(input.ownerCountyCode() == null || input.ownerCountyCode().isBlank()
                ? null : input.ownerCountyCode());
        Material material = new Material(null, clock.instant());
        material.apply(check(input), clock.instant());
        em.persist(material);
        em.flush();
        recordChange(material, ChangeOperation.CREATE, "CREATE", material.getTitle());
        return material;
    }

    /** Changes a material's description; one changed since {@code seenRevision} is refused ({@link Revisions}). */
    @Transactional
    public Material update(long id, MaterialInput input, Long seenRevision) {
        Material material = editable(id);
        Revisions.requireCurrent(seenRevision, material.getRevision(), "material.changedMeanwhile");
        guard.requireMayEdit(input.ownerCountyCode() == null || input.ownerCountyCode().isBlank()
                ? null : input.ownerCountyCode());
        material.apply(check(input), clock.instant());
        recordChange(material, ChangeOperation.UPDATE, "UPDATE", material.getTitle());
        return material;
    }

    /** Retired materials leave the library; their page and files stay for those who have the link. */
    @Transactional
    public Material retire(long id) {
        Material material = editable(id);
        if (!material.isRetired()) {
            material.retire(clock.instant());
            recordChange(material, ChangeOperation.UPDATE, "RETIRE", material.getTitle());
        }
        return material;
    }

    @Transactional
    public Material reinstate(long id) {
        Material material = editable(id);
        if (material.isRetired()) {
            material.reinstate(clock.instant());
            recordChange(material, ChangeOperation.UPDATE, "REINSTATE", material.getTitle());
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

    /** A change to a material or its files, in the change log (search follows it) and the audit log. */
    public void recordChange(Material material, ChangeOperation operation, String action, String detail) {
        changeLog.record("material", material.getId().toString(), operation);
        audit.record("material", material.getId(), action, material.getOwnerCountyCode(), detail);
    }

    // ---- the national materials of content/material/

    /** The folders of {@code content/material/} whose national materials have been loaded. */
    public Set<String> loadedSeeds() {
        return Set.copyOf(em.createQuery("select m.seedKey from Material m where m.seedKey is not null", String.class)
                .getResultList());
    }

    /**
     * Creates a national material of {@code content/material/}, at start-up, in the transaction that
     * {@link MaterialFiles#createSeed} adds its files in: there is no caller to check, the content is the
     * portal's own.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Material createSeed(String seedKey, MaterialInput input) {
        Material material = new Material(seedKey, clock.instant());
        material.apply(check(input), clock.instant());
        em.persist(material);
        em.flush();
        // no audit entry: there is no person, and the folder in content/ is the record of who wrote it
        changeLog.record("material", material.getId().toString(), ChangeOperation.CREATE);
        return material;
    }
}
