package se.kunskapsnav.networks.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.courses.ScheduledSession;
import se.kunskapsnav.courses.SwedishTime;
import se.kunskapsnav.networks.Network;
import se.kunskapsnav.platform.FileNames;
import se.kunskapsnav.taxonomy.Vocabularies;

import java.time.Instant;
import java.util.stream.Collectors;

/**
 * A network's codes as names (through {@link Vocabularies}, which reads each vocabulary
 * once per request), meeting times and file sizes in Swedish.
 */
@Named
@RequestScoped
public class NetworkLabels {

    @Inject
    Vocabularies vocabularies;

    /** The owning county first, then the co-owners by name. */
    public String owners(Network network) {
        return network.owningCounties().stream().map(vocabularies::countyName).collect(Collectors.joining(", "));
    }

    public String professionsOf(Network network) {
        return Vocabularies.names(network.getProfessions(), vocabularies.professions());
    }

    public String sectorsOf(Network network) {
        return Vocabularies.names(network.getSectors(), vocabularies.sectors());
    }

    public String themesOf(Network network) {
        return Vocabularies.names(network.getThemes(), vocabularies.themes());
    }

    /** "tisdag 3 mars 2026 kl. 09.00–16.00". */
    public String when(ScheduledSession meeting) {
        return SwedishTime.describe(meeting.getStartsAt(), meeting.getEndsAt());
    }

    /** "3 mars 2026". */
    public String date(Instant instant) {
        return SwedishTime.date(instant);
    }

    /** A file's size for people: "812 byte", "34 kB", "1,2 MB". */
    public String fileSize(long bytes) {
        return FileNames.size(bytes);
    }
}
