package se.kunskapsnav.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.kunskapsnav.directory.VocabularyParser;
import se.kunskapsnav.directory.VocabularyRow;
import se.kunskapsnav.platform.ContentFile;
import se.kunskapsnav.platform.ContentSource;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/** Loads themes, target groups and course kinds from {@code content/taxonomy/}; all files parse, or none is loaded. */
@ApplicationScoped
public class TaxonomyLoader {

    private static final Logger LOG = Logger.getLogger(TaxonomyLoader.class.getName());

    @Inject
    ContentSource content;

    @Inject
    TaxonomyService taxonomy;

    public void load() {
        Map<TermSet, List<VocabularyRow>> parsed = new EnumMap<>(TermSet.class);
        for (TermSet vocabulary : TermSet.values()) {
            String name = vocabulary.fileName();
            parsed.put(vocabulary, VocabularyParser.parseTerms(new ContentFile(name, content.read("taxonomy/" + name))));
        }
        parsed.forEach((vocabulary, rows) -> {
            int changes = taxonomy.synchronize(vocabulary, rows);
            LOG.info(() -> "Taxonomy " + vocabulary + ": " + rows.size() + " terms, " + changes + " rows changed");
        });
    }
}
