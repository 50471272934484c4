package se.kunskapsnav.visits;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Someone who came to a visit, by name: personal data for the county's editors, not counted on top. */
@Entity
@Table(name = "municipal_visit_attendee")
public class VisitAttendee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "visit_id")
    private MunicipalVisit visit;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "profession_code", length = 64)
    private String professionCode;

    protected VisitAttendee() {
    }

    VisitAttendee(MunicipalVisit visit, String name, String professionCode) {
        this.visit = visit;
        this.name = name;
        this.professionCode = professionCode;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getProfessionCode() {
        return professionCode;
    }
}
