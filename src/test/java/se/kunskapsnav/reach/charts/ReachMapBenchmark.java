package se.kunskapsnav.reach.charts;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the municipality map costs: the first drawing (reading, projecting and simplifying the GeoJSON, once per
 * JVM), later drawings (median of {@link #RUNS}), and the SVG's size as sent (plain and gzip, as the server
 * compresses pages) with its number of points. No time is asserted. Run: {@code ./mvnw -Pbenchmark verify
 * -Dit.test=ReachMapBenchmark -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false}; the table goes to the console
 * and target/benchmark/reach-map.md.
 */
class ReachMapBenchmark {

    private static final int RUNS = 21;

    @Test
    void timesAndWeighsTheMunicipalityMap() throws IOException {
        Map<String, MapValue> values = new LinkedHashMap<>();
        for (String code : ReachMap.municipalityCodes()) {
            long figure = Long.parseLong(code) % 200;
            values.put(code, new MapValue(figure, Long.toString(figure)));
        }
        ChartCaption caption = new ChartCaption("karta", "Personer per kommun", "Mätning.");
        long start = System.nanoTime();
        String svg = ReachMap.municipalities(caption, values);
        long first = System.nanoTime() - start;
        long[] later = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            start = System.nanoTime();
            assertEquals(svg, ReachMap.municipalities(caption, values), "the same drawing every time");
            later[run] = System.nanoTime() - start;
        }
        Arrays.sort(later);
        byte[] plain = svg.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
            gzip.write(plain);
        }
        long points = svg.chars().filter(c -> c == 'M' || c == 'L').count();
        String table = String.format(Locale.ROOT, """
                | First drawing | Later drawings (median) | SVG | SVG gzip | Points |
                |---|---|---|---|---|
                | %.0f ms | %.1f ms | %.0f kB | %.0f kB | %d |
                """, first / 1e6, later[RUNS / 2] / 1e6, plain.length / 1e3, packed.size() / 1e3, points);
        System.out.println(table);
        Path report = Path.of("target", "benchmark", "reach-map.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, table);
    }
}
