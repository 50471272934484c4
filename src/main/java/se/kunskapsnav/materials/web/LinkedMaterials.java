package se.kunskapsnav.materials.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.materials.Material;
import se.kunskapsnav.materials.MaterialLinks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The materials a course, a network meeting or a web-course module uses that the visitor may see, for
 * {@code WEB-INF/includes/linked-materials.xhtml}; each asked once per request.
 */
@Named
@RequestScoped
public class LinkedMaterials {

    @Inject
    MaterialLinks links;

    private final Map<String, List<Material>> found = new HashMap<>();

    public List<Material> ofCourse(long courseId) {
        return found.computeIfAbsent("course " + courseId, key -> links.usedInCourse(courseId));
    }

    public List<Material> ofMeeting(long meetingId) {
        return found.computeIfAbsent("meeting " + meetingId, key -> links.usedInMeeting(meetingId));
    }

    public List<Material> ofModule(String moduleCode) {
        return found.computeIfAbsent("module " + moduleCode, key -> links.usedInModule(moduleCode));
    }
}
