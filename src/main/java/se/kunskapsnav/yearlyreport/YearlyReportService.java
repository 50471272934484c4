package se.kunskapsnav.yearlyreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import se.kunskapsnav.accounts.AccountService;
import se.kunskapsnav.geography.CountySummary;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.platform.AuditLog;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeOperation;
import se.kunskapsnav.platform.InvalidInputException;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.NotFoundException;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.TableExport;
import se.kunskapsnav.platform.TenancyGuard;
import se.kunskapsnav.platform.TextInput;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The yearly follow-up: administrators define each year's questionnaire; a county's editors fill in its report,
 * see its figures filled in from data ({@link YearlyFigures}) and submit it, which locks it and keeps a frozen
 * version; an administrator may return it for changes with a reason; administrators read the national roll-up
 * and export it. Every write locks the year's questionnaire row first, so a submission and the removal of a
 * question, or two saves of one county's report, never interleave. Rules are in {@link QuestionnaireRules},
 * {@link AnswerRules} and {@link ReportStatus}.
 */
@ApplicationScoped
public class YearlyReportService {

    static final String QUESTIONNAIRE = "yearly_questionnaire";
    static final String QUESTION = "yearly_question";
    static final String REPORT = "yearly_report";
    static final int MAX_REASON = 2000;

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    TenancyGuard guard;

    @Inject
    ChangeLog changeLog;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    YearlyFigures figures;

    @Inject
    GeographyService geography;

    @Inject
    AccountService accounts;

    /** What a county's report page and the API show: the questions, the report (null before the first save). */
    public record ReportView(String countyCode, int year, List<Question> questions, YearlyReport report,
                             Map<Long, AnswerValue> answers, Map<YearlyFigure, Long> figures,
                             List<ReportVersion> versions) {

        public ReportStatus status() {
            return report == null ? ReportStatus.DRAFT : report.getStatus();
        }

        /** The version an administrator returned last, while the report is open for changes again. */
        public Optional<ReportVersion> returnedVersion() {
            return status() == ReportStatus.RETURNED ? versions.stream().reduce((a, b) -> b) : Optional.empty();
        }
    }

    /** One frozen version and its answers in question order. */
    public record VersionView(String countyCode, int year, ReportVersion version, List<VersionAnswer> answers) {
    }

    /** A year's questionnaire with how many questions it has and how many counties have submitted. */
    public record QuestionnaireSummary(int year, long questions, long submitted) {
    }

    /** Everything the national page shows: each county's status, the roll-up, the table to export. */
    public record NationalView(int year, List<Question> questions, Map<String, String> countyNames,
                               Map<String, NationalTable.CountyStatus> statuses,
                               Map<String, Map<Long, AnswerValue>> submitted, RollUp.Result rollUp) {
    }

    // ---- questionnaires

    /** Every year's questionnaire, newest first. */
    public List<QuestionnaireSummary> questionnaires() {
        Map<Integer, Long> questionCounts = counts(em.createQuery(
                "select q.year, count(q) from Question q group by q.year", Object[].class).getResultList());
        Map<Integer, Long> submittedCounts = counts(em.createQuery(
                "select r.year, count(r) from YearlyReport r where r.status = :submitted group by r.year",
                Object[].class).setParameter("submitted", ReportStatus.SUBMITTED).getResultList());
        return em.createQuery("select q from Questionnaire q order by q.year desc", Questionnaire.class)
                .getResultStream()
                .map(q -> new QuestionnaireSummary(q.getYear(), questionCounts.getOrDefault(q.getYear(), 0L),
                        submittedCounts.getOrDefault(q.getYear(), 0L)))
                .toList();
    }

    public Optional<Questionnaire> questionnaire(int year) {
        return Optional.ofNullable(em.find(Questionnaire.class, year));
    }

    /** The year's questions in order; 404 when the year has no questionnaire. */
    public List<Question> questions(int year) {
        requireQuestionnaire(year);
        return em.createQuery("select q from Question q where q.year = :year order by q.position, q.id",
                Question.class).setParameter("year", year).getResultList();
    }

    /** Whether any report of the year has ever been submitted: then its questions may only be added to. */
    public boolean hasSubmissions(int year) {
        return em.createQuery("""
                        select count(v) from ReportVersion v
                        where exists (select r from YearlyReport r where r.id = v.reportId and r.year = :year)""",
                Long.class).setParameter("year", year).getSingleResult() > 0;
    }

    /** A new questionnaire, empty or with the questions of an earlier year copied (administrators). */
    @Transactional
    public Questionnaire createQuestionnaire(int year, Integer copyFrom) {
        guard.requireAdministrator();
        QuestionnaireRules.checkYear(year);
        if (copyFrom != null && questionnaire(copyFrom).isEmpty()) {
            throw InvalidInputException.of("copyQuestionsFrom", "yearly.questionnaire.noSuchYear");
        }
        if (questionnaire(year).isPresent()) {
            throw new RefusedException("yearly.questionnaire.exists", String.valueOf(year));
        }
        Questionnaire questionnaire = new Questionnaire(year, clock.instant());
        em.persist(questionnaire);
        em.flush();
        if (copyFrom != null) {
            List<Question> earlier = questions(copyFrom);
            for (int i = 0; i < earlier.size(); i++) {
                em.persist(new Question(year, i + 1, earlier.get(i).toValid()));
            }
        }
        changeLog.record(QUESTIONNAIRE, String.valueOf(year), ChangeOperation.CREATE);
        audit.record(QUESTIONNAIRE, year, "CREATE", null,
                copyFrom == null ? String.valueOf(year) : year + " (" + copyFrom + ")");
        return questionnaire;
    }

    /** Adds a question last (administrators); allowed also after reports have been submitted. */
    @Transactional
    public Question addQuestion(int year, QuestionInput input) {
        guard.requireAdministrator();
        Questionnaire questionnaire = locked(year);
        ValidQuestion valid = QuestionnaireRules.check(input);
        List<Question> questions = questions(year);
        QuestionnaireRules.requireRoomFor(questions.size());
        int last = questions.stream().mapToInt(Question::getPosition).max().orElse(0);
        Question question = new Question(year, last + 1, valid);
        em.persist(question);
        em.flush();
        questionnaire.touch(clock.instant());
        changeLog.record(QUESTION, question.getId().toString(), ChangeOperation.CREATE);
        audit.record(QUESTION, question.getId(), "CREATE", null, year + ": " + question.getText());
        return question;
    }

    /** Removes a question and the draft answers to it (administrators), only while no report is submitted. */
    @Transactional
    public void removeQuestion(int year, long questionId) {
        guard.requireAdministrator();
        Questionnaire questionnaire = locked(year);
        Question question = questionOf(year, questionId);
        QuestionnaireRules.requireMayRemove(hasSubmissions(year));
        em.createQuery("delete from Answer a where a.questionId = :question")
                .setParameter("question", questionId).executeUpdate();
        em.remove(question);
        questionnaire.touch(clock.instant());
        changeLog.record(QUESTION, String.valueOf(questionId), ChangeOperation.DELETE);
        audit.record(QUESTION, questionId, "DELETE", null, year + ": " + question.getText());
    }

    /** Puts the questions in the given order, which must name each of them once (administrators). */
    @Transactional
    public List<Question> reorder(int year, List<Long> questionIds) {
        guard.requireAdministrator();
        Questionnaire questionnaire = locked(year);
        List<Question> questions = questions(year);
        List<Long> order = QuestionnaireRules.reordered(questions.stream().map(Question::getId).toList(),
                questionIds);
        Map<Long, Question> byId = questions.stream().collect(Collectors.toMap(Question::getId, Function.identity()));
        for (int i = 0; i < order.size(); i++) {
            byId.get(order.get(i)).moveTo(i + 1);
        }
        questionnaire.touch(clock.instant());
        changeLog.record(QUESTIONNAIRE, String.valueOf(year), ChangeOperation.UPDATE);
        audit.record(QUESTIONNAIRE, year, "REORDER", null, String.valueOf(year));
        return order.stream().map(byId::get).toList();
    }

    /** Moves one question up (negative steps) or down (administrators). */
    @Transactional
    public List<Question> move(int year, long questionId, int steps) {
        List<Long> current = questions(year).stream().map(Question::getId).toList();
        return reorder(year, QuestionnaireRules.moved(current, questionId, steps));
    }

    // ---- a county's report

    /** The county's report of the year for its editors and administrators; the figures are today's. */
    public ReportView report(String countyCode, int year) {
        guard.requireMayEdit(countyCode);
        List<Question> questions = questions(year);
        YearlyReport report = findReport(countyCode, year);
        if (report == null) {
            return new ReportView(countyCode, year, questions, null, Map.of(), figuresFor(questions, countyCode, year),
                    List.of());
        }
        return new ReportView(countyCode, year, questions, report, answers(report),
                report.getStatus().mayChangeAnswers() ? figuresFor(questions, countyCode, year) : Map.of(),
                versions(report));
    }

    /** The county's report status in the year, null before its first save (its editors and administrators). */
    public ReportStatus status(String countyCode, int year) {
        guard.requireMayEdit(countyCode);
        YearlyReport report = findReport(countyCode, year);
        return report == null ? null : report.getStatus();
    }

    /**
     * Saves answers as a draft (question id to text; an empty text clears the answer, questions not given keep
     * theirs), with today's figures from data beside the pre-filled ones. Refused once submitted.
     */
    @Transactional
    public YearlyReport saveAnswers(String countyCode, int year, Map<Long, String> given) {
        guard.requireMayEdit(countyCode);
        locked(year);
        List<Question> questions = questions(year);
        YearlyReport existing = lockedReport(countyCode, year);
        if (existing != null) {
            existing.getStatus().requireMayChangeAnswers();
        }
        Map<Long, String> checked = AnswerRules.checkAll(questions, given);
        YearlyReport report = existing == null ? newReport(countyCode, year) : existing;
        Map<Long, String> values = new HashMap<>(currentValues(report));
        values.putAll(checked);
        write(report, questions, values, figuresFor(questions, countyCode, year));
        report.changed(report.getStatus(), clock.instant(), guard.currentAccountId());
        logged(report, existing == null ? ChangeOperation.CREATE : ChangeOperation.UPDATE, "SAVE");
        return report;
    }

    /**
     * Refuses, as {@link #submit} would, a report that cannot be submitted with the given answers, and changes
     * nothing: the page asks "are you sure" only about a report that can be submitted, after showing every wrong
     * or missing answer at once.
     */
    public void checkSubmission(String countyCode, int year, Map<Long, String> given) {
        guard.requireMayEdit(countyCode);
        List<Question> questions = questions(year);
        YearlyReport existing = findReport(countyCode, year);
        (existing == null ? ReportStatus.DRAFT : existing.getStatus()).submit();
        AnswerRules.forSubmission(questions, existing == null ? Map.of() : currentValues(existing), given,
                figuresFor(questions, countyCode, year));
    }

    /**
     * Submits the report, with the given answers saved first when there are any: every question but free text
     * must be answered (a pre-filled number left empty takes its figure), the report is locked and a frozen
     * version is kept. Refused when already submitted; nothing is saved when an answer is wrong or missing.
     */
    @Transactional
    public ReportVersion submit(String countyCode, int year, Map<Long, String> given) {
        guard.requireMayEdit(countyCode);
        locked(year);
        List<Question> questions = questions(year);
        YearlyReport existing = lockedReport(countyCode, year);
        ReportStatus next = (existing == null ? ReportStatus.DRAFT : existing.getStatus()).submit();
        Map<Long, String> current = existing == null ? Map.of() : currentValues(existing);
        Map<YearlyFigure, Long> today = figuresFor(questions, countyCode, year);
        Map<Long, String> complete = AnswerRules.forSubmission(questions, current,
                given == null ? Map.of() : given, today);
        YearlyReport report = existing == null ? newReport(countyCode, year) : existing;
        write(report, questions, complete, today);

        List<ReportVersion> earlier = versions(report);
        ReportVersion version = new ReportVersion(report.getId(), earlier.size() + 1, clock.instant(),
                guard.currentAccountId());
        em.persist(version);
        em.flush();
        Map<Long, AnswerValue> frozen = answers(report);
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            em.persist(new VersionAnswer(version.getId(), question, i + 1,
                    frozen.getOrDefault(question.getId(), new AnswerValue(null, null))));
        }
        report.changed(next, clock.instant(), guard.currentAccountId());
        logged(report, existing == null ? ChangeOperation.CREATE : ChangeOperation.UPDATE, "SUBMIT");
        return version;
    }

    /** Returns a submitted report for changes with a reason (administrators); its version keeps the reason. */
    @Transactional
    public ReportVersion returnForChanges(String countyCode, int year, String reason) {
        guard.requireAdministrator();
        locked(year);
        Map<String, String> problems = new LinkedHashMap<>();
        String checkedReason = TextInput.multiline(reason, MAX_REASON, "reason", problems);
        if (checkedReason.isEmpty()) {
            problems.putIfAbsent("reason", "yearly.report.reasonRequired");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        YearlyReport report = lockedReport(countyCode, year);
        if (report == null) {
            throw new RefusedException("yearly.report.notSubmitted");
        }
        ReportStatus next = report.getStatus().returnForChanges();
        ReportVersion latest = versions(report).getLast();
        latest.returned(clock.instant(), guard.currentAccountId(), checkedReason);
        report.changed(next, clock.instant(), guard.currentAccountId());
        logged(report, ChangeOperation.UPDATE, "RETURN");
        return latest;
    }

    /** One frozen version of the county's report, for its editors and administrators. */
    public VersionView version(String countyCode, int year, int number) {
        guard.requireMayEdit(countyCode);
        requireQuestionnaire(year);
        YearlyReport report = findReport(countyCode, year);
        ReportVersion version = report == null ? null : versions(report).stream()
                .filter(v -> v.getNumber() == number).findFirst().orElse(null);
        NotFoundException.requireFound(version, "version " + number + " of " + countyCode + " " + year);
        List<VersionAnswer> answers = em.createQuery(
                        "select a from VersionAnswer a where a.versionId = :version order by a.position",
                        VersionAnswer.class)
                .setParameter("version", version.getId()).getResultList();
        return new VersionView(countyCode, year, version, answers);
    }

    /** The name of the person behind an account id, or empty for none or an erased account. */
    public String personName(Long accountId) {
        if (accountId == null) {
            return "";
        }
        String name = accounts.account(accountId).getName();
        return name == null ? "" : name;
    }

    // ---- national

    /** The year across all counties (administrators). */
    public NationalView national(int year) {
        guard.requireAdministrator();
        List<Question> questions = questions(year);
        Map<String, String> countyNames = new LinkedHashMap<>();
        for (CountySummary county : geography.counties()) {
            countyNames.put(county.county().getCode(), county.county().getName());
        }
        List<YearlyReport> reports = em.createQuery("select r from YearlyReport r where r.year = :year",
                YearlyReport.class).setParameter("year", year).getResultList();
        Map<Long, ReportVersion> latestVersions = new HashMap<>();
        if (!reports.isEmpty()) {
            em.createQuery("select v from ReportVersion v where v.reportId in :reports order by v.number",
                            ReportVersion.class)
                    .setParameter("reports", reports.stream().map(YearlyReport::getId).toList())
                    .getResultStream().forEach(v -> latestVersions.put(v.getReportId(), v));
        }
        Map<String, NationalTable.CountyStatus> statuses = new HashMap<>();
        Map<String, Map<Long, AnswerValue>> submitted = new HashMap<>();
        for (YearlyReport report : reports) {
            ReportVersion latest = latestVersions.get(report.getId());
            statuses.put(report.getCountyCode(), new NationalTable.CountyStatus(report.getStatus(),
                    latest == null ? null : latest.getSubmittedAt()));
            if (report.getStatus() == ReportStatus.SUBMITTED) {
                submitted.put(report.getCountyCode(), answers(report));
            }
        }
        RollUp.Result rollUp = RollUp.of(questions, List.copyOf(countyNames.keySet()), submitted);
        return new NationalView(year, questions, countyNames, statuses, submitted, rollUp);
    }

    public byte[] exportCsv(int year) {
        NationalView view = national(year);
        return TableExport.csv(NationalTable.header(), rows(view));
    }

    public byte[] exportXlsx(int year) {
        NationalView view = national(year);
        return TableExport.xlsx(Messages.get("yearly.export.sheet", String.valueOf(year)), NationalTable.header(),
                rows(view));
    }

    private static List<List<String>> rows(NationalView view) {
        return NationalTable.rows(view.questions(), view.countyNames(), view.statuses(), view.submitted());
    }

    // ---- helpers

    private Questionnaire requireQuestionnaire(int year) {
        return questionnaire(year).orElseThrow(() -> new NotFoundException("questionnaire " + year));
    }

    /** The year's questionnaire row, locked for the rest of the transaction. */
    private Questionnaire locked(int year) {
        return NotFoundException.requireFound(em.find(Questionnaire.class, year, LockModeType.PESSIMISTIC_WRITE),
                "questionnaire " + year);
    }

    private Question questionOf(int year, long questionId) {
        Question question = em.find(Question.class, questionId);
        if (question == null || question.getYear() != year) {
            throw new NotFoundException("question " + questionId + " of " + year);
        }
        return question;
    }

    private YearlyReport findReport(String countyCode, int year) {
        return reportQuery(countyCode, year).getResultStream().findFirst().orElse(null);
    }

    /** The county's report read afresh from the database and locked for the transaction, or null. */
    private YearlyReport lockedReport(String countyCode, int year) {
        return reportQuery(countyCode, year).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
    }

    private TypedQuery<YearlyReport> reportQuery(String countyCode, int year) {
        return em.createQuery("select r from YearlyReport r where r.countyCode = :county and r.year = :year",
                        YearlyReport.class)
                .setParameter("county", countyCode).setParameter("year", year);
    }

    /** The county's first report of the year, an empty draft. */
    private YearlyReport newReport(String countyCode, int year) {
        if (geography.county(countyCode).isEmpty()) {
            throw new NotFoundException("county " + countyCode);
        }
        YearlyReport report = new YearlyReport(countyCode, year, clock.instant(), null);
        em.persist(report);
        em.flush();
        return report;
    }

    private List<ReportVersion> versions(YearlyReport report) {
        return em.createQuery("select v from ReportVersion v where v.reportId = :report order by v.number",
                ReportVersion.class).setParameter("report", report.getId()).getResultList();
    }

    private List<Answer> answerRows(YearlyReport report) {
        return em.createQuery("select a from Answer a where a.reportId = :report", Answer.class)
                .setParameter("report", report.getId()).getResultList();
    }

    private Map<Long, AnswerValue> answers(YearlyReport report) {
        Map<Long, AnswerValue> answers = new HashMap<>();
        answerRows(report).forEach(a -> answers.put(a.getQuestionId(), a.toValue()));
        return answers;
    }

    private Map<Long, String> currentValues(YearlyReport report) {
        Map<Long, String> values = new HashMap<>();
        answerRows(report).forEach(a -> values.put(a.getQuestionId(), a.getValue()));
        return values;
    }

    /**
     * Writes every question's answer: the value given and, for a pre-filled question, the figure from data; a
     * question with neither has no row.
     */
    private void write(YearlyReport report, List<Question> questions, Map<Long, String> values,
                       Map<YearlyFigure, Long> today) {
        Map<Long, Answer> rows = answerRows(report).stream()
                .collect(Collectors.toMap(Answer::getQuestionId, Function.identity()));
        for (Question question : questions) {
            String value = values.get(question.getId());
            Long dataValue = question.getPrefill() == null ? null : today.get(question.getPrefill());
            Answer row = rows.get(question.getId());
            if (value == null && dataValue == null) {
                if (row != null) {
                    em.remove(row);
                }
            } else {
                if (row == null) {
                    row = new Answer(report.getId(), question.getId());
                    em.persist(row);
                }
                row.set(value, dataValue);
            }
        }
        em.flush();
    }

    /** Today's figures when a question is pre-filled, none otherwise (no query then). */
    private Map<YearlyFigure, Long> figuresFor(Collection<Question> questions, String countyCode, int year) {
        return questions.stream().anyMatch(q -> q.getPrefill() != null) ? figures.of(countyCode, year) : Map.of();
    }

    private void logged(YearlyReport report, ChangeOperation operation, String action) {
        changeLog.record(REPORT, report.getId().toString(), operation);
        audit.record(REPORT, report.getId(), action, report.getCountyCode(), String.valueOf(report.getYear()));
    }

    private static Map<Integer, Long> counts(List<Object[]> rows) {
        Map<Integer, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue()));
        return counts;
    }
}
