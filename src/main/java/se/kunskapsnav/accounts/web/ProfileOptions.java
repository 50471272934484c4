package se.kunskapsnav.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.geography.GeographyService;

import java.util.List;

/** The choices of a profile form: professions, sectors, counties, and the chosen county's workplaces. */
@Named
@RequestScoped
public class ProfileOptions {

    @Inject
    DirectoryService directory;

    @Inject
    GeographyService geography;

    /** The "show municipalities" button: the chosen county is already in the form; the page re-renders. */
    public void refresh() {
        // nothing to do: the postback itself updates the lists
    }

    public List<SelectItem> getProfessions() {
        return directory.professions().stream().map(p -> new SelectItem(p.getCode(), p.getName())).toList();
    }

    public List<SelectItem> getSectors() {
        return directory.sectors().stream().map(s -> new SelectItem(s.getCode(), s.getName())).toList();
    }

    public List<SelectItem> getCounties() {
        return geography.counties().stream()
                .map(c -> new SelectItem(c.county().getCode(), c.county().getName())).toList();
    }

    public List<SelectItem> workplaces(ProfileForm form) {
        return withCountyAsSent(form).workplaceOptions(geography);
    }

    public List<SelectItem> organisations(ProfileForm form) {
        return withCountyAsSent(form).organisationOptions(directory);
    }

    /**
     * The form with the county the person sent. JSF checks a list's value against its options before it updates
     * the model, so a county chosen together with a workplace (js/workplace-choices.js fills the lists without a
     * round trip) is still only the county field's value then; the lists are those of that county.
     */
    private static ProfileForm withCountyAsSent(ProfileForm form) {
        UIComponent list = UIComponent.getCurrentComponent(FacesContext.getCurrentInstance());
        UIComponent county = list == null ? null : list.findComponent("county");
        if (county instanceof UIInput input && input.isLocalValueSet()) {
            Object sent = input.getLocalValue();
            form.setCountyCode(sent == null ? null : sent.toString());
        }
        return form;
    }
}
