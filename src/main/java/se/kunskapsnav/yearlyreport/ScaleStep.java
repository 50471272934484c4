package se.kunskapsnav.yearlyreport;

/** The answers of a scale question, from most to least: helt, i stor utsträckning, delvis, i liten utsträckning, inte alls. */
public enum ScaleStep {
    FULLY,
    LARGELY,
    PARTLY,
    SLIGHTLY,
    NOT_AT_ALL;

    public String messageKey() {
        return "yearly.scale." + name();
    }
}
