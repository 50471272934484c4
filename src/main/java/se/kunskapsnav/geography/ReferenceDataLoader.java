package se.kunskapsnav.geography;

import se.kunskapsnav.platform.ContentFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.kunskapsnav.platform.ContentSource;

import java.util.logging.Logger;

/** Reads {@code content/reference/} and brings the geography tables in line with it. */
@ApplicationScoped
public class ReferenceDataLoader {

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class.getName());

    @Inject
    ContentSource content;

    @Inject
    GeographyService geography;

    public SyncResult load() {
        ReferenceData data = ReferenceDataParser.parse(
                file("counties.csv"), file("regions.csv"), file("municipalities.csv"));
        SyncResult result = geography.synchronize(data);
        LOG.info(() -> "Reference data: " + data.counties().size() + " counties, " + data.regions().size()
                + " regions, " + data.municipalities().size() + " municipalities; " + result);
        return result;
    }

    private ContentFile file(String name) {
        return new ContentFile(name, content.read("reference/" + name));
    }
}
