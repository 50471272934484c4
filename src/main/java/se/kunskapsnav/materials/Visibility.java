package se.kunskapsnav.materials;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who may see a material: everyone, anyone logged in, or the members of one network (with the network's
 * editors). Editors of the owning county and administrators always see their materials.
 */
public enum Visibility {
    PUBLIC("offentlig"),
    LOGGED_IN("inloggade"),
    NETWORK("natverk");

    private final String code;

    Visibility(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Visibility> ofCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }
}
