package se.kunskapsnav.webcourse.web;

import se.kunskapsnav.webcourse.CourseModule;

import java.io.Serializable;

/** One text of a module (its discussion guide, its reflection questions) as safe HTML, under the module's title. */
public record ModuleText(String code, String title, String html) implements Serializable {

    static ModuleText of(CourseModule module, String markdown) {
        return new ModuleText(module.code(), WebCourseLabels.title(module),
                CourseText.html(markdown, module.code(), 4));
    }

    // Jakarta EL 5 reads bean getters, not record accessors.

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getHtml() {
        return html;
    }
}
