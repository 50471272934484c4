package se.kunskapsnav.materials;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.courses.Course;
import se.kunskapsnav.courses.CourseService;
import se.kunskapsnav.networks.Network;
import se.kunskapsnav.networks.NetworkMeeting;
import se.kunskapsnav.networks.NetworkService;
import se.kunskapsnav.platform.AuditLog;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.webcourse.WebCourseService;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a material is used ({@code material_course}, {@code material_meeting}, {@code material_module}): the
 * target's editors link and unlink; the course, meeting and module pages list the materials they use, and a
 * material's page the places it is used in, each as far as the caller may see them.
 */
@ApplicationScoped
public class MaterialLinks {

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    TenancyGuard guard;

    @Inject
    MaterialService materials;

    @Inject
    CourseService courses;

    @Inject
    NetworkService networks;

    @Inject
    WebCourseService webCourse;

    @Inject
    AuditLog audit;

    /** Links a material to a course: the course's editors may, when they may see the material. */
    @Transactional
    public void linkCourse(long materialId, long courseId, boolean linked) {
        Material material = materials.material(materialId);
        Course course = courses.course(courseId);
        guard.requireMayEdit(course.owningCounties());
        changeLinks(material, material.getCourseIds(), courseId, linked, "course " + courseId);
    }

    /** Links a material to a network meeting: the network's editors may. */
    @Transactional
    public void linkMeeting(long materialId, long meetingId, boolean linked) {
        Material material = materials.material(materialId);
        NetworkMeeting meeting = NotFoundException.requireFound(em.find(NetworkMeeting.class, meetingId),
                "meeting " + meetingId);
        guard.requireMayEdit(networks.network(meeting.getNetworkId()).owningCounties());
        changeLinks(material, material.getMeetingIds(), meetingId, linked, "meeting " + meetingId);
    }

    /** Links a material to a module of the national web course: administrators may. */
    @Transactional
    public void linkModule(long materialId, String moduleCode, boolean linked) {
        Material material = materials.material(materialId);
        guard.requireAdministrator();
        webCourse.module(moduleCode);
        changeLinks(material, material.getModuleCodes(), moduleCode, linked, "module " + moduleCode);
    }

    private <T> void changeLinks(Material material, Set<T> links, T target, boolean linked, String what) {
        if (linked ? links.add(target) : links.remove(target)) {
            audit.record("material", material.getId(), linked ? "LINK" : "UNLINK", material.getOwnerCountyCode(), what);
        }
    }

    // ---- the materials a course, meeting or module uses

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
                .filter(materials::maySee)
                .sorted(Comparator.comparing(Material::getTitle))
                .toList();
    }

    // ---- the places a material is used in

    /** The courses a material is used in that the caller is shown ({@link UseVisibility}), by start. */
    public List<Course> coursesUsing(Material material) {
        if (material.getCourseIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Course c where c.id in :ids order by c.startsAt", Course.class)
                .setParameter("ids", material.getCourseIds())
                .getResultList().stream()
                .filter(course -> UseVisibility.showsCourse(course.getStatus(), courses.mayEdit(course)))
                .toList();
    }

    /**
     * The network meetings a material is used in, of the networks whose members' parts the caller sees, with
     * whether they may unlink each, the latest first.
     */
    public List<MeetingUse> meetingsUsing(Material material) {
        if (material.getMeetingIds().isEmpty()) {
            return List.of();
        }
        Map<Long, Network> ofMeeting = new HashMap<>();
        return em.createQuery("select m from NetworkMeeting m where m.id in :ids order by m.startsAt desc",
                        NetworkMeeting.class)
                .setParameter("ids", material.getMeetingIds())
                .getResultList().stream()
                .map(meeting -> {
                    Network network = ofMeeting.computeIfAbsent(meeting.getNetworkId(), networks::network);
                    return new MeetingUse(meeting, network, networks.mayEdit(network));
                })
                .filter(use -> networks.maySeeMemberParts(use.network()))
                .toList();
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
                .setParameter("counties", MaterialLibrary.orNone(scope.editorCounties()))
                .getResultList();
    }
}
