package se.kunskapsnav.yearlyreport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A frozen answer of a submitted version, with the question's number, type and text as they were. */
@Entity
@Table(name = "yearly_report_version_answer")
public class VersionAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "version_id", nullable = false)
    private long versionId;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "question_type", nullable = false, length = 16)
    private QuestionType questionType;

    @Column(name = "question_text", nullable = false, length = 1000)
    private String questionText;

    @Column(name = "value")
    private String value;

    @Column(name = "data_value")
    private Long dataValue;

    protected VersionAnswer() {
    }

    VersionAnswer(long versionId, Question question, int number, AnswerValue answer) {
        this.versionId = versionId;
        this.questionId = question.getId();
        this.position = number;
        this.questionType = question.getType();
        this.questionText = question.getText();
        this.value = answer.value();
        this.dataValue = answer.dataValue();
    }

    public long getQuestionId() {
        return questionId;
    }

    public int getPosition() {
        return position;
    }

    public QuestionType getQuestionType() {
        return questionType;
    }

    public String getQuestionText() {
        return questionText;
    }

    public String getValue() {
        return value;
    }

    public Long getDataValue() {
        return dataValue;
    }
}
