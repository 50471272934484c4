package se.kunskapsnav.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** One page of a longer list (the course catalogue, the materials library), and how many rows match in all. */
public record ResultPage<T>(List<T> rows, long total, int page, int pageSize) {

    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /**
     * Page {@code page} (from 1) of {@code select alias from Entity alias where … order by …}, counted and read
     * with the same parameters; {@code tuning} may add hints to the query that reads the rows.
     */
    public static <T> ResultPage<T> query(EntityManager em, Class<T> entity, String alias, String where,
                                          String orderBy, Map<String, Object> parameters, int page, int pageSize,
                                          UnaryOperator<TypedQuery<T>> tuning) {
        int safePage = Math.max(1, page);
        String from = " from " + entity.getSimpleName() + " " + alias + " where " + where;
        TypedQuery<Long> count = em.createQuery("select count(" + alias + ")" + from, Long.class);
        TypedQuery<T> rows = em.createQuery("select " + alias + from + " order by " + orderBy, entity);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        List<T> found = tuning.apply(rows).setFirstResult((safePage - 1) * pageSize).setMaxResults(pageSize)
                .getResultList();
        return new ResultPage<>(found, count.getSingleResult(), safePage, pageSize);
    }

    /** The same page with its rows turned into something else (all at once, so it may query for them). */
    public <R> ResultPage<R> map(Function<List<T>, List<R>> conversion) {
        return new ResultPage<>(conversion.apply(rows), total, page, pageSize);
    }

    // Jakarta EL 5 reads bean getters, not record accessors.

    public List<T> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    public int getPageCount() {
        return pageCount();
    }
}
