package se.kunskapsnav.yearlyreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeOperation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo mode's follow-up questionnaire for the current year, so the county editors' yearly report has questions
 * (and this year's demo visits and activities fill in its numbers) and the national roll-up has something to
 * sum up. Created once, when the portal has no questionnaire at all; no county has answered it.
 */
@ApplicationScoped
public class DemoYearlyReport {

    private static final Logger LOG = Logger.getLogger(DemoYearlyReport.class.getName());

    private static final List<ValidQuestion> QUESTIONS = List.of(
            new ValidQuestion(QuestionType.YES_NO,
                    "Har länsstyrelsen erbjudit kommunerna information om SOSFS 2014:4 under året?",
                    "erbjöd information om SOSFS 2014:4", null),
            new ValidQuestion(QuestionType.YES_NO, "Har länsstyrelsen informerat om bedömningsmetoden FREDA?",
                    "informerade om FREDA", null),
            new ValidQuestion(QuestionType.YES_NO,
                    "Finns en gemensam rutin med regionen om våld i nära relationer?",
                    "har en gemensam rutin med regionen", null),
            new ValidQuestion(QuestionType.SCALE,
                    "I vilken utsträckning har länets kompetensstöd nått kommunernas chefer och politiker?", null,
                    null),
            new ValidQuestion(QuestionType.NUMBER, "Hur många kommunbesök har länsstyrelsen gjort?", null,
                    YearlyFigure.MUNICIPAL_VISITS),
            new ValidQuestion(QuestionType.NUMBER, "Hur många personer har deltagit i länets aktiviteter?", null,
                    YearlyFigure.PERSONS_REACHED),
            new ValidQuestion(QuestionType.NUMBER, "Hur många kommuner har länets aktiviteter nått?", null,
                    YearlyFigure.MUNICIPALITIES_REACHED),
            new ValidQuestion(QuestionType.NUMBER, "Hur många personer i länet har börjat webbkursen?", null,
                    YearlyFigure.WEBCOURSE_ENROLMENTS),
            new ValidQuestion(QuestionType.TEXT,
                    "Beskriv länets viktigaste insatser under året och vad ni vill utveckla.", null, null));

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    ChangeLog changeLog;

    @Inject
    Clock clock;

    @Transactional
    public void ensure() {
        long existing = em.createQuery("select count(q) from Questionnaire q", Long.class).getSingleResult();
        if (existing > 0) {
            return;
        }
        int year = LocalDate.now(clock).getYear();
        em.persist(new Questionnaire(year, clock.instant()));
        em.flush();
        for (int i = 0; i < QUESTIONS.size(); i++) {
            em.persist(new Question(year, i + 1, QUESTIONS.get(i)));
        }
        changeLog.record(YearlyReportService.QUESTIONNAIRE, String.valueOf(year), ChangeOperation.CREATE);
        LOG.info(() -> "Demo mode: the follow-up questionnaire for " + year + " with " + QUESTIONS.size()
                + " questions created");
    }
}
