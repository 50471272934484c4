package se.kunskapsnav.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.notification.DemoMailServer;
import se.kunskapsnav.platform.TenancyGuard;

import java.util.List;

/** {@code /admin/e-post}: in demo mode, the mail the portal's own SMTP server received. Administrators only. */
@Named
@RequestScoped
public class DemoMailPage {

    @Inject
    DemoMailServer server;

    @Inject
    TenancyGuard guard;

    public void check() {
        guard.requireAdministrator();
    }

    public boolean isRunning() {
        return server.isRunning();
    }

    public List<DemoMailServer.ReceivedMail> getMessages() {
        return server.received();
    }
}
