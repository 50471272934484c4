package se.kunskapsnav.materials;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.platform.ClockProducer;
import se.kunskapsnav.platform.TenancyGuard;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Downloads of materials, counted per material and Swedish month; read by the owning county's editors. */
@ApplicationScoped
public class MaterialDownloads {

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    TenancyGuard guard;

    @Inject
    MaterialService materials;

    @Inject
    Clock clock;

    /** Counts one download of a version's material in the current Swedish month. */
    @Transactional
    public void countDownload(MaterialFileVersion version) {
        LocalDate month = YearMonth.now(clock.withZone(ClockProducer.SWEDEN)).atDay(1);
        em.createNativeQuery("""
                        insert into material_download (material_id, month, downloads)
                        select f.material_id, ?, 1 from material_file f where f.id = ?
                        on duplicate key update downloads = downloads + 1""")
                .setParameter(1, Date.valueOf(month))
                .setParameter(2, version.getFileId())
                .executeUpdate();
    }

    /** Downloads per month of one material, the latest month first (its editors). */
    public List<MonthlyDownloads> downloads(long materialId) {
        Material material = materials.editable(materialId);
        return downloadRows("where d.material_id = ?1", material.getId());
    }

    /**
     * Downloads per material and month of a year for the materials a county owns, or the national ones
     * ({@code countyCode} null): what a county reports of its materials' use. Its editors and administrators.
     */
    public List<MonthlyDownloads> downloadsOfYear(String countyCode, int year) {
        guard.requireMayEdit(countyCode);
        String owner = countyCode == null ? "m.owner_county_code is null" : "m.owner_county_code = ?1";
        return downloadRows("where " + owner + " and d.month >= ?2 and d.month < ?3", countyCode,
                Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year + 1, 1, 1)));
    }

    private List<MonthlyDownloads> downloadRows(String where, Object... parameters) {
        var query = em.createNativeQuery("""
                select d.material_id, m.title, d.month, d.downloads
                from material_download d join material m on m.id = d.material_id
                """ + where + " order by d.month desc, m.title");
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] != null) {
                query.setParameter(i + 1, parameters[i]);
            }
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(row -> (Object[]) row).map(row -> new MonthlyDownloads(
                ((Number) row[0]).longValue(), (String) row[1],
                YearMonth.from(((Date) row[2]).toLocalDate()), ((Number) row[3]).longValue())).toList();
    }
}
