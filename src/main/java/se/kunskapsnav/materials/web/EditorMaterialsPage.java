package se.kunskapsnav.materials.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.materials.Material;
import se.kunskapsnav.materials.MaterialFiles;
import se.kunskapsnav.materials.MaterialFilter;
import se.kunskapsnav.materials.MaterialLibrary;

import se.kunskapsnav.platform.ResultPage;

import java.util.List;

/**
 * {@code /admin/material}: the materials the editor may change, retired and unfinished ones too, the newest
 * first, paged with {@code sida}; each with its status.
 */
@Named
@RequestScoped
public class EditorMaterialsPage {

    /** One material as the list shows it. */
    public record Row(Material material, boolean missingContent) {

        // Jakarta EL 5 reads bean getters, not record accessors.

        public Material getMaterial() {
            return material;
        }

        /** Neither a file nor a link: the library does not show it yet. */
        public boolean isMissingContent() {
            return missingContent;
        }
    }

    @Inject
    MaterialLibrary library;

    @Inject
    MaterialFiles files;

    private ResultPage<Material> result;
    private List<Row> rows;

    /** View action: reads the page asked for. */
    public void load() {
        String page = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("sida");
        int number;
        try {
            number = page == null ? 1 : Math.max(1, Integer.parseInt(page));
        } catch (NumberFormatException e) {
            number = 1;
        }
        result = library.editable(MaterialFilter.ANY, number);
        rows = result.rows().stream()
                .map(m -> new Row(m, m.getExternalUrl() == null && files.of(m).isEmpty())).toList();
    }

    public ResultPage<Material> getResult() {
        return result;
    }

    public List<Row> getRows() {
        return rows;
    }
}
