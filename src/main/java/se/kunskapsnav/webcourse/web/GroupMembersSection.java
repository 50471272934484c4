package se.kunskapsnav.webcourse.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.kunskapsnav.webcourse.RecordedMemberInput;
import se.kunskapsnav.webcourse.StudyGroupService;

import java.io.Serializable;
import java.util.Map;

/** The leader's forms on {@link StudyGroupPage} to record a participant (with or without a name) and remove one. */
@Named
@ViewScoped
public class GroupMembersSection implements Serializable {

    @Inject
    StudyGroupPage page;

    @Inject
    StudyGroupService groups;

    private String recordName;
    private String recordProfession;
    private String recordSector;

    public void record() {
        page.change(() -> groups.recordMember(page.getGroupId(), new RecordedMemberInput(recordName,
                        blankToNull(recordProfession), blankToNull(recordSector))), "webcourse.group.memberRecorded",
                Map.of("name", "deltagare:name", "professionCode", "deltagare:profession",
                        "sectorCode", "deltagare:sector"));
    }

    public void removeMember(long memberId) {
        page.change(() -> groups.removeMember(memberId), "webcourse.group.memberRemoved", Map.of());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String getRecordName() {
        return recordName;
    }

    public void setRecordName(String recordName) {
        this.recordName = recordName;
    }

    public String getRecordProfession() {
        return recordProfession;
    }

    public void setRecordProfession(String recordProfession) {
        this.recordProfession = recordProfession;
    }

    public String getRecordSector() {
        return recordSector;
    }

    public void setRecordSector(String recordSector) {
        this.recordSector = recordSector;
    }
}
