package se.kunskapsnav.geography;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
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

    public static ReferenceData parse(ReferenceFile counties, ReferenceFile regions, ReferenceFile municipalities) {
        return new ReferenceDataParser().parseAll(counties, regions, municipalities);
    }

    private ReferenceData parseAll(ReferenceFile countiesFile, ReferenceFile regionsFile,
                                   ReferenceFile municipalitiesFile) {
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

    private List<CountyRow> parseCounties(ReferenceFile file) {
        List<CountyRow> counties = new ArrayList<>();
        Set<String> letterCodes = new HashSet<>();
        Set<String> codes = new HashSet<>();
        readLines(file, COUNTIES_HEADER, line -> {
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

    private Map<String, MunicipalityRow> parseMunicipalities(ReferenceFile file, Set<String> countyCodes) {
        Map<String, MunicipalityRow> municipalities = new LinkedHashMap<>();
        readLines(file, MUNICIPALITIES_HEADER, line -> {
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

    private List<RegionRow> parseRegions(ReferenceFile file, Set<String> countyCodes,
                                         Map<String, MunicipalityRow> municipalities) {
        List<RegionRow> regions = new ArrayList<>();
        Map<String, String> regionByCounty = new HashMap<>();
        Set<String> codes = new HashSet<>();
        readLines(file, REGIONS_HEADER, line -> {
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

    private MunicipalityGroup parseGroup(Line line, String value) {
        if (value.isEmpty()) {
            return null;
        }
        return MunicipalityGroup.parse(value).orElseGet(() -> {
            line.problem("unknown SKR municipality group '" + value + "' (expected A1-C9 or empty)");
            return null;
        });
    }

    private Integer parsePopulation(Line line, String value) {
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

    private void readLines(ReferenceFile file, String header, Consumer<Line> handler) {
        String[] lines = file.text().split("\r?\n", -1);
        if (lines.length == 0 || !stripBom(lines[0]).trim().equals(header)) {
            problems.add(file.name() + ":1: header must be '" + header + "'");
            return;
        }
        int columns = header.split(",").length;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] fields = lines[i].split(",", -1);
            Line line = new Line(file.name(), i + 1, fields);
            if (fields.length != columns) {
                line.problem("expected " + columns + " columns but found " + fields.length);
            } else {
                handler.accept(line);
            }
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** One data line with its position, so every problem names file and line. */
    private final class Line {
        private final String fileName;
        private final int number;
        private final String[] fields;

        Line(String fileName, int number, String[] fields) {
            this.fileName = fileName;
            this.number = number;
            this.fields = fields;
        }

        String field(int index) {
            return fields[index].trim();
        }

        boolean requireText(int index, String what) {
            if (field(index).isEmpty()) {
                problem(what + " is empty");
                return false;
            }
            return true;
        }

        void problem(String text) {
            problems.add(fileName + ":" + number + ": " + text);
        }
    }
}
