package se.kunskapsnav.yearlyreport.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.kunskapsnav.yearlyreport.AnswerValue;
import se.kunskapsnav.yearlyreport.Question;
import se.kunskapsnav.yearlyreport.QuestionType;
import se.kunskapsnav.yearlyreport.ReportVersion;
import se.kunskapsnav.yearlyreport.RollUp;
import se.kunskapsnav.yearlyreport.ScaleStep;
import se.kunskapsnav.yearlyreport.VersionAnswer;
import se.kunskapsnav.yearlyreport.YearlyReportService;
import se.kunskapsnav.yearlyreport.YearlyReportService.NationalView;
import se.kunskapsnav.yearlyreport.YearlyReportService.QuestionnaireSummary;
import se.kunskapsnav.yearlyreport.YearlyReportService.ReportView;
import se.kunskapsnav.yearlyreport.YearlyReportService.VersionView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the yearly report API answers. Answers are text: {@code YES}/{@code NO}, a scale step
 * ({@code FULLY}, {@code LARGELY}, {@code PARTLY}, {@code SLIGHTLY}, {@code NOT_AT_ALL}), a whole number, or free
 * text; {@code dataValue} is the figure from data a pre-filled question carries. Null fields are left out.
 */
public final class YearlyReportDtos {

    private YearlyReportDtos() {
    }

    public record QuestionnaireSummaryDto(int year, long questions, long submittedReports) {

        static QuestionnaireSummaryDto of(QuestionnaireSummary summary) {
            return new QuestionnaireSummaryDto(summary.year(), summary.questions(), summary.submitted());
        }
    }

    /** {@code number} is the question's place, from 1; {@code prefill} the figure it is filled in with. */
    public record QuestionDto(long id, int number, String type, String text, String summaryPhrase, String prefill) {

        static QuestionDto of(Question q, int number) {
            return new QuestionDto(q.getId(), number, q.getType().name(), q.getText(), q.getSummaryPhrase(),
                    q.getPrefill() == null ? null : q.getPrefill().name());
        }

        static List<QuestionDto> list(List<Question> questions) {
            List<QuestionDto> list = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                list.add(of(questions.get(i), i + 1));
            }
            return list;
        }
    }

    /** {@code locked}: reports have been submitted, so questions can be added but not removed. */
    public record QuestionnaireDto(int year, boolean locked, List<QuestionDto> questions) {
    }

    /**
     * One question and its answer; in a report that may still change, {@code dataValue} is today's figure and
     * {@code value} what the county has saved.
     */
    public record AnswerDto(long question, int number, String type, String text, String value, Long dataValue) {
    }

    @Schema(name = "YearlyReportVersionDto")

    public record VersionDto(int number, Instant submittedAt, Instant returnedAt, String returnReason) {

        static VersionDto of(ReportVersion v) {
            return new VersionDto(v.getNumber(), v.getSubmittedAt(), v.getReturnedAt(), v.getReturnReason());
        }
    }

    /** A county's report: {@code status} DRAFT, SUBMITTED or RETURNED; every submitted version. */
    @Schema(name = "YearlyReportDto")
    public record ReportDto(String county, int year, String status, Instant updatedAt, List<AnswerDto> answers,
                            List<VersionDto> versions) {

        static ReportDto of(ReportView view) {
            List<AnswerDto> answers = new ArrayList<>();
            for (int i = 0; i < view.questions().size(); i++) {
                Question q = view.questions().get(i);
                AnswerValue saved = view.answers().getOrDefault(q.getId(), new AnswerValue(null, null));
                Long dataValue = q.getPrefill() == null ? null
                        : view.status().mayChangeAnswers() ? view.figures().get(q.getPrefill()) : saved.dataValue();
                answers.add(new AnswerDto(q.getId(), i + 1, q.getType().name(), q.getText(), saved.value(),
                        dataValue));
            }
            return new ReportDto(view.countyCode(), view.year(), view.status().name(),
                    view.report() == null ? null : view.report().getUpdatedAt(), answers,
                    view.versions().stream().map(VersionDto::of).toList());
        }
    }

    /** One frozen version with its answers, the questions as they were asked. */
    public record VersionDetailDto(String county, int year, int number, Instant submittedAt, Instant returnedAt,
                                   String returnReason, List<AnswerDto> answers) {

        static VersionDetailDto of(VersionView view) {
            ReportVersion v = view.version();
            List<AnswerDto> answers = new ArrayList<>();
            for (VersionAnswer a : view.answers()) {
                answers.add(new AnswerDto(a.getQuestionId(), a.getPosition(), a.getQuestionType().name(),
                        a.getQuestionText(), a.getValue(), a.getDataValue()));
            }
            return new VersionDetailDto(view.countyCode(), view.year(), v.getNumber(), v.getSubmittedAt(),
                    v.getReturnedAt(), v.getReturnReason(), answers);
        }
    }

    /** A county's place in the year: {@code status} null when it has not begun. */
    public record CountyStatusDto(String county, String name, String status, Instant submittedAt) {
    }

    public record CountyAnswerDto(String county, String value, Long dataValue) {
    }

    /**
     * One question across the counties that submitted: {@code sentence}, {@code yes} and {@code no} for yes/no;
     * {@code steps} (counties per step) for a scale; {@code sum} (and {@code dataSum} when pre-filled) for a
     * number; every county's answer in {@code answers}.
     */
    public record QuestionRollUpDto(long question, int number, String type, String text, int answered,
                                    String sentence, Long yes, Long no, Map<String, Long> steps, Long sum,
                                    Long dataSum, List<CountyAnswerDto> answers) {

        static QuestionRollUpDto of(RollUp.QuestionResult r) {
            Question q = r.question();
            boolean yesNo = q.getType() == QuestionType.YES_NO;
            boolean scale = q.getType() == QuestionType.SCALE;
            boolean number = q.getType() == QuestionType.NUMBER;
            Map<String, Long> steps = null;
            if (scale) {
                steps = new LinkedHashMap<>();
                for (Map.Entry<ScaleStep, Long> step : r.steps().entrySet()) {
                    steps.put(step.getKey().name(), step.getValue());
                }
            }
            return new QuestionRollUpDto(q.getId(), r.number(), q.getType().name(), q.getText(), r.answered(),
                    r.sentence(), yesNo ? r.yes() : null, yesNo ? r.no() : null, steps, number ? r.sum() : null,
                    number ? r.dataSum() : null,
                    r.answers().stream().map(a -> new CountyAnswerDto(a.countyCode(), a.value(), a.dataValue()))
                            .toList());
        }
    }

    /** The year across all counties: how many there are, which submitted, and each question rolled up. */
    public record RollUpDto(int year, int counties, int submitted, List<CountyStatusDto> statuses,
                            List<QuestionRollUpDto> questions) {

        static RollUpDto of(NationalView view) {
            List<CountyStatusDto> statuses = new ArrayList<>();
            view.countyNames().forEach((code, name) -> {
                var status = view.statuses().get(code);
                statuses.add(new CountyStatusDto(code, name,
                        status == null ? null : status.status().name(), status == null ? null : status.submittedAt()));
            });
            return new RollUpDto(view.year(), view.rollUp().countyCount(), view.rollUp().submittedCounties().size(),
                    statuses, view.rollUp().questions().stream().map(QuestionRollUpDto::of).toList());
        }
    }

    static QuestionnaireDto questionnaire(YearlyReportService service, int year) {
        return new QuestionnaireDto(year, service.hasSubmissions(year), QuestionDto.list(service.questions(year)));
    }
}
