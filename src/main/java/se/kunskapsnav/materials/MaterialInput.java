package se.kunskapsnav.materials;

import java.util.List;

/**
 * A material's description as a form or the API gives it, unchecked. {@code ownerCountyCode} null means a
 * national material; {@code typeCode} and {@code visibilityCode} are the Swedish codes of
 * {@link MaterialType} and {@link Visibility}; {@code publishedOn} is {@code yyyy-MM-dd}.
 */
public record MaterialInput(String title, String summary, String typeCode, String ownerCountyCode,
                            String publishedOn, String versionLabel, String visibilityCode, Long networkId,
                            String externalUrl, List<String> themes, List<String> targetGroups,
                            List<String> professions, List<String> languages) {

    public MaterialInput {
        themes = themes == null ? List.of() : List.copyOf(themes);
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
        professions = professions == null ? List.of() : List.copyOf(professions);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
