package se.kunskapsnav.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.accounts.LoginService;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.web.Faces;

import java.util.Map;

/** {@code /glomt-losenord} asks for a reset link; {@code /nytt-losenord?token=} sets the new password. */
@Named
@RequestScoped
public class PasswordResetPages {

    @Inject
    LoginService logins;

    private String email;
    private String token;
    private String password;
    private boolean done;

    public void requestLink() {
        try {
            logins.requestPasswordReset(email);
            done = true;
        } catch (InvalidInputException e) {
            Faces.fieldErrors(e, Map.of("email", "glomt:email"));
        }
    }

    public void reset() {
        try {
            logins.resetPassword(token, password);
            done = true;
        } catch (InvalidInputException e) {
            Faces.fieldErrors(e, Map.of("password", "nyttLosenord:password", "token", "nyttLosenord:password"));
        } finally {
            password = null;
        }
        if (done) {
            Faces.message(null, FacesMessage.SEVERITY_INFO, "reset.done");
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isDone() {
        return done;
    }
}
