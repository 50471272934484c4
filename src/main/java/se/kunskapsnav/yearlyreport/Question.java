package se.kunskapsnav.yearlyreport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One question of a year's questionnaire. {@code summaryPhrase} (yes/no only) completes the national roll-up's
 * sentence "19 av 21 län …"; {@code prefill} (number only) names the figure filled in from data.
 */
@Entity
@Table(name = "yearly_question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "year", nullable = false)
    private int year;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 16)
    private QuestionType type;

    @Column(name = "text", nullable = false, length = 1000)
    private String text;

    @Column(name = "summary_phrase", length = 300)
    private String summaryPhrase;

    @Enumerated(EnumType.STRING)
    @Column(name = "prefill", length = 32)
    private YearlyFigure prefill;

    protected Question() {
    }

    Question(int year, int position, ValidQuestion valid) {
        this.year = year;
        this.position = position;
        this.type = valid.type();
        this.text = valid.text();
        this.summaryPhrase = valid.summaryPhrase();
        this.prefill = valid.prefill();
    }

    /** A question with an id, as rules and roll-ups see it (for tests and copies). */
    Question(long id, int year, int position, ValidQuestion valid) {
        this(year, position, valid);
        this.id = id;
    }

    void moveTo(int newPosition) {
        position = newPosition;
    }

    ValidQuestion toValid() {
        return new ValidQuestion(type, text, summaryPhrase, prefill);
    }

    public Long getId() {
        return id;
    }

    public int getYear() {
        return year;
    }

    public int getPosition() {
        return position;
    }

    public QuestionType getType() {
        return type;
    }

    public String getText() {
        return text;
    }

    public String getSummaryPhrase() {
        return summaryPhrase;
    }

    public YearlyFigure getPrefill() {
        return prefill;
    }
}
