package se.kunskapsnav.accounts.web;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.kunskapsnav.accounts.AccountService;
import se.kunskapsnav.platform.TenancyGuard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** {@code /mina-uppgifter/data.json}: everything held about the logged-in person, as a file. */
@WebServlet("/mina-uppgifter/data.json")
public class PersonalDataServlet extends HttpServlet {

    @Inject
    AccountService accounts;

    @Inject
    TenancyGuard guard;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long accountId = guard.currentAccountId();
        if (accountId == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"mina-uppgifter.json\"");
        response.setHeader("Cache-Control", "no-store");
        try (Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            response.getWriter().write(jsonb.toJson(accounts.personalData(accountId)));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
