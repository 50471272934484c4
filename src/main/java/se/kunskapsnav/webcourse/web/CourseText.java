package se.kunskapsnav.webcourse.web;

import se.kunskapsnav.platform.Markdown;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.webcourse.ContentLinks;

/**
 * The web course's Markdown as safe HTML for a page: links between lessons lead to the lessons' pages, and
 * headings sit under the page's own.
 */
final class CourseText {

    private CourseText() {
    }

    /**
     * @param folder   the module the text belongs to, or null for a file at the top of the course
     * @param topLevel the highest heading level the text may use on the page
     */
    static String html(String markdown, String folder, int topLevel) {
        String contextPath = Faces.request().getContextPath();
        return Markdown.toSafeHtml(markdown, destination -> ContentLinks.portalAddress(contextPath, folder, destination),
                topLevel);
    }
}
