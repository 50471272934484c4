package se.kunskapsnav.yearlyreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The one place that computes the figures a yearly report is pre-filled with, for one county and one
 * calendar year, straight from the participation views of V8 and V10 ({@code participation_fact} and
 * {@code participation_activity_county}) in a single pass over the county's facts of the year.
 *
 * <p>Which facts are the county's: those of activities it organises or co-organises
 * ({@code participation_activity_county}), and those whose own organiser is the county (the web course's
 * individual track has no activity row; its organiser is the county where the person works). Each figure:
 * <ul>
 *   <li>{@link YearlyFigure#MUNICIPAL_VISITS}: distinct {@code MUNICIPAL_VISIT} activities whose organiser is the
 *       county (a visit has facts once its attendance is recorded);</li>
 *   <li>{@link YearlyFigure#PERSONS_REACHED}: outcome {@code ATTENDED} or {@code ENROLLED}: distinct person keys
 *       (one person at three activities counts once) plus the summed {@code participant_count} of rows without
 *       a key (counted groups, who cannot be told apart);</li>
 *   <li>{@link YearlyFigure#MUNICIPALITIES_REACHED}: the same facts' distinct municipality codes;</li>
 *   <li>{@link YearlyFigure#ACTIVITIES_HELD}: distinct activities other than the web course with someone
 *       {@code ATTENDED};</li>
 *   <li>{@link YearlyFigure#WEBCOURSE_ENROLMENTS}: persons reached, counted over {@code WEBCOURSE} facts with
 *       outcome {@code ENROLLED} only.</li>
 * </ul>
 * Reach reports may later keep summary tables of these figures; pointing this class at them changes nothing
 * else.
 */
@ApplicationScoped
public class YearlyFigures {

    private static final String FIGURES = """
            SELECT
              COUNT(DISTINCT CASE WHEN f.activity_type = 'MUNICIPAL_VISIT' AND f.organiser_county_code = ?1
                                  THEN f.activity_id END),
              COUNT(DISTINCT CASE WHEN f.outcome IN ('ATTENDED', 'ENROLLED') THEN f.person_key END)
                + COALESCE(SUM(CASE WHEN f.outcome IN ('ATTENDED', 'ENROLLED') AND f.person_key IS NULL
                                    THEN f.participant_count END), 0),
              COUNT(DISTINCT CASE WHEN f.outcome IN ('ATTENDED', 'ENROLLED') THEN f.municipality_code END),
              COUNT(DISTINCT CASE WHEN f.outcome = 'ATTENDED' AND f.activity_type <> 'WEBCOURSE'
                                  THEN CONCAT(f.activity_type, ':', f.activity_id) END),
              COUNT(DISTINCT CASE WHEN f.activity_type = 'WEBCOURSE' AND f.outcome = 'ENROLLED' THEN f.person_key END)
                + COALESCE(SUM(CASE WHEN f.activity_type = 'WEBCOURSE' AND f.outcome = 'ENROLLED'
                                         AND f.person_key IS NULL THEN f.participant_count END), 0)
            FROM participation_fact f
            WHERE f.occurred_on BETWEEN ?2 AND ?3
              AND (f.organiser_county_code = ?4
                   OR EXISTS (SELECT 1 FROM participation_activity_county c
                              WHERE c.activity_type = f.activity_type AND c.activity_id = f.activity_id
                                AND c.county_code = ?5))""";

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    /** Every figure of the county's year, zero where nothing was recorded. */
    public Map<YearlyFigure, Long> of(String countyCode, int year) {
        Object[] row = (Object[]) em.createNativeQuery(FIGURES)
                .setParameter(1, countyCode)
                .setParameter(2, LocalDate.of(year, 1, 1))
                .setParameter(3, LocalDate.of(year, 12, 31))
                .setParameter(4, countyCode)
                .setParameter(5, countyCode)
                .getSingleResult();
        Map<YearlyFigure, Long> figures = new EnumMap<>(YearlyFigure.class);
        YearlyFigure[] order = {YearlyFigure.MUNICIPAL_VISITS, YearlyFigure.PERSONS_REACHED,
                YearlyFigure.MUNICIPALITIES_REACHED, YearlyFigure.ACTIVITIES_HELD, YearlyFigure.WEBCOURSE_ENROLMENTS};
        for (int i = 0; i < order.length; i++) {
            figures.put(order[i], row[i] == null ? 0L : ((Number) row[i]).longValue());
        }
        return figures;
    }
}
