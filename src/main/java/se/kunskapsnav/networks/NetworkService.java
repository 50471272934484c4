package se.kunskapsnav.networks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.accounts.Account;
import se.kunskapsnav.accounts.AccountErased;
import se.kunskapsnav.accounts.AccountService;
import se.kunskapsnav.accounts.PersonalData;
import se.kunskapsnav.accounts.PersonalDataRequest;
import se.kunskapsnav.courses.CourseService;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.directory.Organisation;
import se.kunskapsnav.platform.AccessDeniedException;
import se.kunskapsnav.platform.AuditLog;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.Revisions;
import se.kunskapsnav.platform.TenancyGuard;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Networks and their members. Editors of the owning counties run a network; anyone sees that it exists,
 * what it is for and when it next meets; members, those editors and administrators see the rest.
 */
@ApplicationScoped
public class NetworkService {

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    TenancyGuard guard;

    @Inject
    AccountService accounts;

    @Inject
    DirectoryService directory;

    @Inject
    CourseService courses;

    @Inject
    NetworkMails mails;

    @Inject
    ChangeLog changeLog;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    // ---- reading

    public Network network(long id) {
        return NotFoundException.requireFound(em.find(Network.class, id), "network " + id);
    }

    public boolean mayEdit(Network network) {
        return guard.scope().mayEdit(network.owningCounties());
    }

    /** Members, editors of the owning counties and administrators see agenda, minutes, documents and members. */
    public boolean maySeeMemberParts(Network network) {
        return mayEdit(network) || myMembership(network.getId())
                .filter(m -> m.getStatus() == MembershipStatus.MEMBER).isPresent();
    }

    public void requireMemberParts(Network network) {
        if (!maySeeMemberParts(network)) {
            throw new AccessDeniedException("network " + network.getId() + " is for its members");
        }
    }

    /** Every network, or those a county owns or co-owns, by name, each with its next meeting. */
    public List<NetworkSummary> networks(Optional<String> countyCode) {
        List<Network> networks = em.createQuery("""
                        select distinct n from Network n left join n.coOwners co
                        where :all = true or n.countyCode = :county or co = :county
                        order by n.name""", Network.class)
                .setParameter("all", countyCode.isEmpty())
                .setParameter("county", countyCode.orElse("--"))
                // a list shows each network's tags: one query per collection for the whole list, not per network
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "n.coOwners")
                .setHint("eclipselink.batch", "n.professions")
                .setHint("eclipselink.batch", "n.sectors")
                .setHint("eclipselink.batch", "n.themes")
                .getResultList();
        return withNextMeeting(networks);
    }

    /** The networks the current person may run. */
    public List<NetworkSummary> editableNetworks() {
        var scope = guard.scope();
        if (!scope.administrator() && scope.editorCounties().isEmpty()) {
            return List.of();
        }
        List<Network> networks = em.createQuery("""
                        select distinct n from Network n left join n.coOwners co
                        where :all = true or n.countyCode in :counties or co in :counties
                        order by n.name""", Network.class)
                .setParameter("all", scope.administrator())
                .setParameter("counties", scope.editorCounties().isEmpty() ? Set.of("--") : scope.editorCounties())
                .getResultList();
        return withNextMeeting(networks);
    }
    public NetworkSummary summary(Network network) {
        return withNextMeeting(List.of(network)).getFirst();
    }

    private List<NetworkSummary> withNextMeeting(List<Network> networks) {
        if (networks.isEmpty()) {
            return List.of();
        }
        Map<Long, NetworkMeeting> next = em.createQuery("""
                        select m from NetworkMeeting m
                        where m.networkId in :ids and m.cancelled = false and m.endsAt > :now
                        order by m.startsAt desc""", NetworkMeeting.class)
                .setParameter("ids", networks.stream().map(Network::getId).toList())
                .setParameter("now", clock.instant())
                .getResultStream()
                .collect(Collectors.toMap(NetworkMeeting::getNetworkId, Function.identity(), (later, sooner) -> sooner));
        return networks.stream().map(n -> new NetworkSummary(n, Optional.ofNullable(next.get(n.getId())))).toList();
    }

    // ---- running a network

    @Transactional
    public Network create(NetworkInput input) {
        guard.requireMayEdit(owners(input));
        NetworkInput valid = NetworkRules.check(input, courses.knownCodes());
        Network network = new Network(clock.instant());
        network.apply(valid, clock.instant());
        em.persist(network);
        em.flush();
        changeLog.record("network", network.getId().toString(), ChangeOperation.CREATE);
        audit.record("network", network.getId(), "CREATE", network.getCountyCode(), network.getName());
        return network;
    }

    /** Changes a network; one changed since {@code seenRevision} is refused ({@link Revisions}). */
    @Transactional
    public Network update(long id, NetworkInput input, Long seenRevision) {
        Network network = network(id);
        guard.requireMayEdit(network.owningCounties());
        Revisions.requireCurrent(seenRevision, network.getRevision(), "network.changedMeanwhile");
        // the new owners must be the caller's too, so nobody hands a network to a county they do not edit
        guard.requireMayEdit(owners(input));
        NetworkInput valid = NetworkRules.check(input, courses.knownCodes());
        network.apply(valid, clock.instant());
        changeLog.record("network", network.getId().toString(), ChangeOperation.UPDATE);
        audit.record("network", network.getId(), "UPDATE", network.getCountyCode(), network.getName());
        return network;
    }

    private static List<String> owners(NetworkInput input) {
        List<String> owners = new ArrayList<>(input.coOwners());
        if (input.countyCode() != null) {
            owners.add(input.countyCode());
        }
        return owners;
    }

    // ---- membership

    /** The current person's live membership (applied or member), if any. */
    public Optional<NetworkMember> myMembership(long networkId) {
        Long accountId = guard.currentAccountId();
        if (accountId == null) {
            return Optional.empty();
        }
        return liveMembership(networkId, NetworkMember.identityOf(accountId, null));
    }

    private Optional<NetworkMember> liveMembership(long networkId, String identity) {
        return em.createQuery("""
                        select m from NetworkMember m where m.networkId = :network and m.liveKey = :identity""",
                        NetworkMember.class)
                .setParameter("network", networkId)
                .setParameter("identity", identity)
                .getResultStream().findFirst();
    }

    /** A logged-in person applies to an open network; an editor decides. */
    @Transactional
    public NetworkMember apply(long networkId) {
        Long accountId = guard.currentAccountId();
        if (accountId == null) {
            throw new AccessDeniedException("applying needs a logged-in person");
        }
        Network network = locked(networkId);
        if (!network.isOpenToApply()) {
            throw new RefusedException("network.closedToApplications");
        }
        Account account = accounts.account(accountId);
        if (!account.isVerified()) {
            throw new RefusedException("registration.notVerified");
        }
        if (liveMembership(networkId, NetworkMember.identityOf(accountId, null)).isPresent()) {
            throw new RefusedException("network.alreadyMember");
        }
        NetworkMember member = NetworkMember.ofAccount(networkId, accountId, account.profile(),
                MembershipStatus.APPLIED, clock.instant());
        persist(member, network, "APPLY");
        mails.applied(network, account.getEmail());
        return member;
    }

    /**
     * An editor records a member by name and e-mail. When an account has that e-mail, the membership is
     * the account's (one person, one membership); otherwise the name and e-mail are kept on the membership.
     */
    @Transactional
    public NetworkMember addMember(long networkId, MemberInput input) {
        Network network = locked(networkId);
        guard.requireMayEdit(network.owningCounties());
        MemberInput valid = NetworkRules.check(input, courses.knownCodes());
        Organisation organisation = directory.organisation(valid.organisationId())
                .orElseThrow(() -> InvalidInputException.of("organisationId", "network.unknownOrganisation"));
        Optional<Account> account = accounts.findByEmail(valid.email()).filter(a -> !a.isErased());
        String identity = NetworkMember.identityOf(account.map(Account::getId).orElse(null), valid.email());
        if (liveMembership(networkId, identity).isPresent()) {
            throw InvalidInputException.of("email", "network.alreadyMember");
        }
        NetworkMember member = account
                .map(a -> NetworkMember.ofAccount(networkId, a.getId(), a.profile(), MembershipStatus.MEMBER,
                        clock.instant()))
                .orElseGet(() -> NetworkMember.recorded(networkId, valid, organisation, clock.instant()));
        persist(member, network, "ADD_MEMBER");
        mails.welcome(network, emailOf(member));
        return member;
    }

    private void persist(NetworkMember member, Network network, String action) {
        em.persist(member);
        em.flush();
        changeLog.record("network_member", member.getId().toString(), ChangeOperation.CREATE);
        audit.record("network", network.getId(), action, network.getCountyCode(), "member " + member.getId());
    }

    /** An editor approves or declines an application. */
    @Transactional
    public NetworkMember decide(long memberId, boolean approve) {
        NetworkMember member = member(memberId);
        Network network = locked(member.getNetworkId());
        guard.requireMayEdit(network.owningCounties());
        if (member.getStatus() != MembershipStatus.APPLIED) {
            throw new RefusedException("network.notAnApplication");
        }
        member.changeStatus(approve ? MembershipStatus.MEMBER : MembershipStatus.DECLINED, clock.instant());
        changed(member, network, approve ? "APPROVE" : "DECLINE");
        if (approve) {
            mails.welcome(network, emailOf(member));
        } else {
            mails.declined(network, emailOf(member));
        }
        return member;
    }

    /** An editor ends a membership (or withdraws an application). */
    @Transactional
    public NetworkMember remove(long memberId) {
        NetworkMember member = member(memberId);
        Network network = locked(member.getNetworkId());
        guard.requireMayEdit(network.owningCounties());
        if (!member.getStatus().isLive()) {
            throw new RefusedException("network.notAMember");
        }
        member.changeStatus(MembershipStatus.REMOVED, clock.instant());
        if (member.getAccountId() == null) {
            // a person recorded by an editor: their name and e-mail were kept only for the membership
            member.forgetPerson(clock.instant());
        }
        changed(member, network, "REMOVE_MEMBER");
        return member;
    }

    /** The current person leaves the network (or withdraws their application). */
    @Transactional
    public NetworkMember leave(long networkId) {
        Network network = locked(networkId);
        NetworkMember member = myMembership(networkId)
                .orElseThrow(() -> new RefusedException("network.notAMember"));
        member.changeStatus(MembershipStatus.LEFT, clock.instant());
        changed(member, network, "LEAVE");
        return member;
    }

    private void changed(NetworkMember member, Network network, String action) {
        changeLog.record("network_member", member.getId().toString(), ChangeOperation.UPDATE);
        audit.record("network", network.getId(), action, network.getCountyCode(), "member " + member.getId());
    }

    public NetworkMember member(long memberId) {
        return NotFoundException.requireFound(em.find(NetworkMember.class, memberId), "member " + memberId);
    }

    /**
     * The people of a network: editors see everyone ever applied or added with e-mail addresses; members
     * see the current members' names and organisations.
     */
    public List<MemberListing> members(long networkId) {
        Network network = network(networkId);
        requireMemberParts(network);
        boolean editor = mayEdit(network);
        List<NetworkMember> members = em.createQuery("""
                        select m from NetworkMember m where m.networkId = :network and (:all = true or m.status = :member)
                        order by m.id""", NetworkMember.class)
                .setParameter("network", networkId)
                .setParameter("all", editor)
                .setParameter("member", MembershipStatus.MEMBER)
                .getResultList();
        Map<Long, String> organisationNames = new HashMap<>();
        return members.stream().map(m -> new MemberListing(m, nameOf(m), editor ? emailOf(m) : null,
                        organisationNames.computeIfAbsent(m.getOrganisationId(),
                                id -> directory.organisation(id).map(Organisation::getName).orElse(""))))
                .sorted(Comparator.comparing(MemberListing::name, Comparator.nullsLast(String::compareTo)))
                .toList();
    }

    /** The current members, for invitations and reminders. */
    List<NetworkMember> currentMembers(long networkId) {
        return em.createQuery("""
                        select m from NetworkMember m where m.networkId = :network and m.status = :member""",
                        NetworkMember.class)
                .setParameter("network", networkId)
                .setParameter("member", MembershipStatus.MEMBER)
                .getResultList();
    }

    String nameOf(NetworkMember member) {
        return member.getAccountId() == null ? member.getName() : accounts.account(member.getAccountId()).getName();
    }

    /** Where mail to a member goes; null when the person was erased. */
    String emailOf(NetworkMember member) {
        return member.getAccountId() == null ? member.getEmail() : accounts.account(member.getAccountId()).getEmail();
    }

    Network locked(long networkId) {
        Network network = network(networkId);
        em.lock(network, LockModeType.PESSIMISTIC_WRITE);
        return network;
    }

    // ---- personal data

    /** "Download my data": every membership of the person, with the organisation it was held for. */
    void personalDataRequested(@Observes PersonalDataRequest request) {
        em.createQuery("select m from NetworkMember m where m.accountId = :account order by m.id", NetworkMember.class)
                .setParameter("account", request.accountId())
                .getResultList()
                .forEach(m -> request.add(new PersonalData.Entry("network_membership", network(m.getNetworkId()).getName(),
                        m.getStatus().name(), m.getChangedAt(),
                        directory.organisation(m.getOrganisationId()).map(Organisation::getName).orElse(null))));
    }

    /** An erased person's memberships end; what they attended stays, without their name, for reach. */
    void accountErased(@Observes AccountErased erased) {
        Instant now = clock.instant();
        em.createQuery("select m from NetworkMember m where m.accountId = :account", NetworkMember.class)
                .setParameter("account", erased.accountId())
                .getResultList()
                .forEach(member -> {
                    member.forgetPerson(now);
                    changeLog.record("network_member", member.getId().toString(), ChangeOperation.UPDATE);
                });
    }
}
