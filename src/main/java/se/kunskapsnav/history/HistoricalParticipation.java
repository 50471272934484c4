package se.kunskapsnav.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One person (a pseudonymous key, one participant) or a counted group (N participants) at a historical
 * activity, with where they worked. Names and addresses are never stored.
 */
@Entity
@Table(name = "historical_participation")
public class HistoricalParticipation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id", nullable = false)
    private HistoricalActivity activity;

    @Column(name = "person_key", length = 64)
    private String personKey;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "municipality_code", length = 4)
    private String municipalityCode;

    @Column(name = "region_code", length = 2)
    private String regionCode;

    @Column(name = "profession_code", length = 64)
    private String professionCode;

    @Column(name = "sector_code", length = 64)
    private String sectorCode;

    @Column(name = "participants", nullable = false)
    private int participants;

    protected HistoricalParticipation() {
    }

    HistoricalParticipation(HistoricalActivity activity, SignInLine line, String personKey) {
        this.activity = activity;
        this.personKey = personKey;
        organisationId = line.organisationId();
        municipalityCode = line.municipalityCode();
        regionCode = line.regionCode();
        professionCode = line.professionCode();
        sectorCode = line.sectorCode();
        participants = line.participants();
    }
}
