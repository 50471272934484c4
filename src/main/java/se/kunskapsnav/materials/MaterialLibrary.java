package se.kunskapsnav.materials;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.kunskapsnav.networks.MembershipStatus;
import se.kunskapsnav.platform.ResultPage;
import se.kunskapsnav.platform.TenancyGuard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The library's lists: what the caller may see and what they may edit, filtered, a page at a time. */
@ApplicationScoped
public class MaterialLibrary {

    static final int PAGE_SIZE = 20;

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    TenancyGuard guard;

    /**
     * Materials the caller may see that are in use (not retired, with a file or a link), filtered, the
     * newest first, one page (counted from 1).
     */
    public ResultPage<Material> list(MaterialFilter filter, int page) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        conditions.add("m.retiredAt is null");
        conditions.add("(m.externalUrl is not null or exists (select f from MaterialFile f where f.materialId = m.id))");
        conditions.add(visibleCondition(parameters));
        addFilter(filter, conditions, parameters);
        return page(String.join(" and ", conditions), parameters, page);
    }

    /** The materials the caller may edit, retired and unfinished ones too, filtered, newest first. */
    public ResultPage<Material> editable(MaterialFilter filter, int page) {
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

    /** The condition {@link MaterialService#maySee} is, as JPQL over {@code m}. */
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

    /** A set for "in :counties" that matches nothing when there are none (JPQL has no empty "in"). */
    static Set<String> orNone(Set<String> counties) {
        return counties.isEmpty() ? Set.of("--") : counties;
    }
}
