package se.kunskapsnav.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.platform.AccessDeniedException;
import se.kunskapsnav.platform.AuditLog;
import se.kunskapsnav.platform.CountyScope;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.TenancyGuard;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Roles: every account is a participant; administrators, editors (per county) and course leaders are granted. */
@ApplicationScoped
public class RoleService {

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    GeographyService geography;

    @Inject
    TenancyGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public AccountRoles rolesOf(long accountId) {
        return rolesOf(accountId, grantsOf(accountId));
    }

    /** The roles the grants give; everyone is a participant. */
    static AccountRoles rolesOf(long accountId, List<RoleGrant> grants) {
        Set<Role> roles = EnumSet.of(Role.PARTICIPANT);
        Set<String> counties = new HashSet<>();
        for (RoleGrant grant : grants) {
            roles.add(grant.getRole());
            if (grant.getRole() == Role.EDITOR) {
                counties.add(grant.getCountyCode());
            }
        }
        return new AccountRoles(accountId, roles, counties);
    }

    public List<RoleGrant> grantsOf(long accountId) {
        return em.createQuery("select g from RoleGrant g where g.accountId = :account order by g.id", RoleGrant.class)
                .setParameter("account", accountId).getResultList();
    }

    /**
     * Everyone with a role the caller may see: administrators every grant; editors the editors of their counties and
     * the course leaders (the role they give). By role, county and name.
     */
    public List<RoleHolder> holders() {
        CountyScope scope = guard.scope();
        return em.createQuery("select a.name, a.email, g.role, g.countyCode from RoleGrant g, Account a"
                        + " where g.accountId = a.id order by g.role, g.countyCode, a.name", Object[].class)
                .getResultStream()
                .map(row -> new RoleHolder((String) row[0], (String) row[1], (Role) row[2], (String) row[3]))
                .filter(holder -> scope.administrator() || holder.role() == Role.COURSE_LEADER
                        || holder.countyCode() != null && scope.editorCounties().contains(holder.countyCode()))
                .toList();
    }

    /**
     * Gives a role; an editor's grant names a county. Administrators give any role, editors the course
     * leader role (they know who leads study groups in their county); logged.
     */
    @Transactional
    public void grant(long accountId, Role role, String countyCode) {
        if (!mayGrant(role)) {
            throw new AccessDeniedException("may not grant " + role);
        }
        if (em.find(Account.class, accountId) == null) {
            throw new IllegalArgumentException("No account " + accountId);
        }
        if (role == Role.PARTICIPANT) {
            throw InvalidInputException.of("role", "roles.participantIsImplicit");
        }
        String county = role != Role.EDITOR ? null : geography.countyCode(countyCode)
                .orElseThrow(() -> InvalidInputException.of("county", "roles.countyRequired"));
        if (grantsOf(accountId).stream().anyMatch(g -> g.getRole() == role
                && Objects.equals(g.getCountyCode(), county))) {
            return;
        }
        RoleGrant grant = new RoleGrant(accountId, role, county, guard.currentAccountId(), clock.instant());
        em.persist(grant);
        em.flush();
        audit.record("role_grant", grant.getId(), "GRANT", county,
                Messages.get("roles.audit.granted", Messages.get("role." + role.name()), accountId));
    }

    /**
     * A person takes the course leader role they have earned (by attending course-leader training, which
     * the caller has checked); only for themselves. Logged.
     */
    @Transactional
    public void takeEarnedCourseLeaderRole(String reason) {
        Long accountId = guard.currentAccountId();
        if (accountId == null) {
            throw new AccessDeniedException("taking a role needs a logged-in person");
        }
        if (rolesOf(accountId).roles().contains(Role.COURSE_LEADER)) {
            return;
        }
        RoleGrant grant = new RoleGrant(accountId, Role.COURSE_LEADER, null, accountId, clock.instant());
        em.persist(grant);
        em.flush();
        audit.record("role_grant", grant.getId(), "GRANT", null,
                Messages.get("roles.audit.earned", Messages.get("role." + Role.COURSE_LEADER.name()), accountId, reason));
    }

    /** Administrators give and take every role; editors the course leader role. */
    public boolean mayGrant(Role role) {
        CountyScope scope = guard.scope();
        return scope.administrator() || role == Role.COURSE_LEADER && !scope.editorCounties().isEmpty();
    }

    /** Takes a role away, under the same rule as giving it; logged. */
    @Transactional
    public void revoke(long grantId) {
        RoleGrant grant = em.find(RoleGrant.class, grantId);
        if (grant == null) {
            throw InvalidInputException.of("grant", "roles.unknownGrant");
        }
        if (!mayGrant(grant.getRole())) {
            throw new AccessDeniedException("may not revoke " + grant.getRole());
        }
        em.remove(grant);
        audit.record("role_grant", grantId, "REVOKE", grant.getCountyCode(),
                Messages.get("roles.audit.revoked", Messages.get("role." + grant.getRole().name()), grant.getAccountId()));
    }
}
