package se.kunskapsnav.materials.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.materials.Material;
import se.kunskapsnav.materials.MaterialFilter;
import se.kunskapsnav.materials.MaterialLibrary;
import se.kunskapsnav.materials.MaterialType;
import se.kunskapsnav.taxonomy.Vocabularies;

import se.kunskapsnav.platform.ResultPage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /material}: the materials library, the materials the visitor may see that are in use, filtered by a
 * plain GET form ({@code typ, tema, malgrupp, yrke, sprak, agare}) and paged with {@code sida}. A value the
 * portal does not know simply does not filter.
 */
@Named
@RequestScoped
public class LibraryPage {

    @Inject
    MaterialLibrary library;

    @Inject
    Vocabularies vocabularies;

    @Inject
    MaterialLabels labels;

    private String type;
    private String theme;
    private String targetGroup;
    private String profession;
    private String language;
    private String owner;
    private ResultPage<Material> result;

    /** View action: reads the filter from the query and fetches the page asked for. */
    public void load() {
        Map<String, String> query = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        MaterialType chosenType = query.get("typ") == null ? null : MaterialType.ofCode(query.get("typ")).orElse(null);
        type = chosenType == null ? null : chosenType.code();
        theme = known(query.get("tema"), vocabularies.themes().keySet());
        targetGroup = known(query.get("malgrupp"), vocabularies.targetGroups().keySet());
        profession = known(query.get("yrke"), vocabularies.professions().keySet());
        language = known(query.get("sprak"), labels.languages().keySet());
        owner = MaterialFilter.NATIONAL.equals(query.get("agare")) ? MaterialFilter.NATIONAL
                : known(query.get("agare"), vocabularies.counties().keySet());
        result = library.list(new MaterialFilter(chosenType, theme, targetGroup, profession, language, owner),
                page(query.get("sida")));
    }

    private static String known(String value, Set<String> known) {
        return value != null && known.contains(value) ? value : null;
    }

    private static int page(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The library's address for another page with the same filter. */
    public String pageUrl(int page) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("typ", type);
        query.put("tema", theme);
        query.put("malgrupp", targetGroup);
        query.put("yrke", profession);
        query.put("sprak", language);
        query.put("agare", owner);
        query.put("sida", String.valueOf(page));
        List<String> parts = new ArrayList<>();
        query.forEach((name, value) -> {
            if (value != null) {
                parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return "/material?" + String.join("&", parts);
    }

    public ResultPage<Material> getResult() {
        return result;
    }

    public String getType() {
        return type;
    }

    public String getTheme() {
        return theme;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public String getProfession() {
        return profession;
    }

    public String getLanguage() {
        return language;
    }

    public String getOwner() {
        return owner;
    }
}
