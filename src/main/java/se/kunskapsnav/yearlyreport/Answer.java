package se.kunskapsnav.yearlyreport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A report's current answer to one question, and for a pre-filled question the figure the portal computed
 * when it was saved (the county may have corrected it, so both are kept).
 */
@Entity
@Table(name = "yearly_answer")
public class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "value")
    private String value;

    @Column(name = "data_value")
    private Long dataValue;

    protected Answer() {
    }

    Answer(long reportId, long questionId) {
        this.reportId = reportId;
        this.questionId = questionId;
    }

    void set(String newValue, Long newDataValue) {
        value = newValue;
        dataValue = newDataValue;
    }

    AnswerValue toValue() {
        return new AnswerValue(value, dataValue);
    }

    public long getQuestionId() {
        return questionId;
    }

    public String getValue() {
        return value;
    }

    public Long getDataValue() {
        return dataValue;
    }
}
