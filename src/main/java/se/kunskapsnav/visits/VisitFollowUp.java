package se.kunskapsnav.visits;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** Something agreed at a visit, to be done by a date. */
@Entity
@Table(name = "municipal_visit_follow_up")
public class VisitFollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "visit_id")
    private MunicipalVisit visit;

    @Column(name = "action", nullable = false, length = 500)
    private String action;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    protected VisitFollowUp() {
    }

    VisitFollowUp(MunicipalVisit visit, String action, LocalDate dueOn, LocalDate doneOn) {
        this.visit = visit;
        this.action = action;
        this.dueOn = dueOn;
        this.doneOn = doneOn;
    }

    public Long getId() {
        return id;
    }

    public String getAction() {
        return action;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }
}
