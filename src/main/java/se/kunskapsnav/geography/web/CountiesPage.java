package se.kunskapsnav.geography.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.geography.CountySummary;
import se.kunskapsnav.geography.GeographyService;

import java.util.List;

/** The start page and {@code /lan}: all 21 counties. */
@Named
@RequestScoped
public class CountiesPage {

    @Inject
    GeographyService geography;

    private List<CountySummary> counties;

    public List<CountySummary> getCounties() {
        if (counties == null) {
            counties = geography.counties();
        }
        return counties;
    }
}
