package se.kunskapsnav.networks.web;

import se.kunskapsnav.networks.NetworkInput;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The network form as the browser sends it; turns itself into a {@link NetworkInput}. */
public class NetworkForm implements Serializable {

    static final String OPEN = "open";
    static final String CLOSED = "closed";

    private String name;
    private String purpose;
    private String countyCode;
    private List<String> coOwners = new ArrayList<>();
    private String openness = OPEN;
    private List<String> professions = new ArrayList<>();
    private List<String> sectors = new ArrayList<>();
    private List<String> themes = new ArrayList<>();

    /** An empty form for a new network of the editor's (first) county. */
    static NetworkForm empty(String countyCode) {
        NetworkForm form = new NetworkForm();
        form.countyCode = countyCode;
        return form;
    }

    static NetworkForm of(NetworkInput input) {
        NetworkForm form = new NetworkForm();
        form.name = input.name();
        form.purpose = input.purpose();
        form.countyCode = input.countyCode();
        form.coOwners = new ArrayList<>(input.coOwners());
        form.openness = input.openToApply() ? OPEN : CLOSED;
        form.professions = new ArrayList<>(input.professions());
        form.sectors = new ArrayList<>(input.sectors());
        form.themes = new ArrayList<>(input.themes());
        return form;
    }

    NetworkInput toInput() {
        return new NetworkInput(name, purpose, countyCode == null || countyCode.isBlank() ? null : countyCode,
                coOwners, !CLOSED.equals(openness), professions, sectors, themes);
    }

    /** Field names to the client ids of the form's inputs. */
    static Map<String, String> components(String formId) {
        Map<String, String> components = new LinkedHashMap<>();
        for (String field : List.of("name", "purpose", "countyCode", "coOwners", "professions", "sectors", "themes")) {
            components.put(field, formId + ":" + field);
        }
        return components;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public void setCountyCode(String countyCode) {
        this.countyCode = countyCode;
    }

    public List<String> getCoOwners() {
        return coOwners;
    }

    public void setCoOwners(List<String> coOwners) {
        this.coOwners = coOwners;
    }

    public String getOpenness() {
        return openness;
    }

    public void setOpenness(String openness) {
        this.openness = openness;
    }

    public List<String> getProfessions() {
        return professions;
    }

    public void setProfessions(List<String> professions) {
        this.professions = professions;
    }

    public List<String> getSectors() {
        return sectors;
    }

    public void setSectors(List<String> sectors) {
        this.sectors = sectors;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes;
    }
}
