package se.kunskapsnav.yearlyreport.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.courses.SwedishTime;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.taxonomy.Vocabularies;
import se.kunskapsnav.yearlyreport.QuestionType;
import se.kunskapsnav.yearlyreport.ReportStatus;
import se.kunskapsnav.yearlyreport.ScaleStep;
import se.kunskapsnav.yearlyreport.YearlyFigure;
import se.kunskapsnav.yearlyreport.YesNo;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Names and options for what the yearly report pages show: types, answers, statuses, figures, counties, times. */
@Named
@RequestScoped
public class YearlyLabels {

    @Inject
    Vocabularies vocabularies;

    @Inject
    GeographyService geography;

    private Map<String, String> letters;

    public List<SelectItem> getTypeOptions() {
        return Arrays.stream(QuestionType.values())
                .map(t -> new SelectItem(t.name(), Messages.get(t.messageKey()))).toList();
    }

    public List<SelectItem> getFigureOptions() {
        return Arrays.stream(YearlyFigure.values())
                .map(f -> new SelectItem(f.name(), Messages.get(f.messageKey()))).toList();
    }

    public List<SelectItem> getYesNoOptions() {
        return Arrays.stream(YesNo.values()).map(v -> new SelectItem(v.name(), Messages.get(v.messageKey())))
                .toList();
    }

    public List<SelectItem> getScaleOptions() {
        return Arrays.stream(ScaleStep.values()).map(s -> new SelectItem(s.name(), Messages.get(s.messageKey())))
                .toList();
    }

    /** A report's status; none for a county that has not begun. */
    public String status(ReportStatus status) {
        return Messages.get(status == null ? "yearly.status.NONE" : status.messageKey());
    }

    public String countyName(String code) {
        return vocabularies.counties().getOrDefault(code, code);
    }

    /** The county's letters, as its report's address has them ("AB"). */
    public String countyLetters(String code) {
        if (letters == null) {
            letters = new HashMap<>();
            geography.counties().forEach(c -> letters.put(c.county().getCode(), c.county().getLetterCode()));
        }
        return letters.getOrDefault(code, code);
    }

    /** "3 mars 2026 kl. 09.00". */
    public String dateTime(Instant instant) {
        return instant == null ? "" : SwedishTime.dateTime(instant);
    }
}
