package se.kunskapsnav.webcourse.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.courses.SwedishTime;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.web.Faces;
import se.kunskapsnav.webcourse.CourseModule;
import se.kunskapsnav.webcourse.QuizAttempt;
import se.kunskapsnav.webcourse.QuizQuestion;
import se.kunskapsnav.webcourse.QuizResult;
import se.kunskapsnav.webcourse.WebCourseService;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * {@code /webbkurs/quiz/{modul}}: a module's quiz, one group of radio buttons per question. A question left
 * unanswered is named at the question and nothing is saved; answered, the page shows each chosen answer as
 * right or wrong with its explanation and whether the quiz was passed. Retries are allowed; earlier attempts
 * are listed. A person who has not begun the course begins it here first.
 */
@Named
@ViewScoped
public class CourseQuizPage implements Serializable {

    static final String FORM = "quiz";

    @Inject
    WebCourseService webCourse;

    private String code;
    /** The chosen answer's position per question, as the radio buttons send it; null for none. */
    private String[] chosen;
    private Result result;
    private transient CourseModule module;
    private transient Boolean enrolled;
    private transient List<Attempt> attempts;
    private transient List<Question> questions;

    /** View action: 404 for a module that is not in the course. */
    public void load() {
        try {
            getModule();
            if (chosen == null) {
                chosen = new String[getModule().quiz().questions().size()];
            }
        } catch (NotFoundException e) {
            Faces.sendError(404);
        }
    }

    public CourseModule getModule() {
        if (module == null) {
            module = webCourse.module(code == null ? "" : code);
        }
        return module;
    }

    public String getModuleHeading() {
        return WebCourseLabels.title(getModule());
    }

    public boolean isEnrolled() {
        if (enrolled == null) {
            enrolled = webCourse.myEnrolment().isPresent();
        }
        return enrolled;
    }

    public void enrol() {
        try {
            webCourse.enrol();
            Faces.message(null, FacesMessage.SEVERITY_INFO, "webcourse.page.enrolled");
            Faces.redirect("/webbkurs/quiz/" + getModule().code());
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
    }

    /** The questions with their answers as choices. */
    public List<Question> getQuestions() {
        if (questions == null) {
            List<QuizQuestion> all = getModule().quiz().questions();
            questions = IntStream.range(0, all.size()).mapToObj(i -> Question.of(i, all.get(i))).toList();
        }
        return questions;
    }

    public int getPassMark() {
        return getModule().quiz().passMark();
    }

    public void submit() {
        List<Integer> answers = Arrays.stream(chosen).map(CourseQuizPage::position).toList();
        try {
            QuizResult graded = webCourse.answerQuiz(getModule().code(), answers);
            result = Result.of(graded);
            attempts = null;
            // a failed quiz is a warning, never shown as the green "done" of a success
            Faces.message(null, graded.passed() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                    graded.passed() ? "webcourse.quiz.passedMessage" : "webcourse.quiz.failedMessage",
                    graded.right(), graded.questions().size());
        } catch (InvalidInputException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, "webcourse.quiz.notGraded");
            Faces.fieldErrors(e, components(chosen.length));
        } catch (RefusedException e) {
            Faces.message(null, FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments());
        }
    }

    /** Answer the quiz again, from empty choices. */
    public void retry() {
        result = null;
        chosen = new String[getModule().quiz().questions().size()];
    }

    private static Integer position(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Question {@code q<n>} to its radio buttons; anything else to the page. */
    static Map<String, String> components(int questions) {
        Map<String, String> components = new LinkedHashMap<>();
        for (int i = 0; i < questions; i++) {
            components.put("q" + (i + 1), FORM + ":fragor:" + i + ":svar");
        }
        return components;
    }

    /** Earlier attempts, the latest first. */
    public List<Attempt> getAttempts() {
        if (attempts == null) {
            attempts = webCourse.myAttempts(getModule().code()).stream().map(Attempt::of).toList();
        }
        return attempts;
    }

    /** The module after this one, for going on after passing; null after the last. */
    public ModuleRow getNextModule() {
        List<CourseModule> all = webCourse.content().modules();
        int at = all.indexOf(getModule()) + 1;
        return at >= all.size() ? null : ModuleRow.of(all.get(at), null);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String[] getChosen() {
        return chosen;
    }

    public Result getResult() {
        return result;
    }

    /** One question: its number from 1, its text and its answers as choices with their positions as values. */
    public record Question(int number, String text, List<SelectItem> answers) implements Serializable {

        static Question of(int index, QuizQuestion question) {
            List<SelectItem> answers = new ArrayList<>();
            for (int i = 0; i < question.answers().size(); i++) {
                answers.add(new SelectItem(String.valueOf(i), question.answers().get(i).text()));
            }
            return new Question(index + 1, question.text(), answers);
        }

        // Jakarta EL 5 reads bean getters, not record accessors.

        public int getNumber() {
            return number;
        }

        public String getText() {
            return text;
        }

        public List<SelectItem> getAnswers() {
            return answers;
        }
    }

    /** A graded attempt as the page shows it. */
    public record Result(int right, int questions, boolean passed, List<Marked> marked) implements Serializable {

        static Result of(QuizResult result) {
            List<Marked> marked = new ArrayList<>();
            for (int i = 0; i < result.questions().size(); i++) {
                QuizResult.Marked question = result.questions().get(i);
                marked.add(new Marked(i + 1, question.question().text(), question.chosenAnswer().text(),
                        question.right(), question.chosenAnswer().explanation()));
            }
            return new Result(result.right(), result.questions().size(), result.passed(), marked);
        }

        public int getRight() {
            return right;
        }

        public int getQuestions() {
            return questions;
        }

        public boolean isPassed() {
            return passed;
        }

        public List<Marked> getMarked() {
            return marked;
        }
    }

    /** One question as answered: the chosen answer, right or wrong, and why. */
    public record Marked(int number, String question, String chosen, boolean right, String explanation)
            implements Serializable {

        public int getNumber() {
            return number;
        }

        public String getQuestion() {
            return question;
        }

        public String getChosen() {
            return chosen;
        }

        public boolean isRight() {
            return right;
        }

        public String getExplanation() {
            return explanation;
        }
    }

    /** An earlier attempt: when, how many right of how many, passed or not. */
    public record Attempt(String answeredAt, int right, int questions, boolean passed) implements Serializable {

        static Attempt of(QuizAttempt attempt) {
            return new Attempt(SwedishTime.dateTime(attempt.getAnsweredAt()), attempt.getRightAnswers(),
                    attempt.getQuestions(), attempt.isPassed());
        }

        public String getAnsweredAt() {
            return answeredAt;
        }

        public int getRight() {
            return right;
        }

        public int getQuestions() {
            return questions;
        }

        public boolean isPassed() {
            return passed;
        }
    }
}
