package se.kunskapsnav.materials.web;

import se.kunskapsnav.materials.Material;
import se.kunskapsnav.materials.MaterialFilter;
import se.kunskapsnav.materials.MaterialInput;
import se.kunskapsnav.materials.Visibility;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The material form as the browser sends it; turns itself into a {@link MaterialInput}. The owner is a
 * county code or {@link MaterialFilter#NATIONAL}; the network is its id as text, empty for none.
 */
public class MaterialForm implements Serializable {

    /** The service's field names, each the id of its input in the form. */
    private static final List<String> FIELDS = List.of("title", "summary", "type", "owner", "publishedOn",
            "versionLabel", "visibility", "network", "externalUrl", "themes", "targetGroups", "professions",
            "languages");

    private String title;
    private String summary;
    private String type;
    private String owner;
    private String publishedOn;
    private String versionLabel;
    private String visibility = Visibility.PUBLIC.code();
    private String network;
    private String externalUrl;
    private List<String> themes = new ArrayList<>();
    private List<String> targetGroups = new ArrayList<>();
    private List<String> professions = new ArrayList<>();
    private List<String> languages = new ArrayList<>();

    /** A new material: the given owner, published today, public, in Swedish. */
    static MaterialForm empty(String owner, LocalDate today) {
        MaterialForm form = new MaterialForm();
        form.owner = owner;
        form.publishedOn = today.toString();
        form.languages = new ArrayList<>(List.of("sv"));
        return form;
    }

    static MaterialForm of(Material material) {
        MaterialForm form = new MaterialForm();
        form.title = material.getTitle();
        form.summary = material.getSummary();
        form.type = material.getType().code();
        form.owner = material.isNational() ? MaterialFilter.NATIONAL : material.getOwnerCountyCode();
        form.publishedOn = material.getPublishedOn().toString();
        form.versionLabel = material.getVersionLabel();
        form.visibility = material.getVisibility().code();
        form.network = material.getNetworkId() == null ? null : material.getNetworkId().toString();
        form.externalUrl = material.getExternalUrl();
        form.themes = new ArrayList<>(material.getThemes());
        form.targetGroups = new ArrayList<>(material.getTargetGroups());
        form.professions = new ArrayList<>(material.getProfessions());
        form.languages = new ArrayList<>(material.getLanguages());
        return form;
    }

    MaterialInput toInput() {
        String ownerCode = owner == null || owner.isBlank() || MaterialFilter.NATIONAL.equals(owner) ? null : owner;
        return new MaterialInput(title, summary, type, ownerCode, publishedOn, versionLabel, visibility,
                networkId(), externalUrl, themes, targetGroups, professions, languages);
    }

    private Long networkId() {
        try {
            return network == null || network.isBlank() ? null : Long.valueOf(network.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Field names to the client ids of the form's inputs. */
    static Map<String, String> components(String formId) {
        Map<String, String> components = new LinkedHashMap<>();
        FIELDS.forEach(field -> components.put(field, formId + ":" + field));
        return components;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(String publishedOn) {
        this.publishedOn = publishedOn;
    }

    public String getVersionLabel() {
        return versionLabel;
    }

    public void setVersionLabel(String versionLabel) {
        this.versionLabel = versionLabel;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }

    public String getNetwork() {
        return network;
    }

    public void setNetwork(String network) {
        this.network = network;
    }

    public String getExternalUrl() {
        return externalUrl;
    }

    public void setExternalUrl(String externalUrl) {
        this.externalUrl = externalUrl;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes;
    }

    public List<String> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<String> targetGroups) {
        this.targetGroups = targetGroups;
    }

    public List<String> getProfessions() {
        return professions;
    }

    public void setProfessions(List<String> professions) {
        this.professions = professions;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }
}
