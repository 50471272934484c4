package se.kunskapsnav.materials;

import se.kunskapsnav.courses.KnownCodes;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.TextInput;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What makes a material's description acceptable; every problem at once, per field. */
public final class MaterialRules {

    static final int MAX_SUMMARY = 4_000;

    /** A checked description, as it is stored. */
    public record ValidMaterial(String title, String summary, MaterialType type, String ownerCountyCode,
                                LocalDate publishedOn, String versionLabel, Visibility visibility, Long networkId,
                                String externalUrl, List<String> themes, List<String> targetGroups,
                                List<String> professions, List<String> languages) {
    }

    private MaterialRules() {
    }

    public static ValidMaterial check(MaterialInput input, KnownCodes known, Set<String> languages) {
        Map<String, String> problems = new LinkedHashMap<>();
        String title = TextInput.required(input.title(), 200, "title", problems);
        String summary = TextInput.multiline(input.summary(), MAX_SUMMARY, "summary", problems);
        if (summary.isEmpty()) {
            problems.putIfAbsent("summary", "validation.required");
        }
        MaterialType type = input.typeCode() == null || input.typeCode().isBlank() ? null
                : MaterialType.ofCode(input.typeCode()).orElse(null);
        if (type == null) {
            problems.put("type", input.typeCode() == null || input.typeCode().isBlank()
                    ? "validation.required" : "material.unknownType");
        }
        String owner = input.ownerCountyCode() == null || input.ownerCountyCode().isBlank()
                ? null : input.ownerCountyCode();
        if (owner != null && !known.counties().contains(owner)) {
            problems.put("owner", "validation.unknownCounty");
        }
        LocalDate publishedOn = TextInput.date(input.publishedOn(), "publishedOn", problems);
        if (publishedOn == null) {
            problems.putIfAbsent("publishedOn", "validation.required");
        }
        String version = TextInput.optional(input.versionLabel(), 40, "versionLabel", problems);
        Visibility visibility = input.visibilityCode() == null || input.visibilityCode().isBlank() ? null
                : Visibility.ofCode(input.visibilityCode()).orElse(null);
        if (visibility == null) {
            problems.put("visibility", input.visibilityCode() == null || input.visibilityCode().isBlank()
                    ? "validation.required" : "material.unknownVisibility");
        }
        Long networkId = visibility == Visibility.NETWORK ? input.networkId() : null;
        if (visibility == Visibility.NETWORK && networkId == null) {
            problems.put("network", "material.networkRequired");
        }
        String url = TextInput.optional(input.externalUrl(), 1000, "externalUrl", problems);
        if (!url.isEmpty() && !TextInput.isWebAddress(url)) {
            problems.putIfAbsent("externalUrl", "material.linkInvalid");
        }
        KnownCodes.requireAll(input.themes(), known.themes(), "themes", "course.unknownTheme", problems);
        KnownCodes.requireAll(input.targetGroups(), known.targetGroups(), "targetGroups",
                "course.unknownTargetGroup", problems);
        KnownCodes.requireAll(input.professions(), known.professions(), "professions",
                "validation.unknownProfession", problems);
        if (input.languages().isEmpty()) {
            problems.put("languages", "material.languageRequired");
        } else {
            KnownCodes.requireAll(input.languages(), languages, "languages", "material.unknownLanguage", problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ValidMaterial(title, summary, type, owner, publishedOn, version.isEmpty() ? null : version,
                visibility, networkId, url.isEmpty() ? null : url, distinct(input.themes()),
                distinct(input.targetGroups()), distinct(input.professions()), distinct(input.languages()));
    }

    private static List<String> distinct(List<String> codes) {
        return codes.stream().distinct().toList();
    }
}
