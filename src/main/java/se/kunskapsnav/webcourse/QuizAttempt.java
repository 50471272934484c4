package se.kunskapsnav.webcourse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.stream.Collectors;

/** One attempt at a module's quiz, kept with the hash of the quiz as it was answered. */
@Entity
@Table(name = "webcourse_quiz_attempt")
public class QuizAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "enrolment_id", nullable = false)
    private Long enrolmentId;

    @Column(name = "module_code", nullable = false, length = 60)
    private String moduleCode;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "answers", nullable = false, length = 200)
    private String answers;

    @Column(name = "right_answers", nullable = false)
    private int rightAnswers;

    @Column(name = "questions", nullable = false)
    private int questions;

    @Column(name = "passed", nullable = false)
    private boolean passed;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected QuizAttempt() {
    }

    QuizAttempt(long enrolmentId, String moduleCode, Quiz quiz, QuizResult result, Instant now) {
        this.enrolmentId = enrolmentId;
        this.moduleCode = moduleCode;
        this.contentHash = quiz.contentHash();
        this.answers = result.questions().stream().map(q -> String.valueOf(q.chosen()))
                .collect(Collectors.joining(","));
        this.rightAnswers = result.right();
        this.questions = result.questions().size();
        this.passed = result.passed();
        this.answeredAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getModuleCode() {
        return moduleCode;
    }

    public int getRightAnswers() {
        return rightAnswers;
    }

    public int getQuestions() {
        return questions;
    }

    public boolean isPassed() {
        return passed;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
