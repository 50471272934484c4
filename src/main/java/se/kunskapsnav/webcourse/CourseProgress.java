package se.kunskapsnav.webcourse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person's progress through the loaded content. A lesson read in an earlier version still counts, so an
 * edited text does not undo anyone's work; a lesson or module added later must be read. The course is
 * complete when every current lesson is read and every quiz passed.
 */
public record CourseProgress(List<ModuleProgress> modules) {

    public CourseProgress {
        modules = List.copyOf(modules);
    }

    /**
     * @param read          the hash of the text each lesson had when it was read
     * @param passedQuizzes codes of the modules whose quiz has been passed (in any version)
     */
    public static CourseProgress of(CourseContent content, Map<LessonRef, String> read, Set<String> passedQuizzes) {
        return new CourseProgress(content.modules().stream().map(module -> {
            Map<String, String> readInModule = new HashMap<>();
            read.forEach((ref, hash) -> {
                if (ref.moduleCode().equals(module.code())) {
                    readInModule.put(ref.lessonCode(), hash);
                }
            });
            return new ModuleProgress(module, readInModule, passedQuizzes.contains(module.code()));
        }).toList());
    }

    public ModuleProgress of(String moduleCode) {
        return modules.stream().filter(m -> m.module().code().equals(moduleCode)).findFirst().orElseThrow();
    }

    public boolean complete() {
        return modules.stream().allMatch(ModuleProgress::done);
    }

    public int modulesDone() {
        return (int) modules.stream().filter(ModuleProgress::done).count();
    }

    /** Share of the steps done (every lesson and every quiz is one step), in whole per cent. */
    public int percent() {
        int steps = modules.stream().mapToInt(m -> m.module().lessons().size() + 1).sum();
        int done = modules.stream().mapToInt(m -> m.lessonsRead() + (m.quizPassed() ? 1 : 0)).sum();
        return steps == 0 ? 0 : done * 100 / steps;
    }
}
