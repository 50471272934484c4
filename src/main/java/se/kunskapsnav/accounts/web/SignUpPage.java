package se.kunskapsnav.accounts.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.accounts.SignUpService;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.accounts.SignUp;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.web.Faces;

import java.io.Serializable;

/**
 * {@code /registrera}: a professional creates an account and is sent a verification link.
 *
 * <p>Nothing typed is lost on a round trip: the county button (without script) and a failed submit both post
 * the whole form, and the password typed is kept in this view until the account is made, because a password
 * field is never written back into the page. The field then says so, and an empty field keeps it. A password
 * the rules refuse is dropped, so the next one is typed anew.
 */
@Named
@ViewScoped
public class SignUpPage implements Serializable {

    @Inject
    SignUpService signUps;

    @Inject
    DirectoryService directory;

    private final ProfileForm profile = new ProfileForm();
    private String email;
    private String password;
    private boolean done;

    public void signUp() {
        try {
            signUps.signUp(new SignUp(email, password, profile.getName(), profile.getProfessionCode(),
                    profile.getSectorCode(), profile.organisationId(directory), profile.otherOrganisationName(),
                    profile.toWorkplace()));
            done = true;
            password = null;
        } catch (InvalidInputException e) {
            if (e.fieldMessageKeys().containsKey("password")) {
                password = null;
            }
            Faces.fieldErrors(e, ProfileForm.components("registrering"));
        }
    }

    /** A password was typed earlier in this view and is kept; the field is empty since it is never shown. */
    public boolean isPasswordKept() {
        return password != null && !password.isEmpty();
    }

    public ProfileForm getProfile() {
        return profile;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    /** An empty field keeps the password typed before (see the class comment); anything typed replaces it. */
    public void setPassword(String password) {
        if (password != null && !password.isEmpty()) {
            this.password = password;
        }
    }

    public boolean isDone() {
        return done;
    }
}
