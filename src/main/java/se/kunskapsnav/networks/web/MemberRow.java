package se.kunskapsnav.networks.web;

import se.kunskapsnav.networks.MemberListing;
import se.kunskapsnav.networks.MembershipStatus;
import se.kunskapsnav.networks.NetworkMember;
import se.kunskapsnav.taxonomy.Vocabularies;

import java.io.Serializable;

/** One member as the pages show them; the name is empty for a person whose account was erased. */
public record MemberRow(long id, String name, String email, String organisation, String profession,
                        MembershipStatus status) implements Serializable {

    static MemberRow of(MemberListing listing, Vocabularies vocabularies) {
        NetworkMember member = listing.member();
        return new MemberRow(member.getId(), listing.name(), listing.email(), listing.organisationName(),
                vocabularies.professionName(member.getProfessionCode()), member.getStatus());
    }

    // Jakarta EL 5 reads bean getters, not record accessors.

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getProfession() {
        return profession;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public boolean isApplied() {
        return status == MembershipStatus.APPLIED;
    }

    public boolean isLive() {
        return status.isLive();
    }
}
