package se.kunskapsnav.visits;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** How many came to a count-only activity from one municipality or organisation, in one profession. */
@Entity
@Table(name = "counted_participation")
public class CountedParticipation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    // lazy: read from its activity, which is there already (without it each row read its activity again)
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id")
    private CountedActivity activity;

    @Column(name = "municipality_code", length = 4)
    private String municipalityCode;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "profession_code", nullable = false, length = 64)
    private String professionCode;

    @Column(name = "attendees", nullable = false)
    private int attendees;

    protected CountedParticipation() {
    }

    CountedParticipation(CountedActivity activity, ValidParticipation row) {
        this.activity = activity;
        municipalityCode = row.municipalityCode();
        organisationId = row.organisationId();
        professionCode = row.professionCode();
        attendees = row.attendees();
    }

    public ParticipationInput toInput() {
        return new ParticipationInput(municipalityCode, organisationId, professionCode, attendees);
    }

    public Long getId() {
        return id;
    }

    public CountedActivity getActivity() {
        return activity;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getProfessionCode() {
        return professionCode;
    }

    public int getAttendees() {
        return attendees;
    }
}
