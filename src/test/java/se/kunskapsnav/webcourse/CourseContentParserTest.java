package se.kunskapsnav.webcourse;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourseContentParserTest {

    private static final String QUIZ = """
            ## Vilken form av våld är hot och kontroll?

            - [ ] Ekonomiskt våld
              > Nej, ekonomiskt våld handlar om pengar.
            - [x] Psykiskt våld
              > Ja, hot och kontroll är psykiskt våld.
            """;

    /** A small, valid course of two modules; tests break one file at a time. */
    private static Map<String, String> validCourse() {
        Map<String, String> files = new HashMap<>();
        files.put("kurs.md", "---\ntitel: Grundkurs\nmoduler: 01-vald, 02-barn\n---\nOm kursen.");
        files.put("01-vald/modul.md", "---\ntitel: Vad är våld?\nlektioner: 01-former, 02-hur-vanligt\n---\nIntro.");
        files.put("01-vald/01-former.md", "# Former av våld\n\nSe också [nästa lektion](02-hur-vanligt.md).");
        files.put("01-vald/02-hur-vanligt.md", "# Hur vanligt är det?\n\nLäs om [barn](../02-barn/01-barn.md) och "
                + "[Kvinnofridslinjen](https://www.kvinnofridslinjen.se).");
        files.put("01-vald/quiz.md", QUIZ);
        files.put("01-vald/reflektion.md", "- Hur frågar ni om våld?");
        files.put("01-vald/diskussionsguide.md", "## Syfte\n\nSamtal om våldets former.");
        files.put("02-barn/modul.md", "---\ntitel: Barn\nlektioner: 01-barn\n---\nIntro.");
        files.put("02-barn/01-barn.md", "# Barn som upplever våld\n\nBarn är brottsoffer.");
        files.put("02-barn/quiz.md", QUIZ);
        files.put("02-barn/reflektion.md", "- Hur pratar ni med barn?");
        files.put("02-barn/diskussionsguide.md", "Guide.");
        files.put("utbildningsmanual.md", "# Utbildningsmanual\n\nBörja med [modul 1](01-vald/01-former.md).");
        return files;
    }

    private static CourseContent parse(Map<String, String> files) {
        return CourseContentParser.parse(path -> Optional.ofNullable(files.get(path)));
    }

    private static String problemsOf(Map<String, String> files) {
        return String.join("\n", assertThrows(CourseContentException.class, () -> parse(files)).problems());
    }

    @Test
    void aValidCourseIsReadWithModulesLessonsQuizzesAndTheManualInOrder() {
        CourseContent course = parse(validCourse());

        assertEquals("Grundkurs", course.title());
        assertEquals(2, course.modules().size());
        CourseModule first = course.modules().getFirst();
        assertEquals("01-vald", first.code());
        assertEquals(1, first.number());
        assertEquals("Hur vanligt är det?", first.lessons().get(1).title());
        assertFalse(first.lessons().getFirst().text().contains("# Former av våld"), "the title is not part of the text");
        assertEquals(1, first.quiz().questions().getFirst().rightAnswer());
        assertEquals("Ja, hot och kontroll är psykiskt våld.",
                first.quiz().questions().getFirst().answers().get(1).explanation());
        assertEquals("- Hur frågar ni om våld?", first.reflection());
        assertEquals(3, course.lessonCount());
        assertTrue(course.manual().startsWith("# Utbildningsmanual"));
    }

    @Test
    void theVersionHashChangesWithAnyTextAndOnlyTheChangedLessonsHashChanges() {
        Map<String, String> files = validCourse();
        CourseContent before = parse(files);
        files.put("01-vald/01-former.md", "# Former av våld\n\nNy text.");
        CourseContent after = parse(files);

        assertNotEquals(before.contentHash(), after.contentHash());
        assertNotEquals(before.modules().getFirst().lessons().getFirst().contentHash(),
                after.modules().getFirst().lessons().getFirst().contentHash());
        assertEquals(before.modules().getFirst().lessons().get(1).contentHash(),
                after.modules().getFirst().lessons().get(1).contentHash());
    }

    @Test
    void aLessonWithoutTitleIsReportedWithItsFile() {
        Map<String, String> files = validCourse();
        files.put("02-barn/01-barn.md", "Barn är brottsoffer.");

        assertTrue(problemsOf(files).contains("02-barn/01-barn.md:1: a lesson must start with its title"));
    }

    @Test
    void aQuestionNeedsExactlyOneRightAnswer() {
        Map<String, String> files = validCourse();
        files.put("01-vald/quiz.md", QUIZ.replace("- [ ] Ekonomiskt", "- [x] Ekonomiskt"));
        files.put("02-barn/quiz.md", QUIZ.replace("- [x] Psykiskt", "- [ ] Psykiskt"));

        String problems = problemsOf(files);
        assertTrue(problems.contains("01-vald/quiz.md:1: a question needs exactly one right answer '- [x]', found 2"),
                problems);
        assertTrue(problems.contains("02-barn/quiz.md:1: a question needs exactly one right answer '- [x]', found 0"),
                problems);
    }

    @Test
    void everyAnswerNeedsAnExplanation() {
        Map<String, String> files = validCourse();
        files.put("01-vald/quiz.md", QUIZ.replace("  > Nej, ekonomiskt våld handlar om pengar.\n", ""));

        assertTrue(problemsOf(files).contains("01-vald/quiz.md:3: every answer needs an explanation"));
    }

    @Test
    void aQuizWithoutQuestionsOrWithStrayTextIsRefused() {
        Map<String, String> files = validCourse();
        files.put("01-vald/quiz.md", "Bara text.");

        String problems = problemsOf(files);
        assertTrue(problems.contains("01-vald/quiz.md:1: expected a question"), problems);
        assertTrue(problems.contains("01-vald/quiz.md: the quiz has no questions"), problems);
    }

    @Test
    void linksMustLeadToALessonOfTheCourse() {
        Map<String, String> files = validCourse();
        files.put("01-vald/01-former.md", "# Former\n\n[saknas](03-finns-inte.md) [fel modul](../09-x/01-a.md) "
                + "[skript](javascript:alert(1))");
        files.put("utbildningsmanual.md", "# Manual\n\n[trasig](01-vald/99-saknas.md)");

        String problems = problemsOf(files);
        assertTrue(problems.contains("01-vald/01-former.md: link '03-finns-inte.md' does not lead to a lesson"), problems);
        assertTrue(problems.contains("link '../09-x/01-a.md' does not lead to a lesson"), problems);
        assertTrue(problems.contains("link 'javascript:alert(1)' does not lead to a lesson"), problems);
        assertTrue(problems.contains("utbildningsmanual.md: link '01-vald/99-saknas.md' does not lead"), problems);
    }

    @Test
    void listedFilesMustExistAndCodesBeWellFormedAndUnique() {
        Map<String, String> files = validCourse();
        files.put("kurs.md", "---\ntitel: Grundkurs\nmoduler: 01-vald, 01-vald, 02-barn, Modul-3\n---\n");
        files.remove("02-barn/reflektion.md");
        files.remove("utbildningsmanual.md");

        String problems = problemsOf(files);
        assertTrue(problems.contains("kurs.md: module 01-vald is listed twice"), problems);
        assertTrue(problems.contains("kurs.md: module code 'Modul-3' may only have a-z, 0-9 and '-'"), problems);
        assertTrue(problems.contains("02-barn/reflektion.md: file is missing"), problems);
        assertTrue(problems.contains("utbildningsmanual.md: file is missing"), problems);
    }

    @Test
    void frontMatterMustBeThereWithItsKeys() {
        Map<String, String> files = validCourse();
        files.put("02-barn/modul.md", "titel: Barn\n");
        files.put("01-vald/modul.md", "---\nlektioner: 01-former, 02-hur-vanligt\n---\n");

        String problems = problemsOf(files);
        assertTrue(problems.contains("02-barn/modul.md:1: must begin with front matter"), problems);
        assertTrue(problems.contains("01-vald/modul.md: 'titel:' is missing or empty"), problems);
    }

    /** The course the portal ships must load: the same check as at start-up, without a server. */
    @Test
    void theShippedCourseIsValid() {
        Path folder = Path.of("content", "webbkurs");
        CourseContent course = CourseContentParser.parse(path -> {
            Path file = folder.resolve(path);
            try {
                return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        assertTrue(course.modules().size() >= 7, "at least seven modules");
        course.modules().forEach(module -> {
            assertFalse(module.lessons().isEmpty(), module.code());
            assertFalse(module.quiz().questions().isEmpty(), module.code());
        });
    }
}
