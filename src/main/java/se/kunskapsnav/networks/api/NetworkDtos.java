package se.kunskapsnav.networks.api;

import se.kunskapsnav.courses.SessionInput;
import se.kunskapsnav.networks.MeetingDocument;
import se.kunskapsnav.networks.MeetingInput;
import se.kunskapsnav.networks.MemberInput;
import se.kunskapsnav.networks.MemberListing;
import se.kunskapsnav.networks.Network;
import se.kunskapsnav.networks.NetworkInput;
import se.kunskapsnav.networks.NetworkMeeting;
import se.kunskapsnav.networks.NetworkMember;
import se.kunskapsnav.networks.NetworkSummary;
import se.kunskapsnav.platform.InvalidInputException;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the networks API reads and writes. Codes are those of /api/yrken, /api/sektorer and /api/teman. */
public final class NetworkDtos {

    private NetworkDtos() {
    }

    /** When a meeting is: what anyone may know of the next meeting. */
    public record MeetingTimeDto(long id, OffsetDateTime start, OffsetDateTime end) {
        static MeetingTimeDto of(NetworkMeeting m) {
            return new MeetingTimeDto(m.getId(), m.getStart().toOffsetDateTime(), m.getEnd().toOffsetDateTime());
        }
    }

    /**
     * A network as anyone sees it; {@code membership} is the caller's own (APPLIED or MEMBER), when they
     * have one.
     */
    public record NetworkDto(long id, String name, String purpose, String county, List<String> coOwners,
                             boolean openToApply, List<String> professions, List<String> sectors,
                             List<String> themes, MeetingTimeDto nextMeeting, String membership, long revision) {
        static NetworkDto of(NetworkSummary summary, NetworkMember own) {
            Network n = summary.network();
            return new NetworkDto(n.getId(), n.getName(), n.getPurpose(), n.getCountyCode(), sorted(n.getCoOwners()),
                    n.isOpenToApply(), sorted(n.getProfessions()), sorted(n.getSectors()), sorted(n.getThemes()),
                    summary.nextMeeting().map(MeetingTimeDto::of).orElse(null),
                    own == null ? null : own.getStatus().name(), n.getRevision());
        }

        private static List<String> sorted(Collection<String> codes) {
            return codes.stream().sorted().toList();
        }
    }

    /** {@code revision}, on a change: the network's revision it was made from (409 if it changed since). */
    public record NetworkRequest(String name, String purpose, String county, List<String> coOwners,
                                 Boolean openToApply, List<String> professions, List<String> sectors,
                                 List<String> themes, Long revision) {
        NetworkInput toInput() {
            return new NetworkInput(name, purpose, county, coOwners, Boolean.TRUE.equals(openToApply), professions,
                    sectors, themes);
        }
    }

    /** A member; e-mail only for editors, and for a person whose account was erased no name at all. */
    public record MemberDto(long id, String name, String email, long organisationId, String organisation,
                            String profession, String sector, String status, boolean hasAccount) {
        static MemberDto of(MemberListing listing) {
            NetworkMember m = listing.member();
            return new MemberDto(m.getId(), listing.name(), listing.email(), m.getOrganisationId(),
                    listing.organisationName(), m.getProfessionCode(), m.getSectorCode(), m.getStatus().name(),
                    m.getAccountId() != null);
        }
    }

    public record MemberRequest(String name, String email, Long organisationId, String profession, String sector) {
        MemberInput toInput() {
            return new MemberInput(name, email, organisationId, profession, sector);
        }
    }

    public record DocumentDto(long id, String fileName, String mediaType, int size, String url) {
        static DocumentDto of(MeetingDocument d) {
            return new DocumentDto(d.getId(), d.getFileName(), d.getMediaType(), d.getSizeBytes(),
                    "/api/natverk/dokument/" + d.getId());
        }
    }

    /** A meeting as members and editors see it. */
    public record MeetingDto(long id, long networkId, String title, OffsetDateTime start, OffsetDateTime end,
                             String place, String address, String onlineUrl, String agenda, String minutes,
                             boolean cancelled, List<DocumentDto> documents, long revision) {
        static MeetingDto of(NetworkMeeting m, List<MeetingDocument> documents) {
            return new MeetingDto(m.getId(), m.getNetworkId(), m.getTitle(), m.getStart().toOffsetDateTime(),
                    m.getEnd().toOffsetDateTime(), m.getPlace(), m.getAddress(), m.getOnlineUrl(), m.getAgenda(),
                    m.getMinutes(), m.isCancelled(), documents.stream().map(DocumentDto::of).toList(), m.getRevision());
        }
    }

    /**
     * Times are local Swedish times as 2026-03-03T09:00. {@code revision}, on a change: the meeting's revision it
     * was made from (409 if it changed since).
     */
    public record MeetingRequest(String title, String start, String end, String place, String address,
                                 String onlineUrl, String agenda, Long revision) {
        MeetingInput toInput() {
            Map<String, String> problems = new LinkedHashMap<>();
            var session = SessionInput.read("", start, end, place, address, onlineUrl, problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return new MeetingInput(title, session, agenda);
        }
    }

    public record MinutesRequest(String minutes) {
    }

    /** One person at a meeting; {@code present} is null while not marked. */
    public record AttendanceDto(long memberId, String name, String organisation, Boolean present) {
    }
}
