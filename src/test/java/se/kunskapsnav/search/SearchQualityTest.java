package se.kunskapsnav.search;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How well search finds what people look for: the judged queries in
 * {@code src/test/resources/search/judged-queries.txt} are run over the demo content and fixtures with the
 * portal's Swedish chain (both stemmers) and with Lucene's stock {@code SwedishAnalyzer} and
 * {@code StandardAnalyzer}, through the same engine; recall@10 and nDCG@10 are averaged over the queries.
 * The portal's chain must beat both stock analyzers on both. Run alone with
 * {@code ./mvnw test -Dtest=SearchQualityTest}; the table is printed and written to
 * {@code target/search-quality.md} (copied into docs/search.md).
 */
class SearchQualityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final int CUTOFF = 10;

    private static List<SearchDocument> documents;
    private static List<QualityCorpus.Judged> judged;

    /** Averages over all queries and per kind of query, in the order the kinds first appear. */
    record Measured(String chain, Score all, Map<String, Score> byKind, List<String> worst) {
        double recall() {
            return all.recall();
        }

        double ndcg() {
            return all.ndcg();
        }
    }

    record Score(double recall, double ndcg) {
    }

    @BeforeAll
    static void read() {
        documents = QualityCorpus.documents();
        judged = QualityCorpus.judgements();
    }

    @Test
    void theJudgementsNameOnlyDocumentsThatExist() {
        Set<String> keys = documents.stream().map(SearchDocument::key).collect(Collectors.toSet());
        assertTrue(judged.size() >= 40, "at least 40 judged queries, found " + judged.size());
        for (QualityCorpus.Judged query : judged) {
            for (String key : query.grades().keySet()) {
                assertTrue(keys.contains(key), query.query() + " names " + key + ", which is not in the corpus");
            }
        }
    }

    @Test
    void thePortalsChainBeatsTheStockAnalyzers(@TempDir Path directory) throws IOException {
        List<SearchAnalysis> chains = List.of(
                QualityCorpus.portalAnalysis(),
                SearchAnalysis.stock("lucene-swedish", new SwedishAnalyzer()),
                SearchAnalysis.stock("lucene-standard", new StandardAnalyzer()));
        List<Measured> measured = new ArrayList<>();
        for (SearchAnalysis chain : chains) {
            measured.add(measure(chain, directory.resolve(chain.name())));
        }
        String table = table(measured);
        System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "search-quality.md"), table);

        Measured portal = measured.getFirst();
        for (Measured stock : measured.subList(1, 3)) {
            assertTrue(portal.recall() > stock.recall(), "recall@10 above " + stock.chain() + "\n" + table);
            assertTrue(portal.ndcg() > stock.ndcg(), "nDCG@10 above " + stock.chain() + "\n" + table);
        }
    }

    private Measured measure(SearchAnalysis chain, Path directory) throws IOException {
        try (SearchIndex index = SearchIndex.createGeneration(directory, chain)) {
            for (SearchDocument document : documents) {
                index.put(document);
            }
            index.commit(0);
            assertEquals(documents.size(), index.documents());
            SearchEngine engine = new SearchEngine(chain, true);
            Map<String, List<Score>> byKind = new LinkedHashMap<>();
            StringBuilder details = new StringBuilder();
            List<Map.Entry<String, Double>> perQuery = new ArrayList<>();
            for (QualityCorpus.Judged query : judged) {
                SearchRequest request = new SearchRequest(query.query(), null, null, null, null, null,
                        SearchSort.RELEVANCE, 1, CUTOFF);
                SearchResults results = index.withSearcher(searcher -> engine.search(searcher, request,
                        SearchCaller.ANONYMOUS, (dimension, code) -> code, TODAY));
                List<String> found = results.hits().stream().map(SearchResults.Hit::key).toList();
                Score score = query.grades().isEmpty()
                        ? noAnswer(found, results.suggestion())
                        : new Score(recall(found, query.grades()), ndcg(found, query.grades()));
                byKind.computeIfAbsent(query.kind(), kind -> new ArrayList<>()).add(score);
                perQuery.add(Map.entry(query.query(), score.ndcg()));
                details.append("%s | %s | %.2f / %.2f | %s | %s%n".formatted(chain.name(), query.query(),
                        score.recall(), score.ndcg(), results.notices(), String.join(" ", found)));
            }
            Files.writeString(Path.of("target", "search-quality-" + chain.name() + ".txt"), details);
            List<String> worst = perQuery.stream().sorted(Map.Entry.comparingByValue()).limit(8)
                    .map(entry -> "%s (%.2f)".formatted(entry.getKey(), entry.getValue())).toList();
            Map<String, Score> averages = new LinkedHashMap<>();
            byKind.forEach((kind, scores) -> averages.put(kind, average(scores)));
            return new Measured(chain.name(), average(byKind.values().stream().flatMap(List::stream).toList()),
                    averages, worst);
        }
    }

    /** A query without an answer is answered well by no hits and no "Menade du …?", and badly otherwise. */
    static Score noAnswer(List<String> found, String suggestion) {
        double score = found.isEmpty() && suggestion == null ? 1 : 0;
        return new Score(score, score);
    }

    private static Score average(List<Score> scores) {
        return new Score(scores.stream().mapToDouble(Score::recall).average().orElse(0),
                scores.stream().mapToDouble(Score::ndcg).average().orElse(0));
    }

    static double recall(List<String> found, Map<String, Integer> grades) {
        long relevant = grades.values().stream().filter(grade -> grade > 0).count();
        long hit = found.stream().limit(CUTOFF).filter(key -> grades.getOrDefault(key, 0) > 0).count();
        return relevant == 0 ? 1 : (double) hit / relevant;
    }

    static double ndcg(List<String> found, Map<String, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(CUTOFF, found.size()); i++) {
            dcg += gain(grades.getOrDefault(found.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().sorted(Comparator.reverseOrder()).limit(CUTOFF).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 1 : dcg / idcg;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static String table(List<Measured> measured) {
        List<String> kinds = measured.getFirst().byKind().keySet().stream().toList();
        Map<String, Long> counts = judged.stream()
                .collect(Collectors.groupingBy(QualityCorpus.Judged::kind, LinkedHashMap::new, Collectors.counting()));
        StringBuilder table = new StringBuilder("recall@10 / nDCG@10, overall and per kind of query (number of "
                + "queries in brackets)\n\n| Analysis chain | all (%d) |".formatted(judged.size()));
        kinds.forEach(kind -> table.append(" %s (%d) |".formatted(kind, counts.get(kind))));
        table.append("\n|---|---|").append("---|".repeat(kinds.size())).append('\n');
        for (Measured m : measured) {
            table.append("| %s | %.3f / %.3f |".formatted(m.chain(), m.recall(), m.ndcg()));
            kinds.forEach(kind -> table.append(" %.2f / %.2f |".formatted(m.byKind().get(kind).recall(),
                    m.byKind().get(kind).ndcg())));
            table.append('\n');
        }
        table.append("\nWeakest queries (nDCG@10):\n\n");
        measured.forEach(m -> table.append("- %s: %s%n".formatted(m.chain(), String.join("; ", m.worst()))));
        return table.append("\n%d judged queries over %d documents.%n".formatted(judged.size(), documents.size()))
                .toString();
    }
}
