package se.kunskapsnav.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.accounts.AccountService;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.platform.AccessDeniedException;
import se.kunskapsnav.platform.AuditEntry;
import se.kunskapsnav.platform.AuditLog;
import se.kunskapsnav.platform.ClockProducer;
import se.kunskapsnav.platform.CountyScope;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.TenancyGuard;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;

/**
 * {@code /admin/granskningslogg}: administrators see everything, editors their own counties. Each entry reads as a
 * Swedish sentence with the person's name ("Sara Utvecklingsledare ändrade kursen ”Grundkurs”") at Swedish time,
 * and the county's name. It lives in accounts, since the names of people are accounts' to give.
 */
@Named
@RequestScoped
public class AuditPage {

    private static final int SHOWN = 200;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH.mm", Messages.SWEDISH).withZone(ClockProducer.SWEDEN);

    /** One entry as a person reads it. */
    public record Row(String time, String sentence, String county) {
    }

    @Inject
    AuditLog audit;

    @Inject
    TenancyGuard guard;

    @Inject
    AccountService accounts;

    @Inject
    GeographyService geography;

    private List<Row> rows;

    public void check() {
        CountyScope scope = guard.scope();
        if (!scope.administrator() && scope.editorCounties().isEmpty()) {
            throw new AccessDeniedException("administrators and editors only");
        }
    }

    public List<Row> getRows() {
        if (rows == null) {
            CountyScope scope = guard.scope();
            List<AuditEntry> entries = audit.newest(scope.administrator() ? null : List.copyOf(scope.editorCounties()),
                    SHOWN);
            Map<Long, String> names = accounts.names(entries.stream().map(AuditEntry::getActorId)
                    .filter(Objects::nonNull).distinct().toList());
            Map<String, String> counties = geography.countyNames();
            rows = entries.stream().map(entry -> new Row(TIME.format(entry.getAt()), sentence(entry, names),
                    entry.getCountyCode() == null ? "" : counties.getOrDefault(entry.getCountyCode(),
                            entry.getCountyCode()))).toList();
        }
        return rows;
    }

    private static String sentence(AuditEntry entry, Map<Long, String> names) {
        String actor = entry.getActorId() == null ? Messages.get("audit.actor.system")
                : names.getOrDefault(entry.getActorId(), Messages.get("audit.actor.erased"));
        String verb = wordOr("audit.verb." + entry.getAction(), entry.getAction());
        String thing = wordOr("audit.kind." + entry.getEntityKind(), entry.getEntityKind());
        String detail = entry.getDetail();
        return detail == null || detail.isBlank()
                ? Messages.get("audit.sentence", actor, verb, thing)
                : Messages.get("audit.sentence.detail", actor, verb, thing, detail);
    }

    /** The word for a code; a code added later without its word is shown as it is rather than failing the page. */
    private static String wordOr(String key, String code) {
        try {
            return Messages.get(key);
        } catch (MissingResourceException e) {
            return code;
        }
    }
}
