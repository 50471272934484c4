package se.kunskapsnav.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.platform.AccessDeniedException;
import se.kunskapsnav.platform.AuditEntry;
import se.kunskapsnav.platform.AuditLog;
import se.kunskapsnav.platform.CountyScope;
import se.kunskapsnav.platform.TenancyGuard;

import java.util.List;

/** {@code /admin/granskningslogg}: administrators see everything, editors their own counties. */
@Named
@RequestScoped
public class AuditPage {

    private static final int SHOWN = 200;

    @Inject
    AuditLog audit;

    @Inject
    TenancyGuard guard;

    public void check() {
        CountyScope scope = guard.scope();
        if (!scope.administrator() && scope.editorCounties().isEmpty()) {
            throw new AccessDeniedException("administrators and editors only");
        }
    }

    public List<AuditEntry> getEntries() {
        CountyScope scope = guard.scope();
        return audit.newest(scope.administrator() ? null : List.copyOf(scope.editorCounties()), SHOWN);
    }
}
