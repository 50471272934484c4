package se.kunskapsnav.accounts;

/** Where a person works: a municipality or a region, exactly one of the two. */
public record Workplace(String municipalityCode, String regionCode) {

    public static Workplace municipality(String code) {
        return new Workplace(code, null);
    }

    public static Workplace region(String code) {
        return new Workplace(null, code);
    }

    public boolean isComplete() {
        return (municipalityCode == null) != (regionCode == null);
    }
}
