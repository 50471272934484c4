package se.kunskapsnav.materials;

import java.util.Arrays;
import java.util.Optional;

/** What kind of material it is; {@link #code()} is the Swedish word used in addresses and the API. */
public enum MaterialType {
    PUBLICATION("publikation"),
    METHOD_SUPPORT("metodstod"),
    CHECKLIST("checklista"),
    ROUTINE_TEMPLATE("rutinmall"),
    FILM("film"),
    WEB_PAGE("webbsida"),
    GOOD_EXAMPLE("larande-exempel"),
    PRESENTATION("presentation"),
    OTHER("ovrigt");

    private final String code;

    MaterialType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<MaterialType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
