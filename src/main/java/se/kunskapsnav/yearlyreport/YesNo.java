package se.kunskapsnav.yearlyreport;

/** The answers of a yes/no question. */
public enum YesNo {
    YES,
    NO;

    public String messageKey() {
        return "yearly.yesNo." + name();
    }
}
