package se.kunskapsnav.materials.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.materials.FileKind;
import se.kunskapsnav.materials.Material;
import se.kunskapsnav.materials.MaterialFileVersion;
import se.kunskapsnav.materials.MaterialType;
import se.kunskapsnav.materials.Visibility;
import se.kunskapsnav.platform.FileNames;
import se.kunskapsnav.platform.MarkdownExcerpt;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.taxonomy.TaxonomyService;
import se.kunskapsnav.taxonomy.TermSet;
import se.kunskapsnav.taxonomy.Vocabularies;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A material's codes as Swedish names (type, owner, vocabularies, languages), its dates, and its files'
 * kinds, sizes and download addresses, for every materials page; vocabularies are read once per request.
 */
@Named
@RequestScoped
public class MaterialLabels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Messages.SWEDISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy", Messages.SWEDISH);

    @Inject
    Vocabularies vocabularies;

    @Inject
    TaxonomyService taxonomy;

    private Map<String, String> languages;

    public Map<String, String> languages() {
        if (languages == null) {
            languages = taxonomy.names(TermSet.LANGUAGE);
        }
        return languages;
    }

    // ---- options for lists and checkboxes

    /** The types by their Swedish codes, as the library's filter and the form send them. */
    public List<SelectItem> getTypeOptions() {
        return Arrays.stream(MaterialType.values()).map(t -> new SelectItem(t.code(), type(t))).toList();
    }

    public List<SelectItem> getVisibilityOptions() {
        return Arrays.stream(Visibility.values())
                .map(v -> new SelectItem(v.code(), Messages.get("materials.visibility." + v.name()))).toList();
    }

    public List<SelectItem> getLanguageOptions() {
        return languages().entrySet().stream().map(e -> new SelectItem(e.getKey(), e.getValue())).toList();
    }

    // ---- one material

    public String type(MaterialType type) {
        return type == null ? "" : Messages.get("materials.type." + type.name());
    }

    /** "Nationellt" or the owning county's name. */
    public String owner(Material material) {
        return material.isNational() ? Messages.get("materials.national") : vocabularies.countyName(material.getOwnerCountyCode());
    }

    public String visibility(Material material) {
        return Messages.get("materials.visibility." + material.getVisibility().name());
    }

    public String languagesOf(Material material) {
        return Vocabularies.names(material.getLanguages(), languages());
    }

    public String themesOf(Material material) {
        return Vocabularies.names(material.getThemes(), vocabularies.themes());
    }

    public String targetGroupsOf(Material material) {
        return Vocabularies.names(material.getTargetGroups(), vocabularies.targetGroups());
    }

    public String professionsOf(Material material) {
        return Vocabularies.names(material.getProfessions(), vocabularies.professions());
    }

    /** "3 mars 2026". */
    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "mars 2026". */
    public String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** A plain-text start of the Markdown summary, for lists. */
    public String excerpt(Material material) {
        return MarkdownExcerpt.of(material.getSummary());
    }

    // ---- files

    /** "PDF", "Word (DOCX)", … from the sniffed media type. */
    public String kind(MaterialFileVersion version) {
        return FileKind.ofMediaType(version.getContent().getMediaType())
                .map(kind -> Messages.get("materials.kind." + kind.name()))
                .orElse(version.getContent().getMediaType());
    }

    /** "812 byte", "34 kB", "1,2 MB". */
    public String size(MaterialFileVersion version) {
        return FileNames.size(version.getContent().getSizeBytes());
    }

    /** {@code /material/filer/{version}/{name}}, without the context path. */
    public String downloadPath(MaterialFileVersion version) {
        return "/material/filer/" + version.getId() + "/"
                + URLEncoder.encode(version.getFileName(), StandardCharsets.UTF_8).replace("+", "%20");
    }
}
