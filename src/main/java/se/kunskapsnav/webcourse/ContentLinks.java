package se.kunskapsnav.webcourse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links between lessons are written as paths to their files, as an editor sees them in the repository
 * ({@code 02-hur-vanligt.md}, {@code ../04-barn/01-barn.md}); pages show them as the lessons' addresses.
 */
public final class ContentLinks {

    private static final Pattern SAME_MODULE = Pattern.compile("([a-z0-9-]+)\\.md(#[\\w-]*)?");
    private static final Pattern OTHER_MODULE = Pattern.compile("\\.\\./([a-z0-9-]+)/([a-z0-9-]+)\\.md(#[\\w-]*)?");
    private static final Pattern FROM_TOP = Pattern.compile("([a-z0-9-]+)/([a-z0-9-]+)\\.md(#[\\w-]*)?");

    private ContentLinks() {
    }

    /**
     * The lesson a relative link leads to, from a file in {@code folder} (a module's code, or null for a file
     * at the top of {@code content/webbkurs/}).
     */
    public static Optional<LessonRef> lessonOf(String folder, String destination) {
        Matcher other = OTHER_MODULE.matcher(destination);
        if (folder != null && other.matches()) {
            return Optional.of(new LessonRef(other.group(1), other.group(2)));
        }
        Matcher inTop = FROM_TOP.matcher(destination);
        if (folder == null && inTop.matches()) {
            return Optional.of(new LessonRef(inTop.group(1), inTop.group(2)));
        }
        Matcher same = SAME_MODULE.matcher(destination);
        if (folder != null && same.matches()) {
            return Optional.of(new LessonRef(folder, same.group(1)));
        }
        return Optional.empty();
    }

    /** The portal address of a lesson link, or the destination itself for links out of the course. */
    public static String portalAddress(String contextPath, String folder, String destination) {
        return lessonOf(folder, destination)
                .map(ref -> contextPath + "/webbkurs/moduler/" + ref.moduleCode() + "/" + ref.lessonCode())
                .orElse(destination);
    }
}
