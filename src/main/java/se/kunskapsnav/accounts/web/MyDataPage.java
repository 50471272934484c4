package se.kunskapsnav.accounts.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import se.kunskapsnav.accounts.Account;
import se.kunskapsnav.accounts.AccountService;
import se.kunskapsnav.accounts.ApiToken;
import se.kunskapsnav.accounts.ApiTokenService;
import se.kunskapsnav.accounts.LoginService;
import se.kunskapsnav.accounts.Role;
import se.kunskapsnav.accounts.RoleService;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.platform.web.Faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /mina-uppgifter}: the person sees and edits their profile, manages API tokens, downloads
 * everything held about them, logs out everywhere, or deletes the account.
 */
@Named
@ViewScoped
public class MyDataPage implements Serializable {

    @Inject
    AccountService accounts;

    @Inject
    RoleService roles;

    @Inject
    ApiTokenService apiTokens;

    @Inject
    LoginService logins;

    @Inject
    GeographyService geography;

    @Inject
    DirectoryService directory;

    @Inject
    TenancyGuard guard;

    private long accountId;
    private final ProfileForm profile = new ProfileForm();
    private String tokenName;
    private String newToken;
    private boolean confirmErase;

    @PostConstruct
    void load() {
        accountId = guard.currentAccountId();
        profile.fill(getAccount(), geography, directory);
    }

    public Account getAccount() {
        return accounts.account(accountId);
    }

    public String getRoles() {
        return roles.rolesOf(accountId).roles().stream().sorted().map(Role::messageKey).map(Messages::get)
                .collect(Collectors.joining(", "));
    }

    public String getOrganisationName() {
        return directory.organisation(getAccount().getOrganisationId()).map(o -> o.getName()).orElse("");
    }

    public List<ApiToken> getTokens() {
        return apiTokens.tokensOf(accountId);
    }

    public void saveProfile() {
        try {
            accounts.updateProfile(accountId, profile.getName(), profile.getProfessionCode(), profile.getSectorCode(),
                    profile.organisationId(directory), profile.otherOrganisationName(), profile.toWorkplace());
            Faces.message(null, FacesMessage.SEVERITY_INFO, "myData.saved");
        } catch (InvalidInputException e) {
            Faces.fieldErrors(e, ProfileForm.components("profil"));
        }
    }

    public void createToken() {
        try {
            newToken = apiTokens.create(accountId, tokenName);
            tokenName = null;
        } catch (InvalidInputException e) {
            Faces.fieldErrors(e, Map.of("tokenName", "tokens:tokenName"));
        }
    }

    public void revokeToken(long tokenId) {
        apiTokens.revoke(accountId, tokenId);
        newToken = null;
    }

    public void logoutEverywhere() throws ServletException {
        logins.endAllSessions(accountId);
        Faces.request().logout();
        Faces.request().getSession().invalidate();
        Faces.redirect("/logga-in");
    }

    public void erase() throws ServletException {
        if (!confirmErase) {
            Faces.message("radera:confirm", FacesMessage.SEVERITY_ERROR, "myData.erase.confirmRequired");
            return;
        }
        accounts.erase(accountId);
        Faces.request().logout();
        Faces.request().getSession().invalidate();
        Faces.redirect("/?kontoRaderat=1");
    }

    public ProfileForm getProfile() {
        return profile;
    }

    public String getTokenName() {
        return tokenName;
    }

    public void setTokenName(String tokenName) {
        this.tokenName = tokenName;
    }

    public String getNewToken() {
        return newToken;
    }

    public boolean isConfirmErase() {
        return confirmErase;
    }

    public void setConfirmErase(boolean confirmErase) {
        this.confirmErase = confirmErase;
    }
}
