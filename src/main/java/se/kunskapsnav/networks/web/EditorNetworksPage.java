package se.kunskapsnav.networks.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.networks.NetworkService;

import java.util.List;

/** {@code /admin/natverk}: the networks the editor runs, with their next meeting. */
@Named
@RequestScoped
public class EditorNetworksPage {

    @Inject
    NetworkService networks;

    private List<NetworkListPage.Row> rows;

    public List<NetworkListPage.Row> getRows() {
        if (rows == null) {
            rows = networks.editableNetworks().stream().map(NetworkListPage.Row::of).toList();
        }
        return rows;
    }
}
