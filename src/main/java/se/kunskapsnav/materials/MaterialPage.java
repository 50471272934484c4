package se.kunskapsnav.materials;

import java.util.List;

/** One page of the library: the materials, and how many match in all. */
public record MaterialPage(List<Material> rows, long total, int page, int pageSize) {

    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    // Jakarta EL 5 reads bean getters, not record accessors.

    public List<Material> getRows() {
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
