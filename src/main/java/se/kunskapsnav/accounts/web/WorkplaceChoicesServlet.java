package se.kunskapsnav.accounts.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.geography.GeographyService;

import java.io.IOException;
import java.util.List;

/**
 * {@code /arbetsplatser?lan=01}: the workplace and employer options of a profile form for one county, as JSON,
 * for {@code js/workplace-choices.js}. The same options the form shows after its county button, from the same
 * code ({@link ProfileForm}), so the script never builds a value of its own. Public: sign-up needs it.
 */
@WebServlet("/arbetsplatser")
public class WorkplaceChoicesServlet extends HttpServlet {

    @Inject
    GeographyService geography;

    @Inject
    DirectoryService directory;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProfileForm form = new ProfileForm();
        String county = request.getParameter("lan");
        form.setCountyCode(county != null && geography.county(county).isPresent() ? county : null);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=300");
        Json.createWriter(response.getWriter()).writeObject(Json.createObjectBuilder()
                .add("workplaces", options(form.workplaceOptions(geography)))
                .add("organisations", options(form.organisationOptions(directory)))
                .build());
    }

    /** Options as {@code {value, label}}, a group as {@code {label, options}}. */
    private static JsonArrayBuilder options(List<SelectItem> items) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (SelectItem item : items) {
            if (item instanceof SelectItemGroup group) {
                array.add(Json.createObjectBuilder().add("label", group.getLabel())
                        .add("options", options(List.of(group.getSelectItems()))));
            } else {
                array.add(Json.createObjectBuilder().add("value", String.valueOf(item.getValue()))
                        .add("label", item.getLabel()));
            }
        }
        return array;
    }
}
