package se.kunskapsnav.accounts.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.accounts.SignUpService;
import se.kunskapsnav.accounts.SignUp;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.web.Faces;

import java.io.Serializable;

/** {@code /registrera}: a professional creates an account and is sent a verification link. */
@Named
@ViewScoped
public class SignUpPage implements Serializable {

    @Inject
    SignUpService signUps;

    private final ProfileForm profile = new ProfileForm();
    private String email;
    private String password;
    private boolean done;

    public void signUp() {
        try {
            signUps.signUp(new SignUp(email, password, profile.getName(), profile.getProfessionCode(),
                    profile.getSectorCode(), profile.organisationId(), profile.otherOrganisationName(),
                    profile.toWorkplace()));
            done = true;
        } catch (InvalidInputException e) {
            Faces.fieldErrors(e, ProfileForm.components("registrering"));
        } finally {
            password = null;
        }
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

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isDone() {
        return done;
    }
}
