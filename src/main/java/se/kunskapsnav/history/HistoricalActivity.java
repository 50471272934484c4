package se.kunskapsnav.history;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An activity of an earlier year, as a sign-in list recorded it: organised by the import's county. */
@Entity
@Table(name = "historical_activity")
public class HistoricalActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "import_id", nullable = false)
    private Long importId;

    @Column(name = "county_code", nullable = false, length = 2)
    private String countyCode;

    @Column(name = "kind_code", nullable = false, length = 64)
    private String kindCode;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "series_id")
    private Long seriesId;

    @ElementCollection
    @CollectionTable(name = "historical_activity_theme", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "theme_code")
    private Set<String> themes = new LinkedHashSet<>();

    @OneToMany(mappedBy = "activity", cascade = CascadeType.PERSIST)
    private List<HistoricalParticipation> participation = new ArrayList<>();

    protected HistoricalActivity() {
    }

    /** The activity with its participation; {@code personKeys} holds the key of each line naming a person. */
    HistoricalActivity(HistoricalImport imported, SignInActivity activity, List<String> personKeys) {
        importId = imported.getId();
        countyCode = imported.getCountyCode();
        kindCode = activity.kindCode();
        title = activity.title();
        heldOn = activity.heldOn();
        seriesId = activity.seriesId();
        themes.addAll(activity.themes());
        for (int i = 0; i < activity.lines().size(); i++) {
            participation.add(new HistoricalParticipation(this, activity.lines().get(i), personKeys.get(i)));
        }
    }

    public Long getId() {
        return id;
    }
}
