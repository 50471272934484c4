package se.kunskapsnav.search;

import se.kunskapsnav.geography.CountyRow;
import se.kunskapsnav.geography.MunicipalityRow;
import se.kunskapsnav.geography.ReferenceData;
import se.kunskapsnav.geography.ReferenceDataParser;
import se.kunskapsnav.materials.MaterialSeed;
import se.kunskapsnav.materials.MaterialSeedParser;
import se.kunskapsnav.materials.MaterialType;
import se.kunskapsnav.platform.ContentFile;
import se.kunskapsnav.platform.FrontMatter;
import se.kunskapsnav.platform.Markdown;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.webcourse.CourseContentParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The documents the judged queries are judged over: the portal's own content (the web course's lessons, the
 * national materials, counties and municipalities) plus the fixtures in {@code src/test/resources/search/corpus}
 * (courses, networks, meetings and materials as counties write them), shaped as {@link SearchDocuments} shapes
 * the database's rows. Also reads the judged queries.
 */
final class QualityCorpus {

    static final Path FIXTURES = Path.of("src", "test", "resources", "search", "corpus");
    static final Path JUDGEMENTS = Path.of("src", "test", "resources", "search", "judged-queries.txt");
    static final Path CONTENT = Path.of("content");

    /**
     * A query, its kind (compounds, inflections, questions, english, no-answer …) and the documents that should
     * be found, with grades (2 = what was looked for, 1 = relevant); none for a query that has no answer.
     */
    record Judged(String query, String kind, Map<String, Integer> grades) {
    }

    private static SearchAnalysis portal;

    private QualityCorpus() {
    }

    /** The portal's chain with the shipped dictionary and lists, read once for all tests of a run (some seconds). */
    static synchronized SearchAnalysis portalAnalysis() {
        if (portal == null) {
            SwedishDictionary dictionary = SwedishDictionary.read(bytes(SearchWords.DICTIONARY_AFFIXES),
                    bytes(SearchWords.DICTIONARY_WORDS));
            portal = SearchAnalysis.swedish(dictionary, read(CONTENT.resolve(SearchWords.WORD_FORMS)),
                    read(CONTENT.resolve(SearchWords.SYNONYMS)), read(CONTENT.resolve(SearchWords.QUESTION_WORDS)),
                    EnglishGlossary.parse(read(CONTENT.resolve(SearchWords.ENGLISH))),
                    read(CONTENT.resolve(SearchWords.TYPE_WORDS)));
        }
        return portal;
    }

    private static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(CONTENT.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<SearchDocument> documents() {
        Names names = Names.read();
        List<SearchDocument> documents = new ArrayList<>();
        documents.addAll(lessons());
        documents.addAll(materials(names));
        documents.addAll(geography());
        documents.addAll(fixtures(names));
        return documents;
    }

    /**
     * The vocabularies' and counties' names by code: {@link SearchDocuments} writes them as a document's keywords,
     * so the judged documents carry them too, as the portal would index them.
     */
    private record Names(Map<String, String> themes, Map<String, String> targetGroups,
                         Map<String, String> professions, Map<String, String> languages,
                         Map<String, String> counties) {

        static Names read() {
            Path taxonomy = CONTENT.resolve("taxonomy");
            return new Names(codes(taxonomy.resolve("themes.csv")), codes(taxonomy.resolve("target-groups.csv")),
                    codes(taxonomy.resolve("professions.csv")), codes(taxonomy.resolve("languages.csv")),
                    referenceData().counties().stream().collect(Collectors.toMap(CountyRow::code, CountyRow::name)));
        }

        /** The first two columns (code, name) of a vocabulary's CSV file, without its header. */
        private static Map<String, String> codes(Path file) {
            return QualityCorpus.read(file).lines().skip(1).filter(line -> !line.isBlank())
                    .map(line -> line.split(",", 3))
                    .collect(Collectors.toMap(columns -> columns[0].strip(), columns -> columns[1].strip()));
        }

        static String of(Map<String, String> names, List<String> codes) {
            return codes.stream().map(code -> names.getOrDefault(code, "")).filter(name -> !name.isEmpty())
                    .collect(Collectors.joining(", "));
        }
    }

    private static String lines(String... parts) {
        return Stream.of(parts).filter(part -> !part.isBlank()).collect(Collectors.joining("\n"));
    }

    static List<Judged> judgements() {
        List<Judged> judged = new ArrayList<>();
        String kind = "unsorted";
        for (String line : read(JUDGEMENTS).lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@kind ")) {
                kind = line.substring("@kind ".length()).strip();
                continue;
            }
            String[] parts = line.split("\\|", 2);
            Map<String, Integer> grades = Stream.of(parts[1].split(","))
                    .map(String::strip)
                    .filter(grade -> !grade.isEmpty())
                    .collect(Collectors.toMap(grade -> grade.substring(0, grade.lastIndexOf('=')).strip(),
                            grade -> Integer.parseInt(grade.substring(grade.lastIndexOf('=') + 1).strip())));
            judged.add(new Judged(parts[0].strip(), kind, grades));
        }
        return judged;
    }

    private static List<SearchDocument> lessons() {
        return SearchDocuments.lessons(CourseContentParser.parse(file(CONTENT.resolve("webbkurs"))));
    }

    private static List<SearchDocument> materials(Names names) {
        return MaterialSeedParser.parse(file(CONTENT.resolve("material"))).stream().map(seed -> {
            String text = seed.input().summary() + "\n" + seed.files().stream().map(MaterialSeed.SeedFile::text)
                    .map(Markdown::toPlainText).collect(Collectors.joining("\n"));
            String type = MaterialType.ofCode(seed.input().typeCode())
                    .map(known -> Messages.get("materials.type." + known.name())).orElse("");
            String keywords = lines(type, Names.of(names.themes(), seed.input().themes()),
                    Names.of(names.targetGroups(), seed.input().targetGroups()),
                    Names.of(names.professions(), seed.input().professions()),
                    Names.of(names.languages(), seed.input().languages()));
            return SearchDocument.open("material:" + seed.folder(), SearchType.MATERIAL, seed.input().title(), text,
                    keywords, "/material/" + seed.folder(), LocalDate.parse(seed.input().publishedOn()), List.of(),
                    seed.input().themes(), seed.input().professions());
        }).toList();
    }

    private static ReferenceData referenceData() {
        Path reference = CONTENT.resolve("reference");
        return ReferenceDataParser.parse(contentFile(reference, "counties.csv"),
                contentFile(reference, "regions.csv"), contentFile(reference, "municipalities.csv"));
    }

    private static List<SearchDocument> geography() {
        ReferenceData data = referenceData();
        Map<String, String> countyNames = data.counties().stream()
                .collect(Collectors.toMap(CountyRow::code, CountyRow::name));
        List<SearchDocument> documents = new ArrayList<>();
        for (CountyRow county : data.counties()) {
            documents.add(SearchDocument.open("county:" + county.code(), SearchType.COUNTY, county.name(), "",
                    county.shortName(), "/lan/" + county.code(), null, List.of(county.code()), List.of(), List.of()));
        }
        for (MunicipalityRow municipality : data.municipalities()) {
            documents.add(SearchDocument.open("municipality:" + municipality.code(), SearchType.MUNICIPALITY,
                    municipality.name(), "Kommun i " + countyNames.get(municipality.countyCode()), "",
                    "/kommuner/" + municipality.code(), null, List.of(municipality.countyCode()), List.of(),
                    List.of()));
        }
        return documents;
    }

    private static List<SearchDocument> fixtures(Names names) {
        List<SearchDocument> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(FIXTURES)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.md$", "");
                List<String> problems = new ArrayList<>();
                FrontMatter front = FrontMatter.parse(name, Files.readString(file), problems)
                        .orElseThrow(() -> new IllegalStateException(problems.toString()));
                documents.add(fixture("fixture:" + name, front, names));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    private static SearchDocument fixture(String key, FrontMatter front, Names names) {
        SearchType type = switch (front.required("type")) {
            case "course" -> SearchType.COURSE;
            case "network" -> SearchType.NETWORK;
            case "meeting" -> SearchType.MEETING;
            case "material" -> SearchType.MATERIAL;
            default -> throw new IllegalStateException(key + ": unknown type");
        };
        String[] parts = front.body().split("(?m)^===\\s*$", 2);
        String text = Markdown.toPlainText(parts[0]);
        String memberText = parts.length > 1 ? Markdown.toPlainText(parts[1]) : "";
        if (type == SearchType.MEETING && !front.optional("network").isEmpty()) {
            text = text + "\n" + front.optional("network");
        }
        String county = front.optional("county");
        List<String> counties = county.isEmpty() ? List.of() : List.of(county);
        String date = front.optional("date");
        String keywords = lines(Names.of(names.themes(), front.optionalList("themes")),
                Names.of(names.professions(), front.optionalList("professions")),
                Names.of(names.counties(), counties));
        return new SearchDocument(key, type, front.required("title"), text, keywords, "/" + key, date.isEmpty() ? null
                : LocalDate.parse(date), counties, front.optionalList("themes"), front.optionalList("professions"),
                Set.of(Access.PUBLIC), memberText, memberText.isEmpty() ? null : "/" + key + "/medlemmar",
                memberText.isEmpty() ? Set.of() : Set.of(Access.member(1)));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ContentFile contentFile(Path folder, String name) {
        return new ContentFile(name, read(folder.resolve(name)));
    }

    private static Function<String, Optional<String>> file(Path folder) {
        return relative -> {
            Path file = folder.resolve(relative);
            return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
        };
    }
}
