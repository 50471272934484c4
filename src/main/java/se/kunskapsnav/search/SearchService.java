package se.kunskapsnav.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.lucene.index.IndexReader;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.directory.Profession;
import se.kunskapsnav.geography.County;
import se.kunskapsnav.networks.MembershipStatus;
import se.kunskapsnav.platform.ClockProducer;
import se.kunskapsnav.platform.CountyScope;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.taxonomy.TaxonomyService;
import se.kunskapsnav.taxonomy.TermSet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Search for the pages and the API: works out what the caller may see, searches the current index and
 * names facet values. Reads never fail for want of an index: while the first build runs the answer is
 * empty with a notice.
 */
@ApplicationScoped
public class SearchService {

    static final int SUGGESTIONS = 8;
    /** Answers kept per index generation; beyond this many they are dropped and gathered again. */
    private static final int ANSWERS_KEPT = 2_000;
    private static final Duration LABELS_KEPT = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    SearchIndexer indexer;

    @Inject
    SearchWords words;

    @Inject
    TenancyGuard guard;

    @Inject
    TaxonomyService taxonomy;

    @Inject
    DirectoryService directory;

    @Inject
    Clock clock;

    private volatile SearchEngine engine;
    private volatile Labels labels;
    private volatile Answers answers;

    public SearchResults search(SearchRequest request) {
        SearchCaller caller = caller();
        Labels labels = labels();
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.SWEDEN));
        return indexer.withSearcher(searcher -> {
            Answers answers = answers(searcher.getIndexReader(), labels);
            Asked asked = new Asked(request, caller, today);
            SearchResults known = answers.results().get(asked);
            if (known != null) {
                return known;
            }
            SearchResults results = engine().search(searcher, request, caller, labels::of, today);
            if (answers.results().size() >= ANSWERS_KEPT) {
                answers.results().clear();
            }
            answers.results().put(asked, results);
            return results;
        }).orElseGet(() -> building(request));
    }

    /** A search as asked: the same request by a caller with the same tokens on the same day has the same answer. */
    private record Asked(SearchRequest request, SearchCaller caller, LocalDate today) {
    }

    /**
     * Answers given from one generation of the index (one reader) with one set of names: any change to the index
     * opens a new reader, and so starts afresh.
     */
    private record Answers(IndexReader reader, Labels labels, Map<Asked, SearchResults> results) {
    }

    private Answers answers(IndexReader reader, Labels labels) {
        Answers current = answers;
        if (current == null || current.reader() != reader || current.labels() != labels) {
            current = new Answers(reader, labels, new ConcurrentHashMap<>());
            answers = current;
        }
        return current;
    }

    /** Titles for what has been typed so far (at least two letters), best first. */
    public List<Suggestion> suggest(String typed) {
        if (typed == null || typed.strip().length() < 2) {
            return List.of();
        }
        SearchCaller caller = caller();
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.SWEDEN));
        String cut = typed.length() > UserQuery.MAX_LENGTH ? typed.substring(0, UserQuery.MAX_LENGTH) : typed;
        return indexer.withSearcher(searcher -> engine().suggest(searcher, cut, caller, today, SUGGESTIONS))
                .orElse(List.of());
    }

    /** What the current person may see, as index tokens. */
    SearchCaller caller() {
        CountyScope scope = guard.scope();
        if (scope.administrator()) {
            return new SearchCaller(true, Set.of());
        }
        Set<String> tokens = new HashSet<>();
        tokens.add(Access.PUBLIC);
        Long me = guard.currentAccountId();
        if (me != null) {
            tokens.add(Access.LOGGED_IN);
            em.createQuery("select m.networkId from NetworkMember m where m.accountId = :me and m.status = :member",
                            Long.class)
                    .setParameter("me", me)
                    .setParameter("member", MembershipStatus.MEMBER)
                    .getResultList()
                    .forEach(networkId -> tokens.add(Access.member(networkId)));
        }
        scope.editorCounties().forEach(county -> tokens.add(Access.editor(county)));
        return new SearchCaller(false, tokens);
    }

    private SearchEngine engine() {
        if (engine == null) {
            engine = new SearchEngine(words.analysis(), true);
        }
        return engine;
    }

    private static SearchResults building(SearchRequest request) {
        UserQuery typed = UserQuery.parse(request.text());
        Set<SearchNotice> notices = new HashSet<>(typed.notices());
        notices.add(SearchNotice.INDEX_BUILDING);
        return new SearchResults(typed.text(), notices, null, null, 0, request.page(), request.pageSize(), List.of(),
                List.of());
    }

    /** Names of facet values, in Swedish like the data they come from; read again every few minutes. */
    private record Labels(Map<String, Map<String, String>> byDimension, Instant readAt) {
        String of(String dimension, String code) {
            if (dimension.equals(SearchFields.FACET_TYPE)) {
                return Messages.get("search.type." + code);
            }
            return byDimension.getOrDefault(dimension, Map.of()).getOrDefault(code, code);
        }
    }

    private Labels labels() {
        Labels current = labels;
        if (current != null && current.readAt().isAfter(clock.instant().minus(LABELS_KEPT))) {
            return current;
        }
        labels = new Labels(Map.of(
                SearchFields.FACET_COUNTY, em.createQuery("select c from County c", County.class).getResultStream()
                        .collect(Collectors.toMap(County::getCode, County::getName)),
                SearchFields.FACET_THEME, taxonomy.names(TermSet.THEME),
                SearchFields.FACET_AUDIENCE, directory.professions().stream()
                        .collect(Collectors.toMap(Profession::getCode, Profession::getName))), clock.instant());
        return labels;
    }
}
