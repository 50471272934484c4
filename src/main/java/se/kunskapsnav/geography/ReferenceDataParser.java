package se.kunskapsnav.geography;

import se.kunskapsnav.platform.ContentFile;
import se.kunskapsnav.platform.CsvRows;
import se.kunskapsnav.platform.CsvRows.Row;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and cross-checks the reference files. Either every file is valid and a complete
 * {@link ReferenceData} comes back, or a {@link ReferenceDataException} lists every problem found
 * with its file and line; nothing is half-accepted.
 */
public final class ReferenceDataParser {

    static final String COUNTIES_HEADER = "county_code,letter_code,name,short_name";
    static final String REGIONS_HEADER = "region_code,name,county_code,municipality_code";
    static final String MUNICIPALITIES_HEADER = "municipality_code,name,county_code,skr_group,population";

    private static final Pattern COUNTY_CODE = Pattern.compile("\\d{2}");
    private static final Pattern LETTER_CODE = Pattern.compile("[A-Z]{1,2}");
    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("\\d{4}");

    private final List<String> problems = new ArrayList<>();

    private ReferenceDataParser() {
    }

    public static ReferenceData parse(ContentFile counties, ContentFile regions, ContentFile municipalities) {
        return new ReferenceDataParser().parseAll(counties, regions, municipalities);
    }

    private ReferenceData parseAll(ContentFile countiesFile, ContentFile regionsFile,
                                   ContentFile municipalitiesFile) {
        List<CountyRow> counties = parseCounties(countiesFile);
        Set<String> countyCodes = new HashSet<>();
        counties.forEach(county -> countyCodes.add(county.code()));

        Map<String, MunicipalityRow> municipalities = parseMunicipalities(municipalitiesFile, countyCodes);
        List<RegionRow> regions = parseRegions(regionsFile, countyCodes, municipalities);

        if (!problems.isEmpty()) {
            throw new ReferenceDataException(problems);
        }
        return new ReferenceData(counties, regions, List.copyOf(municipalities.values()));
    }

    private List<CountyRow> parseCounties(ContentFile file) {
        List<CountyRow> counties = new ArrayList<>();
        Set<String> letterCodes = new HashSet<>();
        Set<String> codes = new HashSet<>();
        CsvRows.read(file, COUNTIES_HEADER, problems, line -> {
            String code = line.field(0);
            String letterCode = line.field(1);
            if (!COUNTY_CODE.matcher(code).matches()) {
                line.problem("county code '" + code + "' is not two digits");
            } else if (!codes.add(code)) {
                line.problem("duplicate county code " + code);
            } else if (!LETTER_CODE.matcher(letterCode).matches()) {
                line.problem("letter code '" + letterCode + "' is not one or two capital letters");
            } else if (!letterCodes.add(letterCode)) {
                line.problem("duplicate letter code " + letterCode);
            } else if (line.requireText(2, "name") && line.requireText(3, "short name")) {
                counties.add(new CountyRow(code, letterCode, line.field(2), line.field(3)));
            }
        });
        return counties;
    }

    private Map<String, MunicipalityRow> parseMunicipalities(ContentFile file, Set<String> countyCodes) {
        Map<String, MunicipalityRow> municipalities = new LinkedHashMap<>();
        CsvRows.read(file, MUNICIPALITIES_HEADER, problems, line -> {
            String code = line.field(0);
            String countyCode = line.field(2);
            if (!MUNICIPALITY_CODE.matcher(code).matches()) {
                line.problem("municipality code '" + code + "' is not four digits");
            } else if (municipalities.containsKey(code)) {
                line.problem("duplicate municipality code " + code);
            } else if (!countyCodes.contains(countyCode)) {
                line.problem("unknown county code '" + countyCode + "'");
            } else if (!code.startsWith(countyCode)) {
                line.problem("municipality code " + code + " does not belong to county " + countyCode
                        + " (its first two digits must be the county code)");
            } else if (line.requireText(1, "name")) {
                MunicipalityGroup group = parseGroup(line, line.field(3));
                Integer population = parsePopulation(line, line.field(4));
                municipalities.put(code, new MunicipalityRow(code, line.field(1), countyCode, group, population));
            }
        });
        return municipalities;
    }

    private List<RegionRow> parseRegions(ContentFile file, Set<String> countyCodes,
                                         Map<String, MunicipalityRow> municipalities) {
        List<RegionRow> regions = new ArrayList<>();
        Map<String, String> regionByCounty = new HashMap<>();
        Set<String> codes = new HashSet<>();
        CsvRows.read(file, REGIONS_HEADER, problems, line -> {
            String code = line.field(0);
            String countyCode = line.field(2);
            String municipalityCode = line.field(3);
            MunicipalityRow municipality = municipalities.get(municipalityCode);
            if (!COUNTY_CODE.matcher(code).matches()) {
                line.problem("region code '" + code + "' is not two digits");
            } else if (!codes.add(code)) {
                line.problem("duplicate region code " + code);
            } else if (!countyCodes.contains(countyCode)) {
                line.problem("unknown county code '" + countyCode + "'");
            } else if (regionByCounty.putIfAbsent(countyCode, code) != null) {
                line.problem("county " + countyCode + " already has region " + regionByCounty.get(countyCode));
            } else if (!municipalityCode.isEmpty() && municipality == null) {
                line.problem("unknown municipality code '" + municipalityCode + "'");
            } else if (municipality != null && !municipality.countyCode().equals(countyCode)) {
                line.problem("municipality " + municipalityCode + " is not in county " + countyCode);
            } else if (line.requireText(1, "name")) {
                regions.add(new RegionRow(code, line.field(1), countyCode,
                        municipalityCode.isEmpty() ? null : municipalityCode));
            }
        });
        countyCodes.stream().sorted()
                .filter(countyCode -> !regionByCounty.containsKey(countyCode))
                .forEach(countyCode -> problems.add(file.name() + ": county " + countyCode + " has no region"));
        return regions;
    }

    private MunicipalityGroup parseGroup(Row line, String value) {
        if (value.isEmpty()) {
            return null;
        }
        return MunicipalityGroup.parse(value).orElseGet(() -> {
            line.problem("unknown SKR municipality group '" + value + "' (expected A1-C9 or empty)");
            return null;
        });
    }

    private Integer parsePopulation(Row line, String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            int population = Integer.parseInt(value);
            if (population >= 0) {
                return population;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        line.problem("population '" + value + "' is not a whole number of zero or more");
        return null;
    }
}
