package se.kunskapsnav.networks;

import java.util.List;

/** A network as an editor gives it. {@code openToApply}: anyone may apply (an editor approves). */
public record NetworkInput(String name, String purpose, String countyCode, List<String> coOwners,
                           boolean openToApply, List<String> professions, List<String> sectors,
                           List<String> themes) {

    public NetworkInput {
        coOwners = coOwners == null ? List.of() : List.copyOf(coOwners);
        professions = professions == null ? List.of() : List.copyOf(professions);
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
