package se.kunskapsnav.accounts.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import se.kunskapsnav.accounts.Account;
import se.kunskapsnav.accounts.AccountRoles;
import se.kunskapsnav.accounts.AccountService;
import se.kunskapsnav.accounts.Role;
import se.kunskapsnav.accounts.RoleService;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.platform.api.ProblemException;

import java.util.List;

/** The caller's own account, for scripts using a personal token. */
@Path("mig")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    AccountService accounts;

    @Inject
    RoleService roleService;

    @Inject
    TenancyGuard guard;

    /** The caller as the API shows them. */
    public record Me(long id, String email, String name, List<String> roles, List<String> editorCounties,
                     String professionCode, String sectorCode, long organisationId) {
    }

    @GET
    @Operation(summary = "The account behind the bearer token")
    @APIResponse(responseCode = "200", description = "The caller")
    @APIResponse(responseCode = "401", description = "No valid token")
    public Me me() {
        Long id = guard.currentAccountId();
        if (id == null) {
            throw new ProblemException(Status.UNAUTHORIZED, "problem.token.missing");
        }
        Account account = accounts.account(id);
        AccountRoles roles = roleService.rolesOf(id);
        return new Me(id, account.getEmail(), account.getName(),
                roles.roles().stream().map(Role::name).sorted().toList(),
                roles.editorCounties().stream().sorted().toList(),
                account.getProfessionCode(), account.getSectorCode(), account.getOrganisationId());
    }
}
