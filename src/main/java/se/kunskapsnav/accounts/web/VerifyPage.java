package se.kunskapsnav.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.accounts.SignUpService;

/** {@code /konto/bekrafta?token=}: the link from the verification mail. */
@Named
@RequestScoped
public class VerifyPage {

    @Inject
    SignUpService signUps;

    private String token;
    private boolean verified;

    public void verify() {
        verified = signUps.verifyEmail(token);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isVerified() {
        return verified;
    }
}
