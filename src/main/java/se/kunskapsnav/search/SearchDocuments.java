package se.kunskapsnav.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import se.kunskapsnav.courses.Course;
import se.kunskapsnav.courses.CourseSeries;
import se.kunskapsnav.courses.CourseStatus;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.directory.Profession;
import se.kunskapsnav.geography.County;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.geography.Municipality;
import se.kunskapsnav.materials.Material;
import se.kunskapsnav.networks.Network;
import se.kunskapsnav.networks.NetworkMeeting;
import se.kunskapsnav.platform.ChangeLogEntry;
import se.kunskapsnav.platform.Markdown;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.taxonomy.TaxonomyService;
import se.kunskapsnav.taxonomy.TermSet;
import se.kunskapsnav.webcourse.CourseContent;
import se.kunskapsnav.webcourse.CourseContentLoader;
import se.kunskapsnav.webcourse.CourseModule;
import se.kunskapsnav.webcourse.Lesson;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the index holds, read from the database and the web course: courses, networks, meetings, materials
 * (with the text of their current files), lessons, counties and municipalities. Each change-log entry
 * names the documents to write again ({@link #changed}); a rebuild reads them all ({@link #all}).
 */
@ApplicationScoped
public class SearchDocuments {

    /** Rows read per query during a rebuild. */
    static final int BATCH = 500;
    private static final DateTimeFormatter SWEDISH_MONTH = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Messages.SWEDISH);

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    TaxonomyService taxonomy;

    @Inject
    DirectoryService directory;

    @Inject
    GeographyService geography;

    @Inject
    CourseContentLoader webCourse;

    /** What to write again after a change: documents to put, and keys to remove. */
    public record Refresh(List<SearchDocument> put, List<String> remove) {
    }

    /**
     * The documents the changes touch, read in one go (the database's state now, whatever the operation was);
     * kinds search does not hold touch nothing.
     */
    public Refresh changed(Collection<ChangeLogEntry> changes) {
        Names names = names();
        List<SearchDocument> put = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        for (ChangeLogEntry change : changes) {
            Refresh refresh = changed(change.getEntityKind(), change.getEntityId(), names);
            put.addAll(refresh.put());
            remove.addAll(refresh.remove());
        }
        return new Refresh(put, remove);
    }

    private Refresh changed(String entityKind, String entityId, Names names) {
        return switch (entityKind) {
            case "course" -> refresh("course:" + entityId,
                    find(Course.class, entityId).map(course -> course(course, names)));
            case "course_series" -> new Refresh(em.createQuery("select c from Course c where c.seriesId = :series",
                            Course.class).setParameter("series", Long.parseLong(entityId)).getResultList().stream()
                    .map(course -> course(course, names)).toList(), List.of());
            case "network" -> network(Long.parseLong(entityId), names);
            case "network_meeting" -> find(NetworkMeeting.class, entityId)
                    .map(meeting -> refresh("meeting:" + entityId, meetings(List.of(meeting), names).stream().findFirst()))
                    .orElse(new Refresh(List.of(), List.of("meeting:" + entityId)));
            case "material" -> refresh("material:" + entityId, find(Material.class, entityId)
                    .flatMap(material -> materials(List.of(material), names).stream().findFirst()));
            case "county" -> refresh("county:" + entityId, geography.county(entityId)
                    .map(summary -> county(summary.getCounty(), summary.getRegion() == null ? null
                            : summary.getRegion().getName())));
            case "municipality" -> refresh("municipality:" + entityId, geography.municipality(entityId)
                    .map(municipality -> municipality(municipality, names)));
            default -> new Refresh(List.of(), List.of());
        };
    }

    /** Every document, in batches, to {@code sink}; {@code total} is told the count first. */
    public void all(Consumer<Long> total, Consumer<SearchDocument> sink) {
        Names names = names();
        List<Municipality> municipalities = geography.allMunicipalities();
        total.accept(count(Course.class) + count(Network.class) + count(NetworkMeeting.class) + count(Material.class)
                + webCourse.content().lessonCount() + names.counties.size() + municipalities.size());
        batches(Course.class, List.of("c.themes", "c.professions", "c.coOrganisers", "c.targetGroups", "c.sessions"),
                batch -> batch.forEach(course -> sink.accept(course(course, names))));
        Map<Long, Network> networks = new HashMap<>();
        batches(Network.class, List.of("c.themes", "c.professions", "c.coOwners"), batch -> batch.forEach(network -> {
            networks.put(network.getId(), network);
            sink.accept(network(network, names));
        }));
        batches(NetworkMeeting.class, List.of(), batch -> meetings(batch, names, networks::get).forEach(sink));
        batches(Material.class, List.of("c.themes", "c.professions", "c.targetGroups", "c.languages"),
                batch -> materials(batch, names).forEach(sink));
        lessons().forEach(sink);
        geography.counties().forEach(summary -> sink.accept(county(summary.getCounty(),
                summary.getRegion() == null ? null : summary.getRegion().getName())));
        municipalities.forEach(municipality -> sink.accept(municipality(municipality, names)));
    }

    /** The web course's lessons (from content/, so they are written at every start). */
    public List<SearchDocument> lessons() {
        return lessons(webCourse.content());
    }

    static List<SearchDocument> lessons(CourseContent course) {
        List<SearchDocument> lessons = new ArrayList<>();
        for (CourseModule module : course.modules()) {
            for (Lesson lesson : module.lessons()) {
                lessons.add(SearchDocument.open("lesson:" + module.code() + "/" + lesson.code(), SearchType.LESSON,
                        lesson.title(), Markdown.toPlainText(lesson.text()), module.title(),
                        "/webbkurs/moduler/" + module.code() + "/" + lesson.code(), null, List.of(), List.of(),
                        List.of()));
            }
        }
        return lessons;
    }

    // ---- courses

    private SearchDocument course(Course course, Names names) {
        List<String> counties = concat(List.of(course.getCountyCode()), course.getCoOrganisers());
        Set<String> access = course.getStatus() == CourseStatus.DRAFT
                ? counties.stream().map(Access::editor).collect(Collectors.toSet())
                : Set.of(Access.PUBLIC);
        LocalDate first = course.getStart().toLocalDate();
        Set<String> places = new LinkedHashSet<>();
        course.getSessions().forEach(session -> {
            places.add(nullToEmpty(session.getPlace()));
            places.add(nullToEmpty(session.getAddress()));
        });
        String text = lines(course.getSummary(), Markdown.toPlainText(course.getDescription()));
        // every name of the course's series, so "VINR bas" finds this year's "BAS"
        String keywords = lines(String.join(", ", names.series.getOrDefault(course.getSeriesId(), List.of())),
                names.kinds.getOrDefault(course.getKindCode(), ""),
                Messages.get("courses.level." + course.getLevel().name()),
                Messages.get("courses.format." + course.getFormat().name()),
                names.of(names.themes, course.getThemes()), names.of(names.targetGroups, course.getTargetGroups()),
                names.of(names.professions, course.getProfessions()), names.of(names.counties, counties),
                String.join(" ", places), first.format(SWEDISH_MONTH));
        return new SearchDocument("course:" + course.getId(), SearchType.COURSE, course.getTitle(), text, keywords,
                "/kurser/" + course.getId(), first, counties, List.copyOf(course.getThemes()),
                List.copyOf(course.getProfessions()), access, "", null, Set.of());
    }

    // ---- networks and meetings

    private Refresh network(long id, Names names) {
        Network network = em.find(Network.class, id);
        // a network's name, owners and themes are part of its meetings' documents too
        List<NetworkMeeting> meetings = em.createQuery("select m from NetworkMeeting m where m.networkId = :id",
                NetworkMeeting.class).setParameter("id", id).getResultList();
        List<String> meetingKeys = meetings.stream().map(meeting -> "meeting:" + meeting.getId()).toList();
        if (network == null) {
            return new Refresh(List.of(), concat(List.of("network:" + id), meetingKeys));
        }
        List<SearchDocument> put = new ArrayList<>();
        put.add(network(network, names));
        put.addAll(meetings(meetings, names, networkId -> network));
        Set<String> kept = put.stream().map(SearchDocument::key).collect(Collectors.toSet());
        return new Refresh(put, meetingKeys.stream().filter(key -> !kept.contains(key)).toList());
    }

    private SearchDocument network(Network network, Names names) {
        List<String> counties = concat(List.of(network.getCountyCode()), network.getCoOwners());
        String keywords = lines(names.of(names.themes, network.getThemes()),
                names.of(names.professions, network.getProfessions()), names.of(names.counties, counties));
        return SearchDocument.open("network:" + network.getId(), SearchType.NETWORK, network.getName(),
                Markdown.toPlainText(network.getPurpose()), keywords, "/natverk/" + network.getId(), null, counties, List.copyOf(network.getThemes()),
                List.copyOf(network.getProfessions()));
    }

    private List<SearchDocument> meetings(List<NetworkMeeting> meetings, Names names) {
        Set<Long> ids = meetings.stream().map(NetworkMeeting::getNetworkId).collect(Collectors.toSet());
        Map<Long, Network> networks = em.createQuery("select n from Network n where n.id in :ids", Network.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Network::getId, Function.identity()));
        return meetings(meetings, names, networks::get);
    }

    /** Meetings held or planned (not cancelled); the agenda and minutes are the members' part. */
    private List<SearchDocument> meetings(List<NetworkMeeting> meetings, Names names,
                                          Function<Long, Network> networks) {
        List<SearchDocument> documents = new ArrayList<>();
        for (NetworkMeeting meeting : meetings) {
            Network network = networks.apply(meeting.getNetworkId());
            if (meeting.isCancelled() || network == null) {
                continue;
            }
            List<String> counties = concat(List.of(network.getCountyCode()), network.getCoOwners());
            String keywords = lines(nullToEmpty(meeting.getPlace()), meeting.getHeldOn().format(SWEDISH_MONTH),
                    names.of(names.counties, counties));
            String memberText = lines(Markdown.toPlainText(meeting.getAgenda()),
                    Markdown.toPlainText(nullToEmpty(meeting.getMinutes())));
            documents.add(new SearchDocument("meeting:" + meeting.getId(), SearchType.MEETING, meeting.getTitle(),
                    network.getName(), keywords, "/natverk/" + network.getId(), meeting.getHeldOn(), counties, List.copyOf(network.getThemes()),
                    List.copyOf(network.getProfessions()), Set.of(Access.PUBLIC), memberText,
                    "/natverk/traffar/" + meeting.getId(), networkReaders(network)));
        }
        return documents;
    }

    /** Who may read a network's members-only parts: its members and the editors of its counties. */
    private static Set<String> networkReaders(Network network) {
        Set<String> readers = new HashSet<>();
        readers.add(Access.member(network.getId()));
        readers.add(Access.editor(network.getCountyCode()));
        network.getCoOwners().forEach(county -> readers.add(Access.editor(county)));
        return readers;
    }

    // ---- materials

    /** Materials in use (not retired, with a file or a link), with the text of their current files. */
    private List<SearchDocument> materials(List<Material> materials, Names names) {
        List<Material> inUse = materials.stream().filter(material -> !material.isRetired()).toList();
        if (inUse.isEmpty()) {
            return List.of();
        }
        Map<Long, String> fileTexts = fileTexts(inUse.stream().map(Material::getId).toList());
        Set<Long> networkIds = inUse.stream().map(Material::getNetworkId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<Long, Network> networks = networkIds.isEmpty() ? Map.of()
                : em.createQuery("select n from Network n where n.id in :ids", Network.class)
                .setParameter("ids", networkIds).getResultStream()
                .collect(Collectors.toMap(Network::getId, Function.identity()));
        List<SearchDocument> documents = new ArrayList<>();
        for (Material material : inUse) {
            String fileText = fileTexts.get(material.getId());
            if (fileText == null && material.getExternalUrl() == null) {
                continue; // unfinished: nothing to open yet
            }
            Set<String> access = new HashSet<>();
            if (material.getOwnerCountyCode() != null) {
                access.add(Access.editor(material.getOwnerCountyCode()));
            }
            switch (material.getVisibility()) {
                case PUBLIC -> access.add(Access.PUBLIC);
                case LOGGED_IN -> access.add(Access.LOGGED_IN);
                case NETWORK -> Optional.ofNullable(networks.get(material.getNetworkId()))
                        .ifPresent(network -> access.addAll(networkReaders(network)));
            }
            List<String> counties = material.getOwnerCountyCode() == null ? List.of()
                    : List.of(material.getOwnerCountyCode());
            String text = lines(Markdown.toPlainText(material.getSummary()), nullToEmpty(fileText));
            String keywords = lines(Messages.get("materials.type." + material.getType().name()),
                    names.of(names.themes, material.getThemes()),
                    names.of(names.targetGroups, material.getTargetGroups()),
                    names.of(names.professions, material.getProfessions()),
                    names.of(names.languages, material.getLanguages()),
                    names.of(names.counties, counties));
            documents.add(new SearchDocument("material:" + material.getId(), SearchType.MATERIAL, material.getTitle(),
                    text, keywords, "/material/" + material.getId(), material.getPublishedOn(), counties,
                    List.copyOf(material.getThemes()), List.copyOf(material.getProfessions()), access, "", null,
                    Set.of()));
        }
        return documents;
    }

    /** The extracted text of each material's files, current versions only, joined; a material without files has none. */
    private Map<Long, String> fileTexts(List<Long> materialIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select f.material_id, coalesce(s.extracted_text, '')
                        from material_file f
                        join material_file_version v on v.file_id = f.id
                         and v.version_no = (select max(l.version_no) from material_file_version l where l.file_id = f.id)
                        join stored_file s on s.sha256 = v.sha256
                        where f.material_id in (%s)
                        order by f.id""".formatted(materialIds.stream().map(String::valueOf)
                        .collect(Collectors.joining(","))))
                .getResultList();
        Map<Long, String> texts = new HashMap<>();
        for (Object[] row : rows) {
            texts.merge(((Number) row[0]).longValue(), (String) row[1], (a, b) -> a + "\n" + b);
        }
        return texts;
    }

    // ---- counties and municipalities

    private static SearchDocument county(County county, String regionName) {
        return SearchDocument.open("county:" + county.getCode(), SearchType.COUNTY, county.getName(), "",
                lines(county.getShortName(), nullToEmpty(regionName)), "/lan/" + county.getCode(), null,
                List.of(county.getCode()), List.of(), List.of());
    }

    private static SearchDocument municipality(Municipality municipality, Names names) {
        return SearchDocument.open("municipality:" + municipality.getCode(), SearchType.MUNICIPALITY,
                municipality.getName(), Messages.get("search.municipalityIn",
                        names.counties.getOrDefault(municipality.getCountyCode(), "")), "",
                "/kommuner/" + municipality.getCode(), null, List.of(municipality.getCountyCode()), List.of(),
                List.of());
    }

    // ---- reading

    /** The names that go into documents' text, read once per batch of work. */
    private record Names(Map<String, String> themes, Map<String, String> targetGroups, Map<String, String> kinds,
                         Map<String, String> languages, Map<String, String> professions,
                         Map<String, String> counties, Map<Long, List<String>> series) {
        String of(Map<String, String> names, Collection<String> codes) {
            return codes.stream().map(code -> names.getOrDefault(code, "")).collect(Collectors.joining(", "));
        }
    }

    private Names names() {
        return new Names(taxonomy.names(TermSet.THEME), taxonomy.names(TermSet.TARGET_GROUP),
                taxonomy.names(TermSet.COURSE_KIND), taxonomy.names(TermSet.LANGUAGE),
                directory.professions().stream().collect(Collectors.toMap(Profession::getCode, Profession::getName)),
                geography.counties().stream().map(summary -> summary.getCounty())
                        .collect(Collectors.toMap(County::getCode, County::getName)),
                em.createQuery("select s from CourseSeries s", CourseSeries.class).getResultStream()
                        .collect(Collectors.toMap(CourseSeries::getId, CourseSeries::names)));
    }

    private <E> Optional<E> find(Class<E> entity, String id) {
        return Optional.ofNullable(em.find(entity, Long.parseLong(id)));
    }

    private long count(Class<?> entity) {
        return em.createQuery("select count(c) from " + entity.getSimpleName() + " c", Long.class).getSingleResult();
    }

    /** Every row of an entity in id order, {@link #BATCH} at a time, with its collections fetched per batch. */
    private <E> void batches(Class<E> entity, List<String> collections, Consumer<List<E>> work) {
        long after = 0;
        while (true) {
            TypedQuery<E> query = em.createQuery("select c from " + entity.getSimpleName()
                            + " c where c.id > :after order by c.id", entity)
                    .setParameter("after", after)
                    .setMaxResults(BATCH)
                    .setHint("eclipselink.batch.type", "IN");
            collections.forEach(collection -> query.setHint("eclipselink.batch", collection));
            List<E> batch = query.getResultList();
            if (batch.isEmpty()) {
                return;
            }
            work.accept(batch);
            after = (Long) em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(batch.getLast());
            em.clear();
        }
    }

    private static Refresh refresh(String key, Optional<SearchDocument> document) {
        return document.map(found -> new Refresh(List.of(found), List.of()))
                .orElse(new Refresh(List.of(), List.of(key)));
    }

    private static List<String> concat(Collection<String> first, Collection<String> second) {
        return Stream.concat(first.stream(), second.stream()).distinct().toList();
    }

    private static String lines(String... parts) {
        return Stream.of(parts).filter(part -> part != null && !part.isBlank()).collect(Collectors.joining("\n"));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
