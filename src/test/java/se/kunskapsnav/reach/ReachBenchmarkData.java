package se.kunskapsnav.reach;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a national-scale participation dataset straight into the tables the participation views read, as the
 * services would have left them after ten years (2016–2025): accounts, organisations, courses with
 * registrations, networks with members and meeting attendance, municipal visits and count-only activities with
 * their counts, study groups and web-course enrolments. Multi-row INSERTs, so a million facts take about a
 * minute instead of the days the services would. Nothing goes to the change log: the benchmark rebuilds the
 * reach summary, which reads the views.
 *
 * <p>Skew, all from one seeded {@link Random}: people live in counties by population (Stockholm, Västra
 * Götaland and Skåne largest; Gotland and Jämtland smallest) and in a county's municipalities by Zipf's law
 * (the county's cities first); counties organise activities by population to the power 0.6 (small counties
 * still run a yearly programme); professions follow a fixed weight (social workers common, politicians rare);
 * a person is drawn for an activity with a weight falling with their place in the county's list, so some
 * people (coordinators) come to many activities and most to one or two.
 */
final class ReachBenchmarkData {

    static final int FIRST_YEAR = 2016;
    static final int LAST_YEAR = 2025;

    /** How much to write. */
    record Sizes(int accounts, int courses, int networks, int visits, int countedActivities, int studyGroups,
                 int individualEnrolments) {
    }

    /** What was written; the facts are what the participation views make of it. */
    record Dataset(int accounts, int organisations, int courses, int registrations, int cancelled, int networks,
                   int networkMembers, int meetings, int cancelledMeetings, int attendance, int visits,
                   int visitCounts, int countedActivities, int countedRows, int studyGroups, int groupMembers,
                   int recordedGroupMembers, int groupCounts, int enrolments, int completions) {

        /** Activities as reach counts them: courses, held meetings, visits, counted activities, study groups. */
        int activities() {
            return courses + meetings - cancelledMeetings + visits + countedActivities + studyGroups;
        }

        /** Participation facts: one per live registration, attendance mark, count row, enrolment and completion. */
        long facts() {
            return (long) registrations - cancelled + attendance + visitCounts + countedRows + recordedGroupMembers
                    + groupCounts + enrolments + completions;
        }
    }

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    /** Rows held before every table's rows go out, parents first. */
    private static final int CHUNK = 5_000;
    private static final int ROWS_PER_STATEMENT = 500;
    /** How strongly a few people recur: a person is drawn at position n·u^RECURRENCE of the county's list. */
    private static final double RECURRENCE = 2.0;
    private static final double ZIPF = 1.1;

    /** Population in thousands (SCB, 2023, rounded). */
    private static final Map<String, Integer> COUNTY_POPULATION = Map.ofEntries(
            Map.entry("01", 2454), Map.entry("03", 404), Map.entry("04", 301), Map.entry("05", 469),
            Map.entry("06", 369), Map.entry("07", 203), Map.entry("08", 246), Map.entry("09", 61),
            Map.entry("10", 157), Map.entry("12", 1414), Map.entry("13", 342), Map.entry("14", 1744),
            Map.entry("17", 283), Map.entry("18", 307), Map.entry("19", 280), Map.entry("20", 288),
            Map.entry("21", 287), Map.entry("22", 243), Map.entry("23", 132), Map.entry("24", 275),
            Map.entry("25", 249));

    /** How common each profession is among the people these activities reach. */
    private static final Map<String, Double> PROFESSIONS = weights(
            "socialsekreterare", 22, "handlaggare-barn", 7, "handlaggare-vuxna", 6, "behandlare", 5,
            "bistandsbedomare", 4, "enhetschef", 4, "relationsvaldshandlaggare", 3, "kvinnofridssamordnare", 3,
            "hemtjanstpersonal", 3, "aldreomsorg", 3, "forskollarare", 3, "skolpersonal", 4, "elevhalsa", 3,
            "lss", 2, "faltassistent", 1, "socialchef", 0.8, "politiker", 0.4,
            "kurator", 4, "sjukskoterska", 5, "lakare", 1.5, "psykolog", 2, "barnmorska", 2, "tandlakare", 0.6,
            "tandhygienist", 0.5, "arbetsterapeut", 0.6, "fysioterapeut", 0.4,
            "styrelseledamot", 0.6, "verksamhetsledare", 0.8, "behandlingspersonal", 1.5, "volontar", 1.5,
            "barnansvarig", 0.5, "polis", 2, "aklagare", 0.3, "kriminalvarden", 0.8, "forsakringskassan", 0.6,
            "arbetsformedlingen", 0.6, "annan", 2);

    private static final Map<String, Double> THEMES = weights(
            "vald-i-nara-relationer", 20, "mans-vald-mot-kvinnor", 15, "hedersrelaterat-vald", 10,
            "barn-som-upplever-vald", 10, "upptacka-och-fraga", 6, "sosfs-2014-4", 5, "valdsutovare", 4,
            "prostitution-manniskohandel", 3, "sex-mot-ersattning", 3, "samverkan-samordning", 3,
            "konsstympning", 2, "barnaktenskap-tvangsaktenskap", 2, "skyddat-boende", 2, "aldre", 2,
            "funktionsnedsattning", 2, "missbruk-beroende", 2, "forebyggande-arbete", 2, "hbtqi", 1,
            "barn-i-skyddat-boende", 1, "skyddade-personuppgifter", 1, "kvalitetsarbete-uppfoljning", 1,
            "intersektionellt-perspektiv", 1, "vald-och-djur", 0.5);

    private static final Map<String, Double> COURSE_KINDS = weights(
            "utbildningsdag", 50, "metodutbildning", 12, "kursledarutbildning", 4, "uppfoljningsdag", 8,
            "konferens", 10, "informationstillfalle", 8, "annan", 8);

    private static final Map<String, Double> COUNTED_KINDS = weights(
            "konferens", 40, "informationstillfalle", 35, "utbildningsdag", 15, "annan", 10);

    /** Who comes to a network of each kind ({@code null}: a cross-sector network). */
    private static final Map<String, Double> NETWORK_KINDS = weights(
            "kvinnofridssamordnare", 20, "socialsekreterare", 10, "relationsvaldshandlaggare", 8, "kurator", 6,
            "enhetschef", 5, "behandlare", 5, "barnmorska", 3, "skolpersonal", 3, "verksamhetsledare", 3,
            "", 38);

    private static final List<String> CITY_DISTRICTS_STOCKHOLM = List.of("Bromma", "Enskede-Årsta-Vantör",
            "Farsta", "Hägersten-Liljeholmen", "Hässelby-Vällingby", "Kungsholmen", "Norrmalm", "Rinkeby-Kista",
            "Skarpnäck", "Skärholmen", "Spånga-Tensta", "Södermalm", "Älvsjö", "Östermalm");
    private static final List<String> CITY_DISTRICTS_GOTEBORG = List.of("Angered", "Askim-Frölunda-Högsbo",
            "Centrum", "Lundby", "Majorna-Linné", "Norra Hisingen", "Västra Göteborg", "Västra Hisingen",
            "Örgryte-Härlanda", "Östra Göteborg");
    private static final List<String> CITY_DISTRICTS_MALMO = List.of("Norr", "Söder", "Öster", "Väster",
            "Innerstaden");

    private final Random random;
    private final Instant now;

    // reference data, read from the database
    private final List<County> counties = new ArrayList<>();
    private final Map<String, County> countyByCode = new HashMap<>();
    private final List<String> professionCodes;
    private final double[] professionCumulative;
    private final Map<String, String> professionArea = new HashMap<>();
    private final Weighted<County> countiesByPopulation;
    private final Weighted<County> countiesByProgramme;

    // the people: parallel arrays, index = person
    private long[] account;
    private int[] municipalityOf; // index into County.municipalities of the person's county, or -1 (region staff)
    private int[] countyOf;
    private String[] professionOf;
    private long[] organisationOf;
    private int[][] peopleByCounty;
    private boolean[] enrolled;

    private int organisationsWritten;

    /** A county with its municipalities (cities first) and the organisations its people work for. */
    private static final class County {
        final String code;
        final String name;
        final int population;
        final List<String> municipalities = new ArrayList<>();
        final List<Long> municipalityOrganisations = new ArrayList<>();
        Weighted<Integer> municipalityWeights;
        String regionCode;
        long regionOrganisation;
        final List<Long> cityDistricts = new ArrayList<>();
        final List<Long> ngos = new ArrayList<>();
        final List<Integer> ngoMunicipality = new ArrayList<>();
        final Map<String, Long> agencies = new HashMap<>();

        County(String code, String name) {
            this.code = code;
            this.name = name;
            Integer thousands = COUNTY_POPULATION.get(code);
            if (thousands == null) {
                throw new IllegalStateException("no population for county " + code);
            }
            this.population = thousands * 1000;
        }
    }

    ReachBenchmarkData(long seed, Instant now, Connection connection) throws SQLException {
        this.random = new Random(seed);
        this.now = now;
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT code, short_name FROM county ORDER BY code")) {
                while (rows.next()) {
                    County county = new County(rows.getString(1), rows.getString(2));
                    counties.add(county);
                    countyByCode.put(county.code, county);
                }
            }
            try (ResultSet rows = statement.executeQuery(
                    "SELECT code, county_code FROM municipality ORDER BY code")) {
                while (rows.next()) {
                    countyByCode.get(rows.getString(2)).municipalities.add(rows.getString(1));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT code, county_code FROM region")) {
                while (rows.next()) {
                    countyByCode.get(rows.getString(2)).regionCode = rows.getString(1);
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT code, area FROM profession")) {
                while (rows.next()) {
                    professionArea.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        if (!professionArea.keySet().equals(PROFESSIONS.keySet())) {
            throw new IllegalStateException("the professions are not the ones the generator weighs: "
                    + professionArea.keySet());
        }
        professionCodes = new ArrayList<>(PROFESSIONS.keySet());
        professionCumulative = cumulative(professionCodes.stream().mapToDouble(PROFESSIONS::get).toArray());
        for (County county : counties) {
            orderMunicipalities(county);
        }
        countiesByPopulation = new Weighted<>(counties, counties.stream().mapToDouble(c -> c.population).toArray());
        countiesByProgramme = new Weighted<>(counties,
                counties.stream().mapToDouble(c -> Math.pow(c.population / 1000.0, 0.6)).toArray());
    }

    /** Cities (codes ending 80–99) first, the rest in a seeded order; Zipf weights by that rank. */
    private void orderMunicipalities(County county) {
        List<String> cities = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String code : county.municipalities) {
            (Integer.parseInt(code.substring(2)) >= 80 ? cities : others).add(code);
        }
        Collections.shuffle(others, random);
        county.municipalities.clear();
        county.municipalities.addAll(cities);
        county.municipalities.addAll(others);
        List<Integer> ranks = new ArrayList<>();
        double[] weights = new double[county.municipalities.size()];
        for (int rank = 0; rank < weights.length; rank++) {
            ranks.add(rank);
            weights[rank] = 1 / Math.pow(rank + 1, ZIPF);
        }
        county.municipalityWeights = new Weighted<>(ranks, weights);
    }

    Dataset insert(Connection connection, Sizes sizes) throws SQLException {
        Tables tables = new Tables(connection);
        Table organisation = tables.table("organisation", "id", "type", "name", "county_code", "municipality_code",
                "region_code", "parent_id", "status", "created_at");
        Table accounts = tables.table("account", "id", "email", "email_verified_at", "name", "profession_code",
                "sector_code", "organisation_id", "workplace_municipality_code", "workplace_region_code",
                "created_at", "last_login_at");
        Table course = tables.table("course", "id", "county_code", "title", "summary", "description", "kind_code",
                "level", "format", "capacity", "registration_opens_at", "registration_closes_at",
                "requires_approval", "contact_name", "contact_email", "recurs_yearly", "status", "starts_at",
                "ends_at", "starts_on", "created_at", "updated_at");
        Table courseCounty = tables.table("course_co_organiser", "course_id", "county_code");
        Table courseTheme = tables.table("course_theme", "course_id", "theme_code");
        Table registration = tables.table("registration", "id", "course_id", "account_id", "live_account_id",
                "status", "organisation_id", "municipality_code", "region_code", "profession_code", "sector_code",
                "registered_at", "changed_at");
        Table network = tables.table("network", "id", "county_code", "name", "purpose", "open_to_apply",
                "created_at", "updated_at");
        Table networkCounty = tables.table("network_co_owner", "network_id", "county_code");
        Table networkTheme = tables.table("network_theme", "network_id", "theme_code");
        Table member = tables.table("network_member", "id", "network_id", "account_id", "name", "email",
                "live_key", "status", "organisation_id", "municipality_code", "region_code", "profession_code",
                "sector_code", "created_at", "changed_at");
        Table meeting = tables.table("network_meeting", "id", "network_id", "title", "starts_at", "ends_at",
                "held_on", "place", "reminded_at", "agenda", "cancelled", "created_at", "updated_at");
        Table attendance = tables.table("network_meeting_attendance", "member_id", "meeting_id", "present",
                "marked_at");
        Table visit = tables.table("municipal_visit", "id", "county_code", "organisation_id", "visited_on", "kind",
                "created_at", "updated_at");
        Table visitTheme = tables.table("municipal_visit_theme", "visit_id", "theme_code");
        Table visitCount = tables.table("municipal_visit_count", "visit_id", "profession_code", "attendees");
        Table counted = tables.table("counted_activity", "id", "county_code", "kind_code", "title", "organiser",
                "starts_on", "ends_on", "created_at", "updated_at");
        Table countedTheme = tables.table("counted_activity_theme", "activity_id", "theme_code");
        Table countedRow = tables.table("counted_participation", "activity_id", "municipality_code",
                "organisation_id", "profession_code", "attendees");
        Table group = tables.table("study_group", "id", "name", "leader_account_id", "organisation_id",
                "municipality_code", "county_code", "open_to_join", "invitation_code", "created_at", "formed_on");
        Table groupMember = tables.table("study_group_member", "group_id", "account_id", "name", "live_key",
                "status", "organisation_id", "municipality_code", "region_code", "profession_code", "sector_code",
                "joined_at", "joined_on");
        Table groupCount = tables.table("study_group_count", "group_id", "profession_code", "participants");
        Table enrolment = tables.table("webcourse_enrolment", "account_id", "enrolled_at", "enrolled_on",
                "completed_at", "completed_on", "organisation_id", "municipality_code", "region_code",
                "profession_code", "sector_code");

        municipalities(connection);
        organisations(tables, organisation);
        people(tables, accounts, sizes.accounts());
        int[] courses = courses(tables, course, courseCounty, courseTheme, registration, sizes.courses());
        int[] networks = networks(tables, network, networkCounty, networkTheme, member, meeting, attendance,
                sizes.networks());
        int[] visits = visits(tables, visit, visitTheme, visitCount, sizes.visits());
        int[] countedFacts = countedActivities(tables, counted, countedTheme, countedRow,
                sizes.countedActivities());
        int[] groups = studyGroups(tables, group, groupMember, groupCount, enrolment, sizes.studyGroups());
        int[] individual = individualEnrolments(tables, enrolment, sizes.individualEnrolments());
        tables.flush();
        return new Dataset(sizes.accounts(), organisationsWritten, sizes.courses(), courses[0], courses[1],
                sizes.networks(), networks[0], networks[1], networks[2], networks[3], sizes.visits(), visits[0],
                sizes.countedActivities(), countedFacts[0], sizes.studyGroups(), groups[0], groups[1], groups[2],
                groups[3] + individual[0], groups[4] + individual[1]);
    }

    // ---- places and organisations

    /**
     * Populations for the municipalities that have none in the reference data (the county's population shared
     * by the Zipf weights), and a rough SKR group from them, so reports break down by band and group as they
     * will once the reference data has the real figures.
     */
    private void municipalities(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE municipality SET population = ?,"
                + " skr_group = ? WHERE code = ? AND population IS NULL AND skr_group IS NULL")) {
            for (County county : counties) {
                double total = county.municipalityWeights.total();
                for (int rank = 0; rank < county.municipalities.size(); rank++) {
                    int population = (int) Math.round(county.population * county.municipalityWeights.weight(rank)
                            / total);
                    update.setInt(1, population);
                    update.setString(2, skrGroup(county, rank, population));
                    update.setString(3, county.municipalities.get(rank));
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
    }

    private static String skrGroup(County county, int rank, int population) {
        boolean metropolitanCounty = Set.of("01", "12", "14").contains(county.code);
        if (metropolitanCounty && rank == 0) {
            return "A1";
        }
        if (metropolitanCounty && population >= 15_000) {
            return "A2";
        }
        if (population >= 50_000) {
            return "B3";
        }
        if (population >= 25_000) {
            return "C6";
        }
        if (population >= 15_000) {
            return "B4";
        }
        return population >= 8_000 ? "C7" : "C8";
    }

    /**
     * The municipalities' and regions' organisations from the reference data, and new ones: city districts of
     * Stockholm, Göteborg and Malmö, women's shelters and other NGOs, and the agencies of each county.
     */
    private void organisations(Tables tables, Table organisation) throws SQLException {
        Map<String, Long> byReference = new HashMap<>();
        try (Statement statement = tables.connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT type, reference_code, id FROM organisation WHERE reference_code IS NOT NULL")) {
            while (rows.next()) {
                byReference.put(rows.getString(1) + ":" + rows.getString(2), rows.getLong(3));
            }
        }
        long next = tables.nextId("organisation");
        Timestamp created = timestamp(LocalDate.of(FIRST_YEAR - 1, 6, 1), LocalTime.NOON);
        for (County county : counties) {
            for (String code : county.municipalities) {
                county.municipalityOrganisations.add(required(byReference, "MUNICIPALITY:" + code));
            }
            county.regionOrganisation = required(byReference, "REGION:" + county.regionCode);
            List<String> districts = switch (county.code) {
                case "01" -> CITY_DISTRICTS_STOCKHOLM;
                case "14" -> CITY_DISTRICTS_GOTEBORG;
                case "12" -> CITY_DISTRICTS_MALMO;
                default -> List.of();
            };
            String city = county.municipalities.getFirst();
            for (String district : districts) {
                organisation.add(next, "CITY_DISTRICT", district + " stadsdelsförvaltning", county.code, city, null,
                        county.municipalityOrganisations.getFirst(), "ACTIVE", created);
                county.cityDistricts.add(next++);
            }
            int shelters = Math.max(1, county.municipalities.size() / 3);
            List<String> ngoTypes = new ArrayList<>(Collections.nCopies(shelters, "WOMENS_SHELTER"));
            ngoTypes.addAll(List.of("GIRLS_SHELTER", "VICTIM_SUPPORT", "OTHER_NGO"));
            if (county.population > 250_000) {
                ngoTypes.add("MENS_CLINIC");
            }
            if (county.population > 1_000_000) {
                ngoTypes.add("CITY_MISSION");
            }
            for (int i = 0; i < ngoTypes.size(); i++) {
                int municipality = i < county.municipalities.size() && i < shelters ? i
                        : county.municipalityWeights.pick(random);
                String place = county.municipalities.get(municipality);
                organisation.add(next, ngoTypes.get(i), ngoName(ngoTypes.get(i), county, i), county.code, place,
                        null, null, "ACTIVE", created);
                county.ngos.add(next++);
                county.ngoMunicipality.add(municipality);
            }
            Map<String, String> agencies = new LinkedHashMap<>();
            agencies.put("polis", "POLICE");
            agencies.put("aklagare", "PROSECUTION");
            agencies.put("kriminalvarden", "PRISON_AND_PROBATION");
            agencies.put("forsakringskassan", "SOCIAL_INSURANCE");
            agencies.put("arbetsformedlingen", "EMPLOYMENT_SERVICE");
            agencies.put("annan", "OTHER");
            for (Map.Entry<String, String> agency : agencies.entrySet()) {
                organisation.add(next, agency.getValue(), agencyName(agency.getValue(), county), county.code, city,
                        null, null, "ACTIVE", created);
                county.agencies.put(agency.getKey(), next++);
            }
        }
        organisationsWritten = organisation.written();
        tables.flush();
    }

    private static long required(Map<String, Long> byReference, String key) {
        Long id = byReference.get(key);
        if (id == null) {
            throw new IllegalStateException("no organisation from reference data for " + key);
        }
        return id;
    }

    private static String ngoName(String type, County county, int number) {
        return switch (type) {
            case "WOMENS_SHELTER" -> "Kvinnojouren " + (number + 1) + " i " + county.name;
            case "GIRLS_SHELTER" -> "Tjejjouren i " + county.name;
            case "VICTIM_SUPPORT" -> "Brottsofferjouren " + county.name;
            case "MENS_CLINIC" -> "Mansmottagningen i " + county.name;
            case "CITY_MISSION" -> "Stadsmissionen i " + county.name;
            default -> "Föreningen mot våld i " + county.name;
        };
    }

    private static String agencyName(String type, County county) {
        return switch (type) {
            case "POLICE" -> "Polisen, " + county.name;
            case "PROSECUTION" -> "Åklagarkammaren i " + county.name;
            case "PRISON_AND_PROBATION" -> "Frivården " + county.name;
            case "SOCIAL_INSURANCE" -> "Försäkringskassan " + county.name;
            case "EMPLOYMENT_SERVICE" -> "Arbetsförmedlingen " + county.name;
            default -> "Annan arbetsgivare i " + county.name;
        };
    }

    // ---- people

    /** The people, each with an account: county by population, municipality by Zipf, profession by weight. */
    private void people(Tables tables, Table accounts, int count) throws SQLException {
        account = new long[count];
        municipalityOf = new int[count];
        countyOf = new int[count];
        professionOf = new String[count];
        organisationOf = new long[count];
        enrolled = new boolean[count];
        List<List<Integer>> byCounty = new ArrayList<>();
        counties.forEach(c -> byCounty.add(new ArrayList<>()));
        long firstId = tables.nextId("account");
        Timestamp lastLogin = Timestamp.from(now);
        for (int person = 0; person < count; person++) {
            County county = countiesByPopulation.pick(random);
            int countyIndex = counties.indexOf(county);
            String profession = professionCodes.get(pick(professionCumulative));
            int municipality = county.municipalityWeights.pick(random);
            long organisation;
            String area = professionArea.get(profession);
            if (area.equals("halso-och-sjukvard")) {
                organisation = county.regionOrganisation;
                municipality = -1;
            } else if (area.equals("ideell")) {
                int ngo = random.nextInt(county.ngos.size());
                organisation = county.ngos.get(ngo);
                municipality = county.ngoMunicipality.get(ngo);
            } else if (county.agencies.containsKey(profession)) {
                organisation = county.agencies.get(profession);
                municipality = 0;
            } else if (municipality == 0 && !county.cityDistricts.isEmpty() && random.nextInt(10) < 6) {
                organisation = county.cityDistricts.get(random.nextInt(county.cityDistricts.size()));
            } else {
                organisation = county.municipalityOrganisations.get(municipality);
            }
            long id = firstId + person;
            account[person] = id;
            municipalityOf[person] = municipality;
            countyOf[person] = countyIndex;
            professionOf[person] = profession;
            organisationOf[person] = organisation;
            byCounty.get(countyIndex).add(person);
            Timestamp created = timestamp(LocalDate.of(FIRST_YEAR - 1, 1, 1).plusDays(random.nextInt(3650)),
                    LocalTime.of(9, 0));
            accounts.add(id, "deltagare" + id + "@bench.example.se", created, "Deltagare " + id, profession,
                    sector(person), organisation, municipalityCode(person), regionCode(person), created, lastLogin);
            tables.flushIfFull();
        }
        peopleByCounty = new int[counties.size()][];
        for (int c = 0; c < counties.size(); c++) {
            peopleByCounty[c] = byCounty.get(c).stream().mapToInt(Integer::intValue).toArray();
        }
        tables.flush();
    }

    private String municipalityCode(int person) {
        int municipality = municipalityOf[person];
        return municipality < 0 ? null : counties.get(countyOf[person]).municipalities.get(municipality);
    }

    private String regionCode(int person) {
        return municipalityOf[person] < 0 ? counties.get(countyOf[person]).regionCode : null;
    }

    private String sector(int person) {
        return sectorOf(professionOf[person]);
    }

    private String sectorOf(String profession) {
        return switch (profession) {
            case "forskollarare", "skolpersonal", "elevhalsa" -> "skola";
            case "tandlakare", "tandhygienist" -> "tandvard";
            case "polis", "aklagare", "kriminalvarden" -> "rattsvasende";
            case "forsakringskassan", "arbetsformedlingen", "annan" -> "annan";
            default -> switch (professionArea.get(profession)) {
                case "kommun" -> "socialtjanst";
                case "halso-och-sjukvard" -> "halso-och-sjukvard";
                case "ideell" -> "ideell-sektor";
                default -> "annan";
            };
        };
    }

    /** Someone from the county, the county's regulars more often than the rest. */
    private int personOf(int county) {
        int[] people = peopleByCounty[county];
        return people[(int) (people.length * Math.pow(random.nextDouble(), RECURRENCE))];
    }

    /** The fields every participation copies from the profile, in the tables' order. */
    private Object[] workFacts(int person) {
        return new Object[] {organisationOf[person], municipalityCode(person), regionCode(person),
                professionOf[person], sector(person)};
    }

    // ---- courses

    /** Courses with their registrations; returns {registrations, cancelled}. */
    private int[] courses(Tables tables, Table course, Table coOrganiser, Table theme, Table registration, int count)
            throws SQLException {
        long firstId = tables.nextId("course");
        long registrationId = tables.nextId("registration");
        Weighted<String> kinds = weighted(COURSE_KINDS);
        int registrations = 0;
        int cancelled = 0;
        County vastraGotaland = countyByCode.get("14");
        for (int i = 0; i < count; i++) {
            long id = firstId + i;
            String kind = kinds.pick(random);
            County county = kind.equals("kursledarutbildning") && random.nextInt(10) < 7 ? vastraGotaland
                    : countiesByProgramme.pick(random);
            LocalDate day = workday(year(), random);
            List<String> themes = some(THEMES, 1, 3);
            int capacity = switch (kind) {
                case "utbildningsdag" -> between(30, 90);
                case "metodutbildning" -> between(20, 30);
                case "kursledarutbildning" -> between(20, 40);
                case "uppfoljningsdag" -> between(15, 40);
                case "konferens" -> between(80, 300);
                default -> between(20, 60);
            };
            Set<County> organisers = new LinkedHashSet<>(List.of(county));
            int coOrganisers = kind.equals("kursledarutbildning") ? between(3, 8) : random.nextInt(100) < 8 ? 1 : 0;
            while (organisers.size() < 1 + coOrganisers) {
                organisers.add(countiesByProgramme.pick(random));
            }
            Timestamp start = timestamp(day, LocalTime.of(9, 0));
            Timestamp created = timestamp(day.minusDays(90), LocalTime.of(11, 0));
            course.add(id, county.code, title(kind, themes.getFirst(), county, day.getYear()),
                    "En dag om " + themes.getFirst().replace('-', ' ') + ".", "Program och föreläsare.", kind,
                    kind.equals("konferens") ? "NATIONAL" : "REGIONAL", random.nextInt(4) == 0 ? "ONLINE" : "ON_SITE",
                    capacity, timestamp(day.minusDays(60), LocalTime.of(8, 0)),
                    timestamp(day.minusDays(7), LocalTime.of(12, 0)), false, "Utvecklingsledare " + county.name,
                    "kompetensstod." + county.code + "@lansstyrelsen.example.se", random.nextInt(10) == 0,
                    "COMPLETED", start, timestamp(day, LocalTime.of(16, 0)), day, created, created);
            for (County other : organisers) {
                if (other != county) {
                    coOrganiser.add(id, other.code);
                }
            }
            for (String code : themes) {
                theme.add(id, code);
            }
            List<County> from = new ArrayList<>(organisers);
            int outsidePercent = kind.equals("konferens") ? 40 : 12;
            int registered = (int) Math.round(capacity * (0.6 + 0.4 * random.nextDouble()));
            Set<Integer> taken = new HashSet<>();
            for (int tries = 0; taken.size() < registered && tries < registered * 5; tries++) {
                County home = random.nextInt(100) < outsidePercent ? countiesByPopulation.pick(random)
                        : from.get(random.nextInt(from.size()));
                int person = personOf(counties.indexOf(home));
                if (!taken.add(person)) {
                    continue;
                }
                int roll = random.nextInt(100);
                String status = roll < 84 ? "ATTENDED" : roll < 91 ? "NO_SHOW" : roll < 97 ? "CONFIRMED" : "CANCELLED";
                cancelled += status.equals("CANCELLED") ? 1 : 0;
                Timestamp registeredAt = timestamp(day.minusDays(between(8, 60)), LocalTime.of(10, 0));
                Object[] work = workFacts(person);
                registration.add(registrationId++, id, account[person],
                        status.equals("CANCELLED") ? null : account[person], status, work[0], work[1], work[2],
                        work[3], work[4], registeredAt, registeredAt);
                registrations++;
            }
            tables.flushIfFull();
        }
        tables.flush();
        return new int[] {registrations, cancelled};
    }

    private static String title(String kind, String theme, County county, int year) {
        String what = switch (kind) {
            case "utbildningsdag" -> "Utbildningsdag";
            case "metodutbildning" -> "Metodutbildning";
            case "kursledarutbildning" -> "Kursledarutbildning";
            case "uppfoljningsdag" -> "Uppföljningsdag";
            case "konferens" -> "Konferens";
            case "informationstillfalle" -> "Informationstillfälle";
            default -> "Seminarium";
        };
        return what + ": " + theme.replace('-', ' ') + " – " + county.name + " " + year;
    }

    // ---- networks

    /** A membership: who, from which day to which day (exclusive; null while current). */
    private record Membership(long id, int person, LocalDate from, LocalDate to) {
    }

    /**
     * Networks with members who come and go and meetings they attend; returns {members, meetings, cancelled
     * meetings, attendance marks}.
     */
    private int[] networks(Tables tables, Table network, Table coOwner, Table theme, Table member, Table meeting,
                           Table attendance, int count) throws SQLException {
        long firstId = tables.nextId("network");
        long memberId = tables.nextId("network_member");
        long meetingId = tables.nextId("network_meeting");
        Weighted<String> kinds = weighted(NETWORK_KINDS);
        int members = 0;
        int meetings = 0;
        int cancelledMeetings = 0;
        int marks = 0;
        for (int i = 0; i < count; i++) {
            long id = firstId + i;
            County county = countiesByProgramme.pick(random);
            int countyIndex = counties.indexOf(county);
            String kind = kinds.pick(random);
            int firstYear = random.nextInt(10) < 7 ? FIRST_YEAR : between(FIRST_YEAR + 1, LAST_YEAR - 1);
            LocalDate started = LocalDate.of(firstYear, 1, 15);
            Timestamp created = timestamp(started, LocalTime.of(10, 0));
            String name = (kind.isEmpty() ? "Regionalt nätverk mot våld i nära relationer" : "Nätverk för " + kind)
                    + ", " + county.name + " " + (i + 1);
            network.add(id, county.code, name, "Erfarenhetsutbyte och kunskapsstöd.", random.nextBoolean(), created,
                    created);
            if (random.nextInt(100) < 5) {
                County other = countiesByProgramme.pick(random);
                if (other != county) {
                    coOwner.add(id, other.code);
                }
            }
            for (String code : some(THEMES, 1, 2)) {
                theme.add(id, code);
            }
            // members: each seat is held by one person at a time; each year some leave and others come
            int seats = between(12, 50);
            List<Membership> memberships = new ArrayList<>();
            Set<Integer> current = new HashSet<>();
            List<Membership> seated = new ArrayList<>();
            for (int seat = 0; seat < seats; seat++) {
                seated.add(newMembership(memberId++, countyIndex, kind, current, started));
            }
            for (int year = firstYear; year <= LAST_YEAR; year++) {
                for (int seat = 0; seat < seats; seat++) {
                    if (year > firstYear && random.nextInt(100) < 12) {
                        LocalDate left = LocalDate.ofYearDay(year, between(1, 360));
                        Membership old = seated.get(seat);
                        memberships.add(new Membership(old.id(), old.person(), old.from(), left));
                        current.remove(old.person());
                        seated.set(seat, newMembership(memberId++, countyIndex, kind, current, left));
                    }
                }
            }
            memberships.addAll(seated);
            for (Membership membership : memberships) {
                boolean recorded = random.nextInt(100) < 20;
                boolean live = membership.to() == null;
                int person = membership.person();
                String email = recorded ? "medlem" + membership.id() + "@kommun.example.se" : null;
                Object[] work = workFacts(person);
                Timestamp from = timestamp(membership.from(), LocalTime.of(9, 0));
                member.add(membership.id(), id, recorded ? null : account[person],
                        recorded ? "Medlem " + membership.id() : null, email,
                        live ? (recorded ? "e" + email : "a" + account[person]) : null, live ? "MEMBER" : "LEFT",
                        work[0], work[1], work[2], work[3], work[4], from,
                        live ? from : timestamp(membership.to(), LocalTime.of(9, 0)));
            }
            members += memberships.size();
            for (int year = firstYear; year <= LAST_YEAR; year++) {
                int perYear = between(2, 4);
                for (int m = 0; m < perYear; m++) {
                    LocalDate day = workday(year, random);
                    if (day.isBefore(started)) {
                        continue;
                    }
                    boolean cancelled = random.nextInt(100) < 3;
                    long meetingOf = meetingId++;
                    Timestamp start = timestamp(day, LocalTime.of(13, 0));
                    meeting.add(meetingOf, id, "Nätverksträff " + day, start, timestamp(day, LocalTime.of(16, 0)),
                            day, "Länsstyrelsen i " + county.name, timestamp(day.minusDays(2), LocalTime.of(8, 0)),
                            "1. Inledning\n2. Aktuellt i länet\n3. Tema", cancelled,
                            timestamp(day.minusDays(40), LocalTime.of(9, 30)), start);
                    meetings++;
                    cancelledMeetings += cancelled ? 1 : 0;
                    for (Membership membership : memberships) {
                        boolean belongs = !membership.from().isAfter(day)
                                && (membership.to() == null || membership.to().isAfter(day));
                        if (!belongs) {
                            continue;
                        }
                        // two in three present, one in ten marked absent, the rest not marked
                        int roll = random.nextInt(100);
                        if (roll < 75) {
                            attendance.add(membership.id(), meetingOf, roll < 65, timestamp(day, LocalTime.of(17, 0)));
                            marks += cancelled ? 0 : 1;
                        }
                    }
                }
            }
            tables.flushIfFull();
        }
        tables.flush();
        return new int[] {members, meetings, cancelledMeetings, marks};
    }

    /** A new member of a network: of its profession when it is for one and the county has such people. */
    private Membership newMembership(long id, int county, String profession, Set<Integer> current, LocalDate from) {
        for (int tries = 0; tries < 200; tries++) {
            int person = personOf(county);
            boolean fits = profession.isEmpty() || professionOf[person].equals(profession) || tries >= 150;
            if (fits && current.add(person)) {
                return new Membership(id, person, from, null);
            }
        }
        throw new IllegalStateException("no member found for a network in county " + counties.get(county).code);
    }

    // ---- municipal visits and count-only activities

    /** Visits by 16 of the 21 counties with counts per profession; returns {count rows}. */
    private int[] visits(Tables tables, Table visit, Table theme, Table counts, int count) throws SQLException {
        List<County> visiting = new ArrayList<>(counties);
        Collections.shuffle(visiting, random);
        visiting = visiting.subList(0, 16);
        Weighted<County> byCounty = new Weighted<>(visiting,
                visiting.stream().mapToDouble(c -> Math.sqrt(c.population)).toArray());
        long firstId = tables.nextId("municipal_visit");
        int rows = 0;
        for (int i = 0; i < count; i++) {
            long id = firstId + i;
            County county = byCounty.pick(random);
            int roll = random.nextInt(100);
            boolean region = roll < 10;
            long organisation = region ? county.regionOrganisation
                    : roll < 15 && !county.cityDistricts.isEmpty()
                    ? county.cityDistricts.get(random.nextInt(county.cityDistricts.size()))
                    : county.municipalityOrganisations.get(random.nextInt(county.municipalities.size()));
            LocalDate day = workday(year(), random);
            Timestamp created = timestamp(day, LocalTime.of(15, 0));
            visit.add(id, county.code, organisation, day, random.nextBoolean() ? "REVIEW" : "REQUESTED", created,
                    created);
            for (String code : some(THEMES, 1, 2)) {
                theme.add(id, code);
            }
            Set<String> professions = new HashSet<>();
            int wanted = between(2, 6);
            for (int tries = 0; professions.size() < wanted && tries < 50; tries++) {
                String profession = professionCodes.get(pick(professionCumulative));
                String area = professionArea.get(profession);
                boolean fits = region ? area.equals("halso-och-sjukvard") : area.equals("kommun");
                if (fits && professions.add(profession)) {
                    counts.add(id, profession, 1 + geometric(0.25, 24));
                    rows++;
                }
            }
            tables.flushIfFull();
        }
        tables.flush();
        return new int[] {rows};
    }

    /** Conferences and information sessions known by counts per municipality or NGO; returns {count rows}. */
    private int[] countedActivities(Tables tables, Table activity, Table theme, Table participation, int count)
            throws SQLException {
        Weighted<String> kinds = weighted(COUNTED_KINDS);
        long firstId = tables.nextId("counted_activity");
        int rows = 0;
        List<String> ngoProfessions = List.of("styrelseledamot", "verksamhetsledare", "behandlingspersonal",
                "volontar", "barnansvarig");
        for (int i = 0; i < count; i++) {
            long id = firstId + i;
            County county = countiesByProgramme.pick(random);
            String kind = kinds.pick(random);
            LocalDate day = workday(year(), random);
            Timestamp created = timestamp(day, LocalTime.of(15, 0));
            List<String> themes = some(THEMES, 1, 2);
            activity.add(id, county.code, kind, title(kind, themes.getFirst(), county, day.getYear()),
                    "Länsstyrelsen i " + county.name, day, kind.equals("konferens") && random.nextBoolean()
                            ? day.plusDays(1) : day, created, created);
            for (String code : themes) {
                theme.add(id, code);
            }
            Set<String> seen = new HashSet<>();
            int wanted = between(8, 50);
            for (int tries = 0; seen.size() < wanted && tries < wanted * 3; tries++) {
                County home = random.nextInt(100) < 10 ? countiesByPopulation.pick(random) : county;
                String municipality;
                Long organisation = null;
                String profession;
                if (kind.equals("informationstillfalle")) {
                    int ngo = random.nextInt(home.ngos.size());
                    organisation = home.ngos.get(ngo);
                    municipality = home.municipalities.get(home.ngoMunicipality.get(ngo));
                    profession = ngoProfessions.get(random.nextInt(ngoProfessions.size()));
                } else {
                    municipality = home.municipalities.get(home.municipalityWeights.pick(random));
                    profession = professionCodes.get(pick(professionCumulative));
                }
                if (seen.add(municipality + "/" + organisation + "/" + profession)) {
                    participation.add(id, municipality, organisation, profession, 1 + geometric(0.35, 29));
                    rows++;
                }
            }
            tables.flushIfFull();
        }
        tables.flush();
        return new int[] {rows};
    }

    // ---- the web course

    /**
     * Study groups led in a municipality, with members who have accounts (and so enrolments on the group
     * track), members the leader recorded, and counted participants; returns {members with an account, recorded
     * members, count rows, enrolments, completions}.
     */
    private int[] studyGroups(Tables tables, Table group, Table member, Table counts, Table enrolment, int count)
            throws SQLException {
        long firstId = tables.nextId("study_group");
        int members = 0;
        int recorded = 0;
        int countRows = 0;
        int enrolments = 0;
        int completions = 0;
        for (int i = 0; i < count; i++) {
            long id = firstId + i;
            County county = countiesByPopulation.pick(random);
            int countyIndex = counties.indexOf(county);
            int leader;
            do {
                leader = personOf(countyIndex);
            } while (municipalityOf[leader] < 0);
            String municipality = municipalityCode(leader);
            LocalDate formed = enrolmentDay();
            Timestamp created = timestamp(formed, LocalTime.of(10, 0));
            group.add(id, "Studiegrupp " + (i + 1), account[leader], organisationOf[leader], municipality, county.code,
                    false, String.format("%032x", id), created, formed);
            int wanted = between(4, 12);
            for (int m = 0, tries = 0; m < wanted && tries < 100; tries++) {
                int person = peopleByCounty[countyIndex][random.nextInt(peopleByCounty[countyIndex].length)];
                if (enrolled[person]) {
                    continue;
                }
                enrolled[person] = true;
                LocalDate joined = formed.plusDays(random.nextInt(20));
                Object[] work = workFacts(person);
                member.add(id, account[person], null, "a" + account[person], "MEMBER", work[0], work[1], work[2],
                        work[3], work[4], timestamp(joined, LocalTime.of(10, 0)), joined);
                completions += enrol(enrolment, person, joined, 70);
                enrolments++;
                members++;
                m++;
            }
            if (random.nextInt(100) < 40) {
                for (int m = between(1, 4); m > 0; m--) {
                    String profession = professionCodes.get(pick(professionCumulative));
                    member.add(id, null, "Deltagare " + m, null, "MEMBER", organisationOf[leader], municipality, null,
                            profession, sectorOf(profession), created, formed);
                    recorded++;
                }
            }
            if (random.nextInt(100) < 25) {
                Set<String> professions = new HashSet<>();
                for (int n = between(1, 3); professions.size() < n; ) {
                    professions.add(professionCodes.get(pick(professionCumulative)));
                }
                for (String profession : professions) {
                    counts.add(id, profession, between(3, 20));
                    countRows++;
                }
            }
            tables.flushIfFull();
        }
        tables.flush();
        return new int[] {members, recorded, countRows, enrolments, completions};
    }

    /** Enrolments on the individual track; returns {enrolments, completions}. */
    private int[] individualEnrolments(Tables tables, Table enrolment, int count) throws SQLException {
        int completions = 0;
        int written = 0;
        while (written < count) {
            int person = random.nextInt(account.length);
            if (enrolled[person]) {
                continue;
            }
            enrolled[person] = true;
            completions += enrol(enrolment, person, enrolmentDay(), 55);
            written++;
            tables.flushIfFull();
        }
        tables.flush();
        return new int[] {written, completions};
    }

    /** One enrolment, completed within five months by the given share; 1 when completed. */
    private int enrol(Table enrolment, int person, LocalDate day, int completedPercent) {
        LocalDate completed = random.nextInt(100) < completedPercent ? day.plusDays(between(3, 150)) : null;
        if (completed != null && completed.getYear() > LAST_YEAR) {
            completed = null;
        }
        Object[] work = workFacts(person);
        enrolment.add(account[person], timestamp(day, LocalTime.of(19, 0)), day,
                completed == null ? null : timestamp(completed, LocalTime.of(20, 0)), completed, work[0], work[1],
                work[2], work[3], work[4]);
        return completed == null ? 0 : 1;
    }

    /** The web course began in 2017, peaked as it became known and in the pandemic, then levelled off. */
    private LocalDate enrolmentDay() {
        double[] byYear = {0.3, 1.2, 1.5, 1.3, 1.4, 1.2, 1.0, 0.9, 0.9, 0.8};
        int year = FIRST_YEAR + pick(cumulative(byYear));
        return LocalDate.ofYearDay(year, 1 + random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
    }

    // ---- chance

    /** A year of the ten, a little more activity in later years (0.8 of the average in 2016, 1.25 in 2025). */
    private int year() {
        double[] byYear = new double[LAST_YEAR - FIRST_YEAR + 1];
        Arrays.setAll(byYear, i -> 0.8 + 0.05 * i);
        return FIRST_YEAR + pick(cumulative(byYear));
    }

    private static LocalDate workday(int year, Random random) {
        LocalDate day;
        do {
            day = LocalDate.ofYearDay(year, 1 + random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
        } while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || day.getMonthValue() == 7);
        return day;
    }

    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    /** Mostly small, now and then large: the number of failures before a success of probability p, capped. */
    private int geometric(double p, int cap) {
        int n = 0;
        while (n < cap && random.nextDouble() > p) {
            n++;
        }
        return n;
    }

    /** Between low and high distinct codes, by weight. */
    private List<String> some(Map<String, Double> weights, int low, int high) {
        List<String> codes = new ArrayList<>(weights.keySet());
        double[] cumulative = cumulative(codes.stream().mapToDouble(weights::get).toArray());
        Set<String> chosen = new LinkedHashSet<>();
        int wanted = between(low, high);
        while (chosen.size() < wanted) {
            chosen.add(codes.get(pick(cumulative)));
        }
        return new ArrayList<>(chosen);
    }

    private int pick(double[] cumulative) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, u);
        return Math.min(cumulative.length - 1, index >= 0 ? index + 1 : -index - 1);
    }

    private static double[] cumulative(double[] weights) {
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        return cumulative;
    }

    private static Map<String, Double> weights(Object... codesAndWeights) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < codesAndWeights.length; i += 2) {
            weights.put((String) codesAndWeights[i], ((Number) codesAndWeights[i + 1]).doubleValue());
        }
        return weights;
    }

    private static Weighted<String> weighted(Map<String, Double> weights) {
        List<String> codes = new ArrayList<>(weights.keySet());
        return new Weighted<>(codes, codes.stream().mapToDouble(weights::get).toArray());
    }

    /** Values drawn by weight. */
    private static final class Weighted<T> {
        private final List<T> values;
        private final double[] weights;
        private final double[] cumulative;

        Weighted(List<T> values, double[] weights) {
            this.values = List.copyOf(values);
            this.weights = weights.clone();
            this.cumulative = ReachBenchmarkData.cumulative(weights);
        }

        T pick(Random random) {
            double u = random.nextDouble() * total();
            int index = Arrays.binarySearch(cumulative, u);
            return values.get(Math.min(values.size() - 1, index >= 0 ? index + 1 : -index - 1));
        }

        double weight(int index) {
            return weights[index];
        }

        double total() {
            return cumulative[cumulative.length - 1];
        }
    }

    private static Timestamp timestamp(LocalDate day, LocalTime time) {
        return Timestamp.from(day.atTime(time).atZone(SWEDEN).toInstant());
    }

    // ---- writing

    /** One table's rows waiting to be written. */
    private static final class Table {
        private final String name;
        private final List<String> columns;
        private final List<Object[]> rows = new ArrayList<>();
        private int written;

        Table(String name, List<String> columns) {
            this.name = name;
            this.columns = columns;
        }

        void add(Object... values) {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException(name + ": " + values.length + " values for " + columns);
            }
            rows.add(values);
            written++;
        }

        int written() {
            return written;
        }
    }

    /**
     * The tables in the order they were declared, parents before children: every flush writes all of them in
     * that order, so foreign keys hold at every statement.
     */
    private static final class Tables {
        private final Connection connection;
        private final List<Table> tables = new ArrayList<>();

        Tables(Connection connection) {
            this.connection = connection;
        }

        Table table(String name, String... columns) {
            Table table = new Table(name, List.of(columns));
            tables.add(table);
            return table;
        }

        /** The first free id of a table (the demo data is already there). */
        long nextId(String table) throws SQLException {
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
                result.next();
                return result.getLong(1);
            }
        }

        void flushIfFull() throws SQLException {
            for (Table table : tables) {
                if (table.rows.size() >= CHUNK) {
                    flush();
                    return;
                }
            }
        }

        void flush() throws SQLException {
            for (Table table : tables) {
                for (int from = 0; from < table.rows.size(); from += ROWS_PER_STATEMENT) {
                    insert(table, table.rows.subList(from, Math.min(table.rows.size(), from + ROWS_PER_STATEMENT)));
                }
                table.rows.clear();
            }
        }

        private void insert(Table table, List<Object[]> rows) throws SQLException {
            String values = "(" + String.join(",", Collections.nCopies(table.columns.size(), "?")) + ")";
            String sql = "INSERT INTO " + table.name + " (" + String.join(",", table.columns) + ") VALUES "
                    + String.join(",", Collections.nCopies(rows.size(), values));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int parameter = 1;
                for (Object[] row : rows) {
                    for (Object value : row) {
                        statement.setObject(parameter++, value);
                    }
                }
                statement.executeUpdate();
            }
        }
    }
}
