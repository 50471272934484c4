package se.kunskapsnav.webcourse;

import java.util.List;
import java.util.Optional;

/**
 * The web course as loaded from {@code content/webbkurs/}: its modules in order, the course leader manual,
 * and a hash of all of it that names the loaded version.
 */
public record CourseContent(String title, String introduction, List<CourseModule> modules, String manual,
                            String contentHash) {

    public CourseContent {
        modules = List.copyOf(modules);
    }

    public Optional<CourseModule> module(String code) {
        return modules.stream().filter(module -> module.code().equals(code)).findFirst();
    }

    public int lessonCount() {
        return modules.stream().mapToInt(module -> module.lessons().size()).sum();
    }
}
