package se.kunskapsnav.reach;

import org.junit.jupiter.api.Test;
import se.kunskapsnav.geography.MunicipalityClassification;
import se.kunskapsnav.geography.MunicipalityGroup;
import se.kunskapsnav.platform.TableExport;
import se.kunskapsnav.platform.TableExport.Table;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A report of hand-made figures, as a viewer would see them, as the tables its files are written from. */
class ReachTablesTest {

    private static final ReachOptions OPTIONS = new ReachOptions(Map.of("25", "Norrbottens län"),
            Map.of("utbildningsdag", "Utbildningsdag"), Map.of("hedersrelaterat-vald", "Hedersrelaterat våld och förtryck"),
            Map.of("kurator", "Kurator", "socialsekreterare", "Socialsekreterare"), Map.of());

    /** Groups of an earlier year than the report's, no populations: the tables say so. */
    private static final MunicipalityClassification GROUPS_2025 = new MunicipalityClassification(2025,
            Map.of("2580", MunicipalityGroup.B3, "2581", MunicipalityGroup.B4, "2582", MunicipalityGroup.C8,
                    "0180", MunicipalityGroup.A1), null, Map.of());

    @Test
    void coverageTablesSayWhichYearsClassificationTheyUseOrThatThereIsNone() {
        List<Table> tables = ReachTables.of(report(false, Set.of()), OPTIONS);

        Table groups = table(tables, "Täckning per kommungrupp (SKR:s kommungruppsindelning 2025, den senaste som "
                + "finns för 2026)");
        assertEquals(List.of("Kommungrupp", "Nådda kommuner", "Kommuner i gruppen", "Andel"), groups.header());
        assertEquals(List.of(List.of("B3 Större stad", "1", "1", "100 %"),
                List.of("B4 Pendlingskommun nära större stad", "0", "1", "0 %"),
                List.of("C8 Landsbygdskommun", "0", "1", "0 %")), groups.rows(), "Stockholm (A1) is not in scope");
        assertTrue(table(tables, "Täckning per storleksklass (Ingen folkmängd är inläst för 2026 eller tidigare år)")
                .rows().isEmpty());
    }

    @Test
    void hiddenCountsAreWrittenFewerThanFiveWhereverTheyStand() {
        List<Table> tables = ReachTables.of(report(false, Set.of()), OPTIONS);

        Table summary = table(tables, "Sammanfattning");
        assertEquals(List.of("Personer", "32"), row(summary, "Personer"));
        assertEquals(List.of("Anmälda till kurser", "färre än 5"), row(summary, "Anmälda till kurser"));
        assertEquals(List.of("Närvarande på kurser", "färre än 5"), row(summary, "Närvarande på kurser"));
        assertEquals(List.of("Exakta siffror", "Nej, antalen personer är justerade med högst 4 upp eller ner och "
                        + "antal under 5 visas som ”färre än 5” (se ”Så skyddar vi små tal” på sidan "
                        + "Uppföljning)"),
                row(summary, "Exakta siffror"));
        assertEquals(List.of("Kurator", "färre än 5", "färre än 5"), row(table(tables, "Per yrke"), "Kurator"));
        assertEquals(List.of("Utbildning om heder", "Utbildningsdag", "2026-11-23", "Norrbottens län", "färre än 5",
                "färre än 5", "2"), row(table(tables, "Per aktivitet"), "Utbildning om heder"));
        assertEquals(List.of("Norrbottens län", "2026", "socialsekreterarna i länet", "16", "8", "50 %"),
                row(table(tables, "Jämförelsetal"), "Norrbottens län"));
    }

    @Test
    void anEditorsTablesHaveTheExactCounts() {
        List<Table> tables = ReachTables.of(report(true, Set.of()), OPTIONS);

        assertEquals(List.of("Anmälda till kurser", "3"), row(table(tables, "Sammanfattning"), "Anmälda till kurser"));
        assertEquals(List.of("Kurator", "1", "1"), row(table(tables, "Per yrke"), "Kurator"));
        assertEquals(List.of("Exakta siffror", "Ja"), row(table(tables, "Sammanfattning"), "Exakta siffror"));
    }

    @Test
    void theSummarySaysWhatTheReportCovers() {
        Table summary = ReachTables.of(report(false, Set.of("kurator", "socialsekreterare")), OPTIONS).getFirst();

        assertEquals(List.of("Uppgift", "Värde"), summary.header());
        assertEquals(List.of("Län", "Norrbottens län"), summary.rows().get(0));
        assertEquals(List.of("Period", "2026"), summary.rows().get(1));
        assertEquals(List.of("Yrken", "Kurator, Socialsekreterare"), summary.rows().get(2));
        assertEquals(List.of("Sammanfattning", "32 personer från 2 kommuner, 0 regioner och 0 organisationer deltog i "
                + "3 aktiviteter 2026."), summary.rows().get(3));
        assertEquals(List.of("Andel av urvalets kommuner", "14 % (2 av 14)"), row(summary, "Andel av urvalets kommuner"));
        assertTrue(summary.rows().stream().noneMatch(r -> r.getFirst().equals("Teman")), "no theme was chosen");
    }

    @Test
    void oneTableForEachBreakdownInTheOrderOfThePage() {
        List<Table> tables = ReachTables.of(report(false, Set.of()), OPTIONS);

        assertEquals(List.of("Sammanfattning", "Per aktivitet", "Per yrke", "Per sektor", "Per organisationstyp",
                "Per kommun", "Per kommungrupp (SKR)", "Per kommunstorlek", "Per månad", "Per tema",
                "Per aktivitetstyp", "Per kursserie", "Per län", "Jämförelsetal",
                "Täckning per kommungrupp (SKR:s kommungruppsindelning 2025, den senaste som finns för 2026)",
                "Täckning per storleksklass (Ingen folkmängd är inläst för 2026 eller tidigare år)"), tables.stream().map(Table::title).toList());
        assertEquals(List.of("Yrke", "Personer", "Deltagartillfällen"), table(tables, "Per yrke").header());
        assertEquals(List.of("Organisationstyp", "Personer", "Deltagartillfällen", "Organisationer"),
                table(tables, "Per organisationstyp").header());
        assertEquals(List.of("Kommun", "12", "12", "1"), row(table(tables, "Per organisationstyp"), "Kommun"));
        assertEquals(List.of("Tema", "Personer", "Deltagartillfällen", "Kommuner"), table(tables, "Per tema").header());
        assertEquals(List.of("Aktivitet", "Typ", "Datum", "Län", "Anmälda", "Deltagare", "Kommuner"),
                table(tables, "Per aktivitet").header());
        assertEquals(List.of("Kommunbesök i Luleå", "Kommunbesök", "2026-11-23", "Norrbottens län", "", "10", "1"),
                row(table(tables, "Per aktivitet"), "Kommunbesök i Luleå"), "only courses have registrations");
        assertEquals(List.of("Uppgift saknas", "20", "20"), row(table(tables, "Per sektor"), "Uppgift saknas"));
        assertTrue(table(tables, "Per månad").rows().isEmpty(), "an empty breakdown is still a table");
    }

    @Test
    void theCsvFileHoldsEveryTableUnderItsTitle() {
        String csv = new String(TableExport.csv(ReachTables.of(report(false, Set.of()), OPTIONS)),
                StandardCharsets.UTF_8);

        assertTrue(csv.contains("\r\nPer yrke\r\nYrke;Personer;Deltagartillfällen\r\nSocialsekreterare;8;8\r\n"
                + "Kurator;färre än 5;färre än 5\r\n"), csv);
        assertTrue(csv.contains("Personer;32\r\n"), csv);
    }

    private static ReachReport report(boolean exact, Set<String> professions) {
        ReachQuery query = new ReachQuery(Set.of("25"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                Set.of(), Set.of(), professions, Set.of());
        Map<Dimension, List<ReachReport.Row>> breakdowns = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            breakdowns.put(dimension, List.of());
        }
        breakdowns.put(Dimension.PROFESSION, List.of(
                row("socialsekreterare", "Socialsekreterare", 8, exact, 0, 0),
                row("kurator", "Kurator", 1, exact, 0, 0)));
        breakdowns.put(Dimension.ORGANISATION_TYPE, List.of(row("MUNICIPALITY", "Kommun", 12, exact, 0, 1)));
        breakdowns.put(Dimension.SECTOR, List.of(row(null, "Uppgift saknas", 20, exact, 0, 0)));
        breakdowns.put(Dimension.THEME, List.of(row("hedersrelaterat-vald", "Hedersrelaterat våld och förtryck", 2,
                exact, 2, 0)));
        List<ReachReport.ActivityRow> activities = List.of(
                new ReachReport.ActivityRow("COURSE:1", "Utbildning om heder", "Utbildningsdag",
                        LocalDate.of(2026, 11, 23), "Norrbottens län", figure(3, exact), figure(2, exact), 2),
                new ReachReport.ActivityRow("MUNICIPAL_VISIT:1", "Kommunbesök i Luleå", "Kommunbesök",
                        LocalDate.of(2026, 11, 23), "Norrbottens län", null, figure(10, exact), 1));
        List<ReachReport.Share> shares = List.of(new ReachReport.Share(7, "Norrbottens län", 2026,
                "socialsekreterarna i länet", 16, figure(8, exact), 50));
        return new ReachReport(query, exact, "Norrbottens län", "2026", "32 personer från 2 kommuner, 0 regioner och "
                + "0 organisationer deltog i 3 aktiviteter 2026.", figure(32, exact), figure(32, exact), 3, 2, 14,
                2, 14, 0, 3, 0, figure(3, exact), figure(2, exact), figure(0, exact), figure(0, exact),
                breakdowns, activities, shares, Coverage.of(2026, GROUPS_2025, code -> code.startsWith("25"),
                Set.of("2580", "0180")));
    }

    private static ReachReport.Row row(String key, String label, long persons, boolean exact, long municipalities,
                                       long organisations) {
        return new ReachReport.Row(key, label, figure(persons, exact), figure(persons, exact), municipalities,
                organisations);
    }

    /** A figure as a viewer sees it; the noise of published figures is not what these tables are about. */
    private static Figure figure(long count, boolean exact) {
        return !exact && count > 0 && count < Figure.SMALLEST_SHOWN ? new Figure(0, true) : Figure.exact(count);
    }

    private static Table table(List<Table> tables, String title) {
        return tables.stream().filter(t -> t.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + title));
    }

    private static List<String> row(Table table, String first) {
        return table.rows().stream().filter(r -> r.getFirst().equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first + " in " + table.title() + ": " + table.rows()));
    }
}
