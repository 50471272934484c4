package se.kunskapsnav.materials;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.kunskapsnav.platform.ContentSource;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Loads the national materials of {@code content/material/} at start-up, each folder once: a loaded
 * material belongs to the portal afterwards (administrators change it there). Their files go through the
 * same inspection as any upload, so a file the portal would refuse from an editor stops the start-up.
 */
@ApplicationScoped
public class MaterialSeedLoader {

    private static final Logger LOG = Logger.getLogger(MaterialSeedLoader.class.getName());

    @Inject
    ContentSource contentSource;

    @Inject
    MaterialService materials;

    @Inject
    MaterialFiles materialFiles;

    @Inject
    MaterialUploads uploads;

    @Inject
    FileStore fileStore;

    public void load() {
        int loaded = 0;
        Set<String> loadedBefore = materials.loadedSeeds();
        for (MaterialSeed seed : MaterialSeedParser.parse(path -> contentSource.find("material/" + path))) {
            if (loadedBefore.contains(seed.folder())) {
                continue;
            }
            List<CheckedUpload> files = new ArrayList<>();
            try {
                for (MaterialSeed.SeedFile file : seed.files()) {
                    files.add(uploads.check(file.fileName(), new ByteArrayInputStream(file.content())));
                }
                materialFiles.createSeed(seed.folder(), seed.input(), files);
                loaded++;
            } finally {
                files.forEach(file -> fileStore.discard(file.received()));
            }
        }
        int newly = loaded;
        LOG.info(() -> "National materials: " + newly + " loaded from content/material/");
    }
}
