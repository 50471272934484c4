package se.kunskapsnav.yearlyreport;

import se.kunskapsnav.platform.ClockProducer;
import se.kunskapsnav.platform.Messages;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole year as one table for CSV and XLSX: one row per submitted county and question (the answer as people
 * read it and the figure from data), and one row for each county that has not submitted, with its status.
 */
public final class NationalTable {

    private static final DateTimeFormatter SUBMITTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ClockProducer.SWEDEN);

    private NationalTable() {
    }

    /** Where one county stands: null status for a report not begun; when its latest version was submitted. */
    public record CountyStatus(ReportStatus status, Instant submittedAt) {
    }

    public static List<String> header() {
        return List.of(Messages.get("yearly.export.county"), Messages.get("yearly.export.status"),
                Messages.get("yearly.export.submittedAt"), Messages.get("yearly.export.number"),
                Messages.get("yearly.export.question"), Messages.get("yearly.export.type"),
                Messages.get("yearly.export.answer"), Messages.get("yearly.export.dataValue"));
    }

    /**
     * The rows, counties in the order of {@code countyNames} (code to name); {@code submitted} holds the answers
     * of the submitted reports (county code to question id to answer).
     */
    public static List<List<String>> rows(List<Question> questions, Map<String, String> countyNames,
                                          Map<String, CountyStatus> statuses,
                                          Map<String, Map<Long, AnswerValue>> submitted) {
        List<List<String>> rows = new ArrayList<>();
        countyNames.forEach((county, name) -> {
            CountyStatus status = statuses.getOrDefault(county, new CountyStatus(null, null));
            String statusLabel = Messages.get(status.status() == null ? "yearly.status.NONE"
                    : status.status().messageKey());
            String submittedAt = status.submittedAt() == null ? "" : SUBMITTED.format(status.submittedAt());
            Map<Long, AnswerValue> answers = submitted.get(county);
            if (answers == null) {
                rows.add(List.of(name, statusLabel, submittedAt, "", "", "", "", ""));
                return;
            }
            for (int i = 0; i < questions.size(); i++) {
                Question question = questions.get(i);
                AnswerValue answer = answers.getOrDefault(question.getId(), new AnswerValue(null, null));
                rows.add(List.of(name, statusLabel, submittedAt, String.valueOf(i + 1), question.getText(),
                        Messages.get(question.getType().messageKey()),
                        AnswerRules.label(question.getType(), answer.value()),
                        answer.dataValue() == null ? "" : answer.dataValue().toString()));
            }
        });
        return rows;
    }
}
