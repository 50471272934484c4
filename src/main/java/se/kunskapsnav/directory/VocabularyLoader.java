package se.kunskapsnav.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.kunskapsnav.platform.ContentFile;
import se.kunskapsnav.platform.ContentSource;

import java.util.logging.Logger;

/** Loads {@code content/taxonomy/} and gives every municipality and region its organisation. */
@ApplicationScoped
public class VocabularyLoader {

    private static final Logger LOG = Logger.getLogger(VocabularyLoader.class.getName());

    @Inject
    ContentSource content;

    @Inject
    DirectoryService directory;

    public void load() {
        Vocabulary vocabulary = VocabularyParser.parse(file("professions.csv"), file("sectors.csv"));
        int vocabularyChanges = directory.synchronize(vocabulary);
        int organisationChanges = directory.ensurePublicOrganisations();
        LOG.info(() -> "Vocabulary: " + vocabulary.professions().size() + " professions, "
                + vocabulary.sectors().size() + " sectors, " + vocabularyChanges + " rows changed; "
                + organisationChanges + " municipal and regional organisations created or renamed");
    }

    private ContentFile file(String name) {
        return new ContentFile(name, content.read("taxonomy/" + name));
    }
}
