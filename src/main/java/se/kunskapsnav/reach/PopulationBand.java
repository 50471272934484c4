package se.kunskapsnav.reach;

/** The population bands reach compares municipalities by. */
public enum PopulationBand {
    UP_TO_15000(15_000),
    UP_TO_30000(30_000),
    UP_TO_70000(70_000),
    UP_TO_200000(200_000),
    OVER_200000(Integer.MAX_VALUE);

    private final int below;

    PopulationBand(int below) {
        this.below = below;
    }

    public static PopulationBand of(int population) {
        for (PopulationBand band : values()) {
            if (population < band.below) {
                return band;
            }
        }
        return OVER_200000;
    }

    public String messageKey() {
        return "reach.populationBand." + name();
    }
}
