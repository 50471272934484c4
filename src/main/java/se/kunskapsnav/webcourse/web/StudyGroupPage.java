package se.kunskapsnav.webcourse.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.accounts.AccountService;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.platform.web.UrlIds;
import se.kunskapsnav.taxonomy.Vocabularies;
import se.kunskapsnav.webcourse.GroupMember;
import se.kunskapsnav.webcourse.GroupMemberListing;
import se.kunskapsnav.webcourse.StudyGroup;
import se.kunskapsnav.webcourse.StudyGroupService;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * {@code /webbkurs/grupper/{id}}: a study group, who is looking (its leader, a member, or an editor of its
 * county, who sees it without changing it), its facts, invitation link and members, and leaving it. Each of
 * the leader's forms has its own bean: {@link GroupSessionsSection} (plan, mark held), {@link GroupMembersSection}
 * (record, remove), {@link GroupCountsSection} (participants per profession) and {@link GroupEditSection} (the
 * group itself). Every change reloads the page with its message ({@link #change}).
 */
@Named
@ViewScoped
public class StudyGroupPage implements Serializable {

    @Inject
    StudyGroupService groups;

    @Inject
    AccountService accounts;

    @Inject
    WebCourseLabels labels;

    @Inject
    Vocabularies vocabularies;

    private String id;
    private long groupId;
    private boolean leader;
    private boolean member;

    private transient StudyGroup group;
    private transient List<MemberRow> members;
    private transient String leaderName;
    private transient Long memberCount;

    /** View action: 404 for no such group or one the person may not see. */
    public void load() {
        try {
            groupId = UrlIds.parse(id);
            getGroup();
        } catch (NotFoundException e) {
            Faces.sendError(404);
            return;
        }
        leader = groups.mayManage(getGroup());
        member = groups.myMembership().map(GroupMember::getGroupId).filter(g -> g == groupId).isPresent();
    }

    public long getGroupId() {
        return groupId;
    }

    public StudyGroup getGroup() {
        if (group == null) {
            group = groups.group(groupId);
        }
        return group;
    }

    public boolean isLeader() {
        return leader;
    }

    public boolean isMember() {
        return member;
    }

    public String getLeaderName() {
        if (leaderName == null) {
            leaderName = accounts.account(getGroup().getLeaderAccountId()).getName();
        }
        return leaderName;
    }

    public long getMemberCount() {
        if (memberCount == null) {
            memberCount = groups.currentMemberCount(groupId);
        }
        return memberCount;
    }

    public String getInvitationUrl() {
        return groups.invitationUrl(getGroup());
    }

    /** Current members, for the leader and the county's editors. */
    public List<MemberRow> getMembers() {
        if (members == null) {
            members = leader || !member ? groups.members(groupId).stream().map(this::memberRow).toList() : List.of();
        }
        return members;
    }

    private MemberRow memberRow(GroupMemberListing listing) {
        GroupMember m = listing.member();
        return new MemberRow(m.getId(), listing.name(), vocabularies.professionName(m.getProfessionCode()),
                labels.sectorName(m.getSectorCode()), m.getAccountId() != null);
    }

    /** A member leaves the group; their own progress in the course stays. */
    public void leave() {
        try {
            groups.leave();
            Faces.message(null, FacesMessage.SEVERITY_INFO, "webcourse.group.left", getGroup().getName());
            Faces.redirect("/webbkurs");
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
    }

    /**
     * Makes one of the leader's changes; done, the page reloads with the message; refused or wrong, it says why,
     * wrong input at the fields named by {@code components} (service field to component id).
     */
    public void change(Runnable change, String doneKey, Map<String, String> components) {
        try {
            change.run();
            Faces.message(null, FacesMessage.SEVERITY_INFO, doneKey);
            Faces.redirect("/webbkurs/grupper/" + groupId);
        } catch (InvalidInputException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, "webcourse.group.notSaved");
            Faces.fieldErrors(e, components);
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** A current member; the name is null for a participant recorded without one. */
    public record MemberRow(long id, String name, String profession, String sector, boolean joinedByLink)
            implements Serializable {

        // Jakarta EL 5 reads bean getters, not record accessors.

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getProfession() {
            return profession;
        }

        public String getSector() {
            return sector;
        }

        public boolean isJoinedByLink() {
            return joinedByLink;
        }
    }
}
