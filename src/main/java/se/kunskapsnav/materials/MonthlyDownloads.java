package se.kunskapsnav.materials;

import java.time.YearMonth;

/** How many times a material's files were downloaded in a Swedish calendar month. */
public record MonthlyDownloads(long materialId, String title, YearMonth month, long downloads) {
}
