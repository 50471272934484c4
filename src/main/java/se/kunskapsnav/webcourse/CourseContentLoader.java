package se.kunskapsnav.webcourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.platform.ContentSource;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Loads the web course from {@code content/webbkurs/} at start-up, refusing to start when the files are
 * malformed, and records each distinct version with its parts, so progress can be read against the text
 * a person actually saw. The loaded course is kept in memory: content changes by editing files and
 * restarting.
 */
@ApplicationScoped
public class CourseContentLoader {

    private static final Logger LOG = Logger.getLogger(CourseContentLoader.class.getName());
    private static final String FOLDER = "webbkurs/";

    @Inject
    ContentSource contentSource;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    private volatile CourseContent content;
    private volatile long versionId;

    @Transactional
    public void load() {
        CourseContent loaded = CourseContentParser.parse(path -> contentSource.find(FOLDER + path));
        versionId = recordVersion(loaded);
        content = loaded;
        LOG.info(() -> "Web course loaded: " + loaded.modules().size() + " modules, " + loaded.lessonCount()
                + " lessons, version " + versionId);
    }

    /** The course as loaded at start-up. */
    public CourseContent content() {
        if (content == null) {
            throw new IllegalStateException("the web course is read at start-up, before the portal serves anything");
        }
        return content;
    }

    /** The id of the loaded version in {@code webcourse_version}. */
    public long versionId() {
        content();
        return versionId;
    }

    private long recordVersion(CourseContent loaded) {
        Long known = find(loaded.contentHash());
        if (known != null) {
            return known;
        }
        em.createNativeQuery("INSERT INTO webcourse_version (content_hash, loaded_at, modules, lessons) "
                        + "VALUES (?, ?, ?, ?)")
                .setParameter(1, loaded.contentHash())
                .setParameter(2, Timestamp.from(clock.instant()))
                .setParameter(3, loaded.modules().size())
                .setParameter(4, loaded.lessonCount())
                .executeUpdate();
        long id = find(loaded.contentHash());
        for (CourseModule module : loaded.modules()) {
            int position = 0;
            for (Lesson lesson : module.lessons()) {
                insertPart(id, module.code(), lesson.code(), ++position, lesson.title(), lesson.contentHash());
            }
            insertPart(id, module.code(), "quiz", ++position, module.title(), module.quiz().contentHash());
        }
        return id;
    }

    private Long find(String contentHash) {
        List<?> ids = em.createNativeQuery("SELECT id FROM webcourse_version WHERE content_hash = ?")
                .setParameter(1, contentHash)
                .getResultList();
        return ids.isEmpty() ? null : ((Number) ids.getFirst()).longValue();
    }

    private void insertPart(long versionId, String module, String part, int position, String title, String hash) {
        em.createNativeQuery("INSERT INTO webcourse_part (version_id, module_code, part_code, position, title, "
                        + "content_hash) VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, versionId)
                .setParameter(2, module)
                .setParameter(3, part)
                .setParameter(4, position)
                .setParameter(5, title)
                .setParameter(6, hash)
                .executeUpdate();
    }
}
