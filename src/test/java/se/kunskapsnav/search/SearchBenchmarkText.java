package se.kunskapsnav.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Swedish text for the search benchmark, the kind development leaders and municipalities write: titles and
 * paragraphs built from the portal's vocabularies (themes, target groups, professions, course kinds), the
 * counties and municipalities, sentences of the web course's lessons and of the search fixtures, and
 * sentence templates of our own. Everything comes from one seeded {@link Random}, so two runs index the
 * same text and their figures can be compared.
 */
final class SearchBenchmarkText {

    /** A vocabulary term: the code rows carry, the name as the vocabulary spells it, the words for running text. */
    record Term(String code, String name, String inText) {
    }

    record County(String code, String name, String shortName, int weight) {
    }

    record Municipality(String code, String name, String countyCode) {
    }

    /**
     * Counties get work in rough proportion to their population: Stockholm, Västra Götaland and Skåne have
     * most courses and materials. The rest share a small equal weight.
     */
    private static final Map<String, Integer> COUNTY_WEIGHTS = Map.of("01", 20, "14", 16, "12", 13);
    private static final int OTHER_COUNTY_WEIGHT = 3;

    /** How themes read inside a sentence ("kunskap om …"); a theme not listed reads as its name in lower case. */
    private static final Map<String, String> THEME_IN_TEXT = Map.ofEntries(
            Map.entry("aldre", "våld mot äldre"),
            Map.entry("funktionsnedsattning", "våld mot personer med funktionsnedsättning"),
            Map.entry("missbruk-beroende", "våld i samband med missbruk och beroende"),
            Map.entry("intersektionellt-perspektiv", "våld ur ett intersektionellt perspektiv"),
            Map.entry("vald-och-djur", "sambandet mellan våld mot människor och våld mot djur"),
            Map.entry("forebyggande-arbete", "våldsförebyggande arbete"),
            Map.entry("samverkan-samordning", "samverkan kring våldsutsatta"),
            Map.entry("kvalitetsarbete-uppfoljning", "systematiskt kvalitetsarbete i våldsärenden"),
            Map.entry("sosfs-2014-4", "Socialstyrelsens föreskrifter SOSFS 2014:4"),
            Map.entry("hbtqi", "våld i hbtqi-personers nära relationer"),
            Map.entry("konsstympning", "könsstympning av flickor och kvinnor"));

    /** Professions as the people they name, in the plural ("för socialsekreterare", "för sjuksköterskor"). */
    private static final Map<String, String> PROFESSION_IN_TEXT = Map.ofEntries(
            Map.entry("handlaggare-vuxna", "handläggare inom vuxenområdet"),
            Map.entry("handlaggare-barn", "handläggare för barn och unga"),
            Map.entry("kvinnofridssamordnare", "kvinnofridssamordnare"),
            Map.entry("enhetschef", "enhetschefer"),
            Map.entry("socialchef", "socialchefer"),
            Map.entry("politiker", "förtroendevalda"),
            Map.entry("aldreomsorg", "personal inom äldreomsorgen"),
            Map.entry("faltassistent", "fältassistenter"),
            Map.entry("elevhalsa", "elevhälsans personal"),
            Map.entry("lss", "personal inom LSS"),
            Map.entry("kurator", "kuratorer"),
            Map.entry("sjukskoterska", "sjuksköterskor"),
            Map.entry("barnmorska", "barnmorskor"),
            Map.entry("psykolog", "psykologer"),
            Map.entry("tandhygienist", "tandhygienister"),
            Map.entry("arbetsterapeut", "arbetsterapeuter"),
            Map.entry("fysioterapeut", "fysioterapeuter"),
            Map.entry("styrelseledamot", "styrelseledamöter i ideella föreningar"),
            Map.entry("volontar", "volontärer"),
            Map.entry("barnansvarig", "barnansvariga på kvinnojourer"),
            Map.entry("polis", "poliser"),
            Map.entry("kriminalvarden", "personal inom Kriminalvården"),
            Map.entry("forsakringskassan", "handläggare på Försäkringskassan"),
            Map.entry("arbetsformedlingen", "handläggare på Arbetsförmedlingen"));
    /** "Annan" (other) names no group of people to write for, and no kind of course to put in a title. */
    private static final String OTHER = "annan";

    /** Target groups that read well as the people a text is about ("möter …"). */
    private static final Set<String> TARGET_GROUPS_IN_TEXT = Set.of("valdsutsatta-kvinnor", "valdsutsatta-flickor",
            "valdsutsatta-man-pojkar", "barn-som-bevittnat-vald", "barn-utsatta-av-narstaende", "valdsutovare",
            "sarskilt-utsatta-grupper");

    /**
     * Sentences of our own, with slots: {tema} a theme, {yrke} a profession in the plural, {malgrupp} a target
     * group, {kommun} a municipality, {lan} a county, {lansstyrelse} its county administrative board, {ar} a year.
     */
    private static final List<String> TEMPLATES = List.of(
            "Utbildningen ger {yrke} i {kommun} kunskap om {tema} och om hur frågan kan tas upp i det dagliga arbetet.",
            "Vi går igenom vad lagen säger, vilket ansvar socialtjänsten har och hur {yrke} kan samverka med hälso- och sjukvården.",
            "Under eftermiddagen arbetar deltagarna i grupper med fallbeskrivningar som rör {malgrupp}.",
            "{lansstyrelse} samordnar arbetet tillsammans med länets kommuner och region.",
            "Materialet riktar sig till {yrke} som i sitt arbete möter {malgrupp}.",
            "Checklistan är ett stöd när en medarbetare misstänker våld men är osäker på hur frågan ska ställas.",
            "Många som utsätts berättar inte självmant, och därför behöver {yrke} fråga rutinmässigt om våld.",
            "Träffen inleds med en genomgång av aktuell forskning om {tema}.",
            "Deltagarna delar erfarenheter från sina verksamheter och diskuterar hur rutinerna i {kommun} kan utvecklas.",
            "Kommunen har tagit fram en handlingsplan som beskriver hur arbetet med {tema} ska bedrivas de kommande tre åren.",
            "Efter utbildningen ska deltagarna kunna göra en första bedömning av risken och veta vart de kan hänvisa den som behöver skydd.",
            "Barnets perspektiv ska alltid finnas med, även när det är en vuxen som söker stöd hos {yrke}.",
            "Föreläsaren har lång erfarenhet av arbete med {malgrupp} inom socialtjänsten i {kommun}.",
            "Rapporten bygger på intervjuer med {yrke} i flera av kommunerna i {lan}.",
            "Kartläggningen visar att det saknas gemensamma rutiner för {tema} i många av länets kommuner.",
            "I dokumentet finns kontaktuppgifter till kvinnojourer, tjejjourer och andra ideella organisationer i {lan}.",
            "Samverkan mellan socialtjänst, polis och hälso- och sjukvård är avgörande för att {malgrupp} ska få ett samlat stöd.",
            "Nätverket träffas fyra gånger per år, varav två gånger digitalt, och värdkommunen växlar mellan träffarna.",
            "Vid nästa träff berättar {kommun} om sitt arbete med {tema}.",
            "Anmälan görs senast två veckor före kursstart, och deltagandet är kostnadsfritt för anställda i länets kommuner.",
            "Kursen är en fortsättning för dig som redan har gått grundutbildningen om {tema}.",
            "Syftet är att stärka kunskapen om {tema} hos {yrke} och att skapa ett gemensamt språk i {lan}.",
            "Metodstödet beskriver steg för steg hur en skyddsbedömning görs och dokumenteras.",
            "Materialet finns även på lättläst svenska och har översatts till arabiska, somaliska och tigrinja.",
            "Filmen visar hur ett samtal om våld kan gå till när {yrke} möter en person som är orolig för sin säkerhet.",
            "Erfarenheterna från {kommun} visar att en utsedd samordnare gör det lättare att hålla ihop arbetet.",
            "Socialstyrelsens föreskrifter och allmänna råd om våld i nära relationer ligger till grund för innehållet.",
            "Dagen avslutas med ett samtal om hur kunskapen kan föras vidare till kollegor på den egna arbetsplatsen.",
            "Våld som pågår under lång tid påverkar både den fysiska och den psykiska hälsan hos {malgrupp}.",
            "Den som är utsatt för våld kan behöva stöd i kontakten med andra myndigheter, till exempel Försäkringskassan och Kronofogden.",
            "Stödverksamheten i {kommun} erbjuder både enskilda samtal och stödgrupper för {malgrupp}.",
            "Under {ar} har {yrke} i länet fått handledning i att använda bedömningsmetoderna i FREDA.",
            "Minnesanteckningarna skickas till nätverkets medlemmar senast en vecka efter träffen.",
            "Frågan om {tema} behöver finnas med i kommunens och regionens styrdokument och i uppföljningen av dem.",
            "En viktig slutsats är att {yrke} behöver tid och utrymme för att kunna fråga om våld.",
            "Länsstyrelsens utvecklingsledare berättar om kompetensstödet och om de utbildningar som planeras i {lan} under {ar}.",
            "Exemplen i materialet kommer från verksamheter i {kommun} och har avidentifierats.",
            "Kunskapen om {tema} har ökat, men det finns fortfarande stora skillnader mellan kommunerna i {lan}.",
            "Skolan och förskolan är viktiga för att upptäcka barn som lever med våld i familjen.",
            "Våldsutövaren kan erbjudas behandling, men skyddet för den utsatta och barnen går alltid först.");

    private static final List<String> COURSE_STEPS = List.of("grundkurs", "fördjupning", "introduktion", "temadag",
            "fortsättningskurs", "uppföljning");
    private static final List<String> AGENDA_ITEMS = List.of("Välkomna och presentationsrunda",
            "Aktuellt från länsstyrelsen", "Rapporter från kommunerna", "Planering av kommande träffar",
            "Övriga frågor", "Genomgång av förra träffens minnesanteckningar", "Fika och samtal i mindre grupper");
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-ZÅÄÖ])");
    private static final Pattern MARKUP = Pattern.compile("[\\[\\]()|*_#>`\"]");
    private static final Locale SWEDISH = Locale.of("sv", "SE");

    private final Random random;
    private final List<Term> themes;
    private final List<Term> targetGroups;
    private final List<Term> textTargetGroups;
    private final List<Term> audiences;
    private final List<Term> courseKinds;
    private final List<Term> languages;
    private final List<County> counties;
    private final int countyWeights;
    private final Map<String, List<Municipality>> municipalities = new LinkedHashMap<>();
    private final List<String> sentences;

    /** Reads the vocabularies from {@code content/} and the sentences from the lessons and the search fixtures. */
    SearchBenchmarkText(Path projectRoot, Random random) {
        this.random = random;
        Path content = projectRoot.resolve("content");
        themes = terms(content.resolve("taxonomy/themes.csv"), THEME_IN_TEXT);
        targetGroups = terms(content.resolve("taxonomy/target-groups.csv"), Map.of());
        textTargetGroups = targetGroups.stream().filter(term -> TARGET_GROUPS_IN_TEXT.contains(term.code())).toList();
        audiences = terms(content.resolve("taxonomy/professions.csv"), PROFESSION_IN_TEXT).stream()
                .filter(term -> !term.code().equals(OTHER)).toList();
        courseKinds = terms(content.resolve("taxonomy/course-kinds.csv"), Map.of()).stream()
                .filter(term -> !term.code().equals(OTHER)).toList();
        languages = terms(content.resolve("taxonomy/languages.csv"), Map.of());
        counties = csv(content.resolve("reference/counties.csv")).stream()
                .map(row -> new County(row[0], row[2], row[3],
                        COUNTY_WEIGHTS.getOrDefault(row[0], OTHER_COUNTY_WEIGHT)))
                .toList();
        countyWeights = counties.stream().mapToInt(County::weight).sum();
        csv(content.resolve("reference/municipalities.csv")).forEach(row -> municipalities
                .computeIfAbsent(row[2], county -> new ArrayList<>()).add(new Municipality(row[0], row[1], row[2])));
        List<Path> sources = new ArrayList<>();
        sources.addAll(files(content.resolve("webbkurs"), "\\d\\d-.*\\.md"));
        sources.addAll(files(projectRoot.resolve("src/test/resources/search/corpus"), ".*\\.md"));
        sentences = sources.stream().flatMap(SearchBenchmarkText::sentences).distinct().toList();
        if (sentences.size() < 200) {
            throw new IllegalStateException("Too few sentences to build text from: " + sentences.size());
        }
    }

    // ---- vocabularies

    List<Term> themes() {
        return themes;
    }

    List<Term> courseKinds() {
        return courseKinds;
    }

    /** A county, the larger ones more often. */
    County county() {
        int pick = random.nextInt(countyWeights);
        for (County county : counties) {
            pick -= county.weight();
            if (pick < 0) {
                return county;
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    Municipality municipality(County county) {
        return oneOf(municipalities.get(county.code()));
    }

    /** Between {@code min} and {@code max} distinct terms. */
    List<Term> some(List<Term> terms, int min, int max) {
        int count = min + random.nextInt(max - min + 1);
        Set<Term> picked = new LinkedHashSet<>();
        while (picked.size() < Math.min(count, terms.size())) {
            picked.add(oneOf(terms));
        }
        return List.copyOf(picked);
    }

    List<Term> targetGroups(int min, int max) {
        return some(targetGroups, min, max);
    }

    List<Term> audience(int min, int max) {
        return some(audiences, min, max);
    }

    /** Mostly Swedish only; some materials also in easy Swedish or another language. */
    List<Term> languages() {
        List<Term> picked = new ArrayList<>(List.of(languages.getFirst()));
        if (random.nextInt(5) == 0) {
            Term other = oneOf(languages);
            if (!picked.contains(other)) {
                picked.add(other);
            }
        }
        return picked;
    }

    <T> T oneOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** A day between {@code from} and {@code to}, both included. */
    LocalDate day(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
    }

    /** What a course says, drawn in one order for every benchmark that writes courses. */
    record CourseText(County county, Municipality place, LocalDate day, Term kind, List<Term> themes,
                      List<Term> audience, String title, String summary, String description) {
    }

    /** A course held in a county's municipality on a day between {@code from} and {@code to}. */
    CourseText course(LocalDate from, LocalDate to) {
        County county = county();
        Municipality place = municipality(county);
        LocalDate day = day(from, to);
        Term kind = oneOf(courseKinds());
        List<Term> themes = some(themes(), 1, 3);
        List<Term> audience = audience(1, 4);
        Subject subject = subject(themes.getFirst(), audience.getFirst(), place, county, day.getYear());
        String title = courseTitle(kind, themes.getFirst(), audience.getFirst(), place, county, day.getYear());
        return new CourseText(county, place, day, kind, themes, audience, title, summary(subject, 500),
                paragraphs(subject, 80, 200));
    }

    // ---- titles

    /** E.g. "Hedersrelaterat våld och förtryck – fördjupning för socialsekreterare i Kiruna". */
    String courseTitle(Term kind, Term theme, Term audience, Municipality place, County county, int year) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> upperFirst(theme.inText()) + " – " + oneOf(COURSE_STEPS) + " för " + audience.inText() + " i " + place.name();
            case 2 -> kind.name() + " om " + theme.inText() + " för " + audience.inText();
            case 3 -> "Att fråga om våld – " + kind.name().toLowerCase(SWEDISH) + " för " + audience.inText() + " i "
                    + county.shortName();
            case 4 -> "Metodutbildning i FREDA för " + audience.inText() + " i " + place.name();
            default -> kind.name() + " i " + county.shortName() + " " + year + ": " + theme.inText();
        };
    }

    String materialTitle(String type, Term theme, Term audience, Municipality place, County county, int year) {
        return switch (type) {
            case "PUBLICATION" -> chance(50)
                    ? upperFirst(theme.inText()) + " – en kartläggning i " + county.name() + " " + year
                    : "Rapport om " + theme.inText() + " i kommunerna i " + county.shortName();
            case "METHOD_SUPPORT" -> "Metodstöd: " + theme.inText() + " för " + audience.inText();
            case "CHECKLIST" -> "Checklista för " + audience.inText() + ": " + theme.inText();
            case "ROUTINE_TEMPLATE" -> "Rutin för " + theme.inText() + " i " + place.name();
            case "FILM" -> "Film: " + theme.inText() + " – " + audience.inText() + " berättar";
            case "WEB_PAGE" -> "Stöd och kontaktvägar vid " + theme.inText() + " i " + county.shortName();
            case "GOOD_EXAMPLE" -> "Lärande exempel: " + theme.inText() + " i " + place.name();
            case "PRESENTATION" -> "Presentation: " + theme.inText() + " för " + audience.inText();
            default -> "Informationsblad om " + theme.inText() + " – " + county.shortName();
        };
    }

    String networkName(Term theme, Term audience, County county) {
        return switch (random.nextInt(4)) {
            case 0 -> "Nätverket för " + audience.inText() + " i " + county.shortName();
            case 1 -> "Regionalt nätverk om " + theme.inText() + " – " + county.shortName();
            case 2 -> "Länsnätverket om " + theme.inText() + ", " + county.name();
            default -> "Samordnarnätverket för kvinnofrid i " + county.shortName();
        };
    }

    String meetingTitle(LocalDate day, Term theme, Municipality place) {
        String month = day.getMonth().getDisplayName(TextStyle.FULL, SWEDISH);
        return switch (random.nextInt(3)) {
            case 0 -> "Nätverksträff " + month + " " + day.getYear();
            case 1 -> "Träff om " + theme.inText() + ", " + month + " " + day.getYear();
            default -> (day.getMonthValue() <= 6 ? "Vårträff" : "Höstträff") + " i " + place.name() + " "
                    + day.getYear();
        };
    }

    // ---- running text

    /** The things a text is about: its slots are filled from these, with other values now and then. */
    record Subject(Term theme, Term audience, Term targetGroup, Municipality place, County county, int year) {
    }

    Subject subject(Term theme, Term audience, Municipality place, County county, int year) {
        return new Subject(theme, audience, oneOf(textTargetGroups), place, county, year);
    }

    /** Paragraphs of about {@code min} to {@code max} words, half of the sentences from the lessons and fixtures. */
    String paragraphs(Subject subject, int min, int max) {
        int target = between(min, max);
        StringBuilder text = new StringBuilder();
        int words = 0;
        int inParagraph = 0;
        while (words < target) {
            String sentence = chance(50) ? oneOf(sentences) : fill(oneOf(TEMPLATES), subject);
            if (inParagraph > 0 && inParagraph >= between(3, 6)) {
                text.append("\n\n");
                inParagraph = 0;
            } else if (inParagraph > 0) {
                text.append(' ');
            }
            text.append(sentence);
            inParagraph++;
            words += words(sentence);
        }
        return text.toString();
    }

    /** One or two sentences of our own, at most {@code maxChars} long. */
    String summary(Subject subject, int maxChars) {
        String first = fill(oneOf(TEMPLATES), subject);
        String both = first + " " + fill(oneOf(TEMPLATES), subject);
        return both.length() <= maxChars ? both : first.substring(0, Math.min(first.length(), maxChars));
    }

    /** A meeting's agenda in Markdown: a numbered list with one item about the subject. */
    String agenda(Subject subject) {
        List<String> items = new ArrayList<>(List.of(AGENDA_ITEMS.getFirst(), AGENDA_ITEMS.get(1)));
        items.add("Tema: " + subject.theme().inText() + ", med inledning av " + subject.place().name());
        for (int i = 0; i < between(1, 3); i++) {
            String item = oneOf(AGENDA_ITEMS.subList(2, AGENDA_ITEMS.size()));
            if (!items.contains(item)) {
                items.add(item);
            }
        }
        StringBuilder agenda = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            agenda.append(i + 1).append(". ").append(items.get(i)).append('\n');
        }
        return agenda.append('\n').append(paragraphs(subject, 30, 60)).toString();
    }

    static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    private String fill(String template, Subject subject) {
        Matcher slot = SLOT.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (slot.find()) {
            // now and then another value, so a text is not about exactly one thing
            boolean other = chance(20);
            String value = switch (slot.group(1)) {
                case "tema" -> (other ? oneOf(themes) : subject.theme()).inText();
                case "yrke" -> (other ? oneOf(audiences) : subject.audience()).inText();
                case "malgrupp" -> (other ? oneOf(textTargetGroups) : subject.targetGroup()).inText();
                case "kommun" -> (other ? municipality(subject.county()) : subject.place()).name();
                case "lan" -> subject.county().name();
                case "lansstyrelse" -> "Länsstyrelsen i " + subject.county().name();
                case "ar" -> String.valueOf(subject.year());
                default -> throw new IllegalArgumentException("unknown slot " + slot.group());
            };
            slot.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        slot.appendTail(filled);
        return filled.toString();
    }

    // ---- reading the sources

    private static List<Term> terms(Path file, Map<String, String> inText) {
        return csv(file).stream().map(row -> new Term(row[0], row[1],
                inText.getOrDefault(row[0], lowerFirst(row[1].split("/")[0])))).toList();
    }

    /** "Hedersrelaterat våld" reads "hedersrelaterat våld" in a sentence; "SOSFS 2014:4" stays as it is. */
    private static String lowerFirst(String name) {
        return name.length() > 1 && Character.isUpperCase(name.charAt(1)) ? name
                : name.substring(0, 1).toLowerCase(SWEDISH) + name.substring(1);
    }

    private static String upperFirst(String text) {
        return text.substring(0, 1).toUpperCase(SWEDISH) + text.substring(1);
    }

    /** The rows of a CSV file without its header; the vocabularies have no quoted fields. */
    private static List<String[]> csv(Path file) {
        try {
            return Files.readAllLines(file).stream().skip(1).filter(line -> !line.isBlank())
                    .map(line -> line.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path directory, String namePattern) {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(path -> path.getFileName().toString().matches(namePattern))
                    .sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The prose sentences of a Markdown file: front matter, headings, lists, tables and quotes are left out,
     * and so is anything with markup or too short or long to read as a sentence on its own.
     */
    private static Stream<String> sentences(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.startsWith("---")) {
            int end = text.indexOf("\n---", 3);
            text = end < 0 ? text : text.substring(end + 4);
        }
        List<String> found = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            String joined = paragraph.strip().replaceAll("\\s+", " ");
            if (joined.isEmpty() || "#-*>|0123456789".indexOf(joined.charAt(0)) >= 0) {
                continue;
            }
            for (String sentence : SENTENCE_END.split(joined)) {
                int words = words(sentence);
                if (words >= 5 && words <= 40 && !MARKUP.matcher(sentence).find() && sentence.matches(".*[.!?]$")) {
                    found.add(sentence);
                }
            }
        }
        return found.stream();
    }
}
