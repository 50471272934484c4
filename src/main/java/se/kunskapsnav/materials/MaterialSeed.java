package se.kunskapsnav.materials;

import se.kunskapsnav.platform.MarkdownPdf;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A national material shipped in {@code content/material/<folder>/}, with its files. */
public record MaterialSeed(String folder, MaterialInput input, List<SeedFile> files) {

    public MaterialSeed {
        files = List.copyOf(files);
    }

    /**
     * A file of the folder: a Markdown file becomes a PDF with the material's title and language, a text file
     * is shipped as it is. The PDF is made only when the material is loaded, not at every start-up.
     */
    public record SeedFile(String sourceName, String text, String title, String language) {

        /** The name the file is offered under. */
        public String fileName() {
            return isMarkdown() ? sourceName.substring(0, sourceName.length() - ".md".length()) + ".pdf" : sourceName;
        }

        /** The bytes that are uploaded. */
        public byte[] content() {
            return isMarkdown() ? MarkdownPdf.render(title, text, language) : text.getBytes(StandardCharsets.UTF_8);
        }

        private boolean isMarkdown() {
            return sourceName.endsWith(".md");
        }
    }
}
