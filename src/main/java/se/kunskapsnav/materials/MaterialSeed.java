package se.kunskapsnav.materials;

import java.util.List;

/** A national material shipped in {@code content/material/<folder>/}, with its files ready to upload. */
public record MaterialSeed(String folder, MaterialInput input, List<SeedFile> files) {

    public MaterialSeed {
        files = List.copyOf(files);
    }

    /** A file as the portal receives it: a Markdown file already rendered to PDF, a text file as it is. */
    public record SeedFile(String fileName, byte[] content) {
    }
}
