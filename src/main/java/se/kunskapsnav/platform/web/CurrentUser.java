package se.kunskapsnav.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import se.kunskapsnav.platform.TenancyGuard;

/** Who is looking at a page, for the layout and page beans. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    TenancyGuard guard;

    @Inject
    HttpServletRequest request;

    public boolean isLoggedIn() {
        return guard.currentAccountId() != null;
    }

    public Long getAccountId() {
        return guard.currentAccountId();
    }

    public boolean isAdministrator() {
        return guard.scope().administrator();
    }

    public boolean isEditor() {
        return !guard.scope().editorCounties().isEmpty();
    }

    /** Leads study groups on the web course's group track. */
    public boolean isCourseLeader() {
        return request.isUserInRole("COURSE_LEADER");
    }
}
