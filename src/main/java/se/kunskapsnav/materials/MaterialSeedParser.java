package se.kunskapsnav.materials;

import se.kunskapsnav.platform.FrontMatter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the national materials of {@code content/material/}: {@code index.txt} names the folders, each
 * folder's {@code material.md} describes its material (front matter, then the summary) and lists its files.
 * A listed {@code .md} file becomes a PDF of the same name when the material is loaded; a {@code .txt} file is
 * shipped as it is. Every
 * problem of every file is reported at once, as "file:line: problem". The codes themselves are checked by
 * {@link MaterialRules} when the material is created.
 */
public final class MaterialSeedParser {

    static final String INDEX = "index.txt";
    private static final Pattern FOLDER = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern FILE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,150}\\.(md|txt)");

    private MaterialSeedParser() {
    }

    /** {@code files} reads a file relative to {@code content/material/}, empty when there is none. */
    public static List<MaterialSeed> parse(Function<String, Optional<String>> files) {
        List<String> problems = new ArrayList<>();
        List<MaterialSeed> seeds = new ArrayList<>();
        String index = files.apply(INDEX).orElse("");
        String[] lines = index.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String folder = lines[i].strip();
            if (folder.isEmpty() || folder.startsWith("#")) {
                continue;
            }
            if (!FOLDER.matcher(folder).matches()) {
                problems.add(INDEX + ":" + (i + 1) + ": '" + folder + "' is not a folder name (a-z, 0-9, -)");
                continue;
            }
            seed(folder, files, problems).ifPresent(seeds::add);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The materials in content/material/ are malformed, the portal does not "
                    + "start:\n  " + String.join("\n  ", problems));
        }
        return seeds;
    }

    private static Optional<MaterialSeed> seed(String folder, Function<String, Optional<String>> files,
                                               List<String> problems) {
        String descriptionFile = folder + "/material.md";
        Optional<String> description = files.apply(descriptionFile);
        if (description.isEmpty()) {
            problems.add(descriptionFile + ": missing");
            return Optional.empty();
        }
        int before = problems.size();
        Optional<FrontMatter> parsed = FrontMatter.parse(descriptionFile, description.get(), problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter front = parsed.get();
        String title = front.required("titel");
        List<String> languages = front.list("sprak");
        MaterialInput input = new MaterialInput(title, front.body(), front.required("typ"), null,
                front.required("publicerad"), front.optional("version"), Visibility.PUBLIC.code(), null,
                front.optional("lank"), front.optionalList("teman"), front.optionalList("malgrupper"),
                front.optionalList("yrken"), languages);
        List<MaterialSeed.SeedFile> seedFiles = new ArrayList<>();
        for (String name : front.list("filer")) {
            String path = folder + "/" + name;
            if (!FILE.matcher(name).matches()) {
                problems.add(descriptionFile + ": '" + name + "' must be a .md or .txt file named with a-z, 0-9, . - _");
                continue;
            }
            Optional<String> text = files.apply(path);
            if (text.isEmpty()) {
                problems.add(path + ": listed in " + descriptionFile + " but missing");
            } else {
                seedFiles.add(new MaterialSeed.SeedFile(name, text.get(), title, pdfLanguage(languages)));
            }
        }
        return problems.size() == before ? Optional.of(new MaterialSeed(folder, input, seedFiles)) : Optional.empty();
    }

    /** The language a screen reader should read the PDF in: Swedish for Swedish and easy Swedish. */
    private static String pdfLanguage(List<String> languages) {
        String first = languages.isEmpty() ? "sv" : languages.getFirst();
        return first.equals("sv") || first.equals("lattlast") ? "sv-SE" : first;
    }
}
