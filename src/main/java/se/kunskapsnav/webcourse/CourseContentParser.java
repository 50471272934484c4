package se.kunskapsnav.webcourse;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import se.kunskapsnav.accounts.Secrets;
import se.kunskapsnav.platform.FrontMatter;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the web course from its files (format in {@code content/webbkurs/README.md}) and checks it whole:
 * every listed file exists, every lesson has a title, every quiz question exactly one right answer and an
 * explanation for each answer, every link between lessons resolves. The {@link CourseContent} comes back,
 * or a {@link CourseContentException} lists every problem as "file:line: problem".
 */
public final class CourseContentParser {

    static final String COURSE_FILE = "kurs.md";
    static final String MODULE_FILE = "modul.md";
    static final String QUIZ_FILE = "quiz.md";
    static final String REFLECTION_FILE = "reflektion.md";
    static final String GUIDE_FILE = "diskussionsguide.md";
    static final String MANUAL_FILE = "utbildningsmanual.md";

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final Pattern ANSWER = Pattern.compile("- \\[([ xX])] (.+)");
    private static final Parser MARKDOWN = Parser.builder().build();

    private final Function<String, Optional<String>> files;
    private final List<String> problems = new ArrayList<>();
    private final StringBuilder allText = new StringBuilder();

    private CourseContentParser(Function<String, Optional<String>> files) {
        this.files = files;
    }

    /** @param files the text of a file by its path under {@code content/webbkurs/}, empty when it is missing */
    public static CourseContent parse(Function<String, Optional<String>> files) {
        return new CourseContentParser(files).parse();
    }

    private CourseContent parse() {
        Optional<FrontMatter> course = frontMatterFile(COURSE_FILE);
        String title = course.map(c -> c.required("titel")).orElse("");
        List<String> moduleCodes = course.map(c -> c.list("moduler")).orElse(List.of());
        List<CourseModule> modules = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String code : moduleCodes) {
            if (!CODE.matcher(code).matches()) {
                problems.add(COURSE_FILE + ": module code '" + code + "' may only have a-z, 0-9 and '-'");
            } else if (!seen.add(code)) {
                problems.add(COURSE_FILE + ": module " + code + " is listed twice");
            } else {
                module(code, modules.size() + 1).ifPresent(modules::add);
            }
        }
        String manual = required(MANUAL_FILE).orElse("");
        checkLinks(modules, manual);
        if (!problems.isEmpty()) {
            throw new CourseContentException(problems);
        }
        return new CourseContent(title, course.get().body(), modules, manual, Secrets.sha256(allText.toString()));
    }

    private Optional<CourseModule> module(String code, int number) {
        String file = code + "/" + MODULE_FILE;
        Optional<FrontMatter> module = frontMatterFile(file);
        if (module.isEmpty()) {
            return Optional.empty();
        }
        String title = module.get().required("titel");
        List<Lesson> lessons = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String lessonCode : module.get().list("lektioner")) {
            if (!CODE.matcher(lessonCode).matches()) {
                problems.add(file + ": lesson code '" + lessonCode + "' may only have a-z, 0-9 and '-'");
            } else if (!seen.add(lessonCode)) {
                problems.add(file + ": lesson " + lessonCode + " is listed twice");
            } else {
                lesson(code + "/" + lessonCode + ".md", lessonCode).ifPresent(lessons::add);
            }
        }
        Optional<Quiz> quiz = required(code + "/" + QUIZ_FILE).flatMap(text -> quiz(code + "/" + QUIZ_FILE, text));
        String reflection = required(code + "/" + REFLECTION_FILE).orElse("");
        String guide = required(code + "/" + GUIDE_FILE).orElse("");
        if (quiz.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CourseModule(code, number, title, module.get().body(), lessons, quiz.get(),
                reflection, guide));
    }

    private Optional<Lesson> lesson(String file, String code) {
        return required(file).flatMap(text -> {
            String[] lines = text.strip().split("\r?\n", 2);
            if (!lines[0].startsWith("# ") || lines[0].substring(2).isBlank()) {
                problems.add(file + ":1: a lesson must start with its title as '# Title'");
                return Optional.empty();
            }
            String body = lines.length > 1 ? lines[1].strip() : "";
            if (body.isEmpty()) {
                problems.add(file + ": the lesson has a title but no text");
            }
            return Optional.of(new Lesson(code, lines[0].substring(2).strip(), body, Secrets.sha256(text)));
        });
    }

    /** Questions are '## ' headings; each answer is '- [ ] text' or '- [x] text' followed by '  > explanation'. */
    private Optional<Quiz> quiz(String file, String text) {
        List<QuizQuestion> questions = new ArrayList<>();
        String question = null;
        int questionLine = 0;
        List<QuizAnswer> answers = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        int before = problems.size();
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "## ";
            Matcher answer = ANSWER.matcher(line.strip());
            if (line.startsWith("## ")) {
                if (question != null) {
                    checkQuestion(file, questionLine, answers);
                    questions.add(new QuizQuestion(question, answers));
                }
                question = line.substring(3).strip();
                questionLine = i + 1;
                answers = new ArrayList<>();
                if (question.isEmpty() && i < lines.length) {
                    problems.add(file + ":" + (i + 1) + ": a question needs its text after '## '");
                }
            } else if (line.startsWith("- ") && question != null && answer.matches()) {
                String explanation = i + 1 < lines.length && lines[i + 1].strip().startsWith("> ")
                        ? lines[i + 1].strip().substring(2).strip() : "";
                if (explanation.isEmpty()) {
                    problems.add(file + ":" + (i + 1) + ": every answer needs an explanation on the next line, '  > …'");
                }
                answers.add(new QuizAnswer(answer.group(2).strip(), !answer.group(1).isBlank(), explanation));
            } else if (!line.isBlank() && !line.strip().startsWith("> ")) {
                problems.add(file + ":" + (i + 1) + ": expected a question '## …', an answer '- [ ] …' or '- [x] …', "
                        + "or an explanation '  > …'");
            }
        }
        if (questions.isEmpty()) {
            problems.add(file + ": the quiz has no questions");
        }
        return problems.size() == before ? Optional.of(new Quiz(questions, Secrets.sha256(text))) : Optional.empty();
    }

    private void checkQuestion(String file, int line, List<QuizAnswer> answers) {
        long right = answers.stream().filter(QuizAnswer::right).count();
        if (answers.size() < 2) {
            problems.add(file + ":" + line + ": a question needs at least two answers");
        }
        if (right != 1) {
            problems.add(file + ":" + line + ": a question needs exactly one right answer '- [x]', found " + right);
        }
    }

    /** Links must be http(s) or mailto, or a relative path to a lesson of the course. */
    private void checkLinks(List<CourseModule> modules, String manual) {
        for (CourseModule module : modules) {
            for (Lesson lesson : module.lessons()) {
                checkLinks(module.code() + "/" + lesson.code() + ".md", module.code(), lesson.text(), modules);
            }
            checkLinks(module.code() + "/" + MODULE_FILE, module.code(), module.introduction(), modules);
            checkLinks(module.code() + "/" + REFLECTION_FILE, module.code(), module.reflection(), modules);
            checkLinks(module.code() + "/" + GUIDE_FILE, module.code(), module.discussionGuide(), modules);
        }
        checkLinks(MANUAL_FILE, null, manual, modules);
    }

    private void checkLinks(String file, String folder, String markdown, List<CourseModule> modules) {
        MARKDOWN.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                String destination = link.getDestination();
                if (isExternal(destination)) {
                    if (!isValidUri(destination)) {
                        problems.add(file + ": link '" + destination + "' is not a valid address");
                    }
                } else {
                    Optional<LessonRef> target = ContentLinks.lessonOf(folder, destination);
                    boolean exists = target.flatMap(ref -> modules.stream()
                            .filter(m -> m.code().equals(ref.moduleCode())).findFirst()
                            .flatMap(m -> m.lesson(ref.lessonCode()))).isPresent();
                    if (!exists) {
                        problems.add(file + ": link '" + destination + "' does not lead to a lesson of the course");
                    }
                }
                visitChildren(link);
            }
        });
    }

    private static boolean isExternal(String destination) {
        return destination.startsWith("https://") || destination.startsWith("http://")
                || destination.startsWith("mailto:");
    }

    private static boolean isValidUri(String destination) {
        try {
            URI uri = URI.create(destination);
            return destination.startsWith("mailto:") || uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Optional<String> required(String file) {
        Optional<String> text = files.apply(file);
        if (text.isEmpty()) {
            problems.add(file + ": file is missing");
        } else if (text.get().isBlank()) {
            problems.add(file + ": file is empty");
            return Optional.empty();
        } else {
            allText.append(file).append('\n').append(text.get()).append('\n');
        }
        return text;
    }

    private Optional<FrontMatter> frontMatterFile(String file) {
        return required(file).flatMap(text -> FrontMatter.parse(file, text, problems));
    }
}
