package se.kunskapsnav.materials;

/**
 * What the library is filtered by; null is "any". {@code ownerCountyCode} is a county code, or
 * {@link #NATIONAL} for national materials.
 */
public record MaterialFilter(MaterialType type, String themeCode, String targetGroupCode, String professionCode,
                             String languageCode, String ownerCountyCode) {

    public static final String NATIONAL = "nationell";

    public static final MaterialFilter ANY = new MaterialFilter(null, null, null, null, null, null);
}
