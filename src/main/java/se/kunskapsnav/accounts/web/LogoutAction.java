package se.kunskapsnav.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import se.kunskapsnav.platform.web.Faces;

/** The "Logga ut" button in the header. */
@Named
@RequestScoped
public class LogoutAction {

    public void logout() throws ServletException {
        HttpServletRequest request = Faces.request();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Faces.redirect("/");
    }
}
