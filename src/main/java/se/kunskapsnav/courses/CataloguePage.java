package se.kunskapsnav.courses;

import java.util.List;

/** One page of the catalogue: the courses with their seats, and how many courses match in all. */
public record CataloguePage(List<CourseSeats> rows, long total, int page, int pageSize) {

    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    // Jakarta EL 5 reads bean getters, not record accessors.

    public List<CourseSeats> getRows() {
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
