package se.kunskapsnav.webcourse.web;

import se.kunskapsnav.platform.TextInput;
import se.kunskapsnav.webcourse.GroupInput;
import se.kunskapsnav.webcourse.StudyGroup;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The study group form as the browser sends it: the county only narrows the lists of municipalities and
 * organisations; turns itself into a {@link GroupInput}.
 */
public class GroupForm implements Serializable {

    private String name;
    private String countyCode;
    private String municipalityCode;
    private String organisationId;
    private String maxMembers;
    private boolean openToJoin = true;

    /** A new group in the leader's own county, at their own organisation when it is listed. */
    static GroupForm empty(String countyCode, String municipalityCode, Long organisationId) {
        GroupForm form = new GroupForm();
        form.countyCode = countyCode;
        form.municipalityCode = municipalityCode;
        form.organisationId = organisationId == null ? null : organisationId.toString();
        return form;
    }

    static GroupForm of(StudyGroup group) {
        GroupForm form = new GroupForm();
        form.name = group.getName();
        form.countyCode = group.getCountyCode();
        form.municipalityCode = group.getMunicipalityCode();
        form.organisationId = group.getOrganisationId().toString();
        form.maxMembers = group.getMaxMembers() == null ? null : group.getMaxMembers().toString();
        form.openToJoin = group.isOpenToJoin();
        return form;
    }

    GroupInput toInput() {
        return new GroupInput(name, TextInput.id(organisationId), blankToNull(municipalityCode), number(maxMembers),
                openToJoin);
    }

    /** A number, null for nothing, and -1 for anything else: the rules then name the field. */
    static Integer number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Field names to the client ids of the form's inputs. */
    static Map<String, String> components(String formId) {
        Map<String, String> components = new LinkedHashMap<>();
        for (String field : List.of("name", "organisationId", "municipalityCode", "maxMembers")) {
            components.put(field, formId + ":" + field);
        }
        return components;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public void setCountyCode(String countyCode) {
        this.countyCode = countyCode;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(String organisationId) {
        this.organisationId = organisationId;
    }

    public String getMaxMembers() {
        return maxMembers;
    }

    public void setMaxMembers(String maxMembers) {
        this.maxMembers = maxMembers;
    }

    public boolean isOpenToJoin() {
        return openToJoin;
    }

    public void setOpenToJoin(boolean openToJoin) {
        this.openToJoin = openToJoin;
    }
}
