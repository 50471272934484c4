package se.kunskapsnav.courses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.kunskapsnav.accounts.Account;
import se.kunskapsnav.accounts.AccountService;
import se.kunskapsnav.directory.DirectoryService;
import se.kunskapsnav.directory.Organisation;
import se.kunskapsnav.directory.Profession;
import se.kunskapsnav.directory.Sector;
import se.kunskapsnav.geography.GeographyService;
import se.kunskapsnav.geography.Municipality;
import se.kunskapsnav.geography.Region;
import se.kunskapsnav.platform.Messages;
import se.kunskapsnav.platform.RefusedException;
import se.kunskapsnav.platform.TableExport;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Files made from a course: an attendee's certificate (PDF) and the registration list (CSV, XLSX). */
@ApplicationScoped
public class CourseDocuments {

    @Inject
    CourseService courses;

    @Inject
    RegistrationService registrations;

    @Inject
    AccountService accounts;

    @Inject
    DirectoryService directory;

    @Inject
    GeographyService geography;

    @Inject
    Clock clock;

    /** The certificate of an attendee, for themselves or an editor of the course; hours count attended sessions. */
    public byte[] certificate(long registrationId) {
        Registration registration = registrations.registration(registrationId);
        if (registration.getStatus() != RegistrationStatus.ATTENDED) {
            throw new RefusedException("certificate.notAttended");
        }
        Course course = courses.course(registration.getCourseId());
        Map<Long, Boolean> attendance = registrations.attendanceOf(registrationId);
        List<CertificateSession> sessions = course.getSessions().stream()
                .filter(s -> Boolean.TRUE.equals(attendance.get(s.getId())))
                .map(s -> new CertificateSession(s.getStart(), s.getEnd())).toList();
        Map<String, String> counties = geography.countyNames();
        String organiser = course.owningCounties().stream().map(code -> "Länsstyrelsen i " + counties.get(code))
                .collect(Collectors.joining(", "));
        Account account = accounts.account(registration.getAccountId());
        return CertificatePdf.render(Certificate.ofSessions(account.getName(), course.getTitle(), organiser, sessions,
                LocalDate.now(clock.withZone(SwedishTime.ZONE)), "KN-" + course.getId() + "-" + registrationId));
    }

    public byte[] registrationsCsv(long courseId) {
        List<List<String>> table = registrationTable(courseId);
        return TableExport.csv(table.getFirst(), table.subList(1, table.size()));
    }

    public byte[] registrationsXlsx(long courseId) {
        List<List<String>> table = registrationTable(courseId);
        return TableExport.xlsx(Messages.get("export.sheet"), table.getFirst(), table.subList(1, table.size()));
    }

    /** Header row first; one row per registration in the order they came, attendance per session last. */
    private List<List<String>> registrationTable(long courseId) {
        List<Registration> rows = registrations.ofCourseForEditor(courseId);
        Course course = courses.course(courseId);
        Map<String, String> professions = directory.professions().stream()
                .collect(Collectors.toMap(Profession::getCode, Profession::getName));
        Map<String, String> sectors = directory.sectors().stream()
                .collect(Collectors.toMap(Sector::getCode, Sector::getName));
        Map<String, String> municipalities = geography.allMunicipalities().stream()
                .collect(Collectors.toMap(Municipality::getCode, Municipality::getName));
        Map<String, String> regions = geography.allRegions().stream()
                .collect(Collectors.toMap(Region::getCode, Region::getName));
        Map<Long, Map<Long, Boolean>> attendance = registrations.attendanceOfCourse(courseId);
        Map<Long, Integer> positions = RegistrationService.queuePositions(rows);
        List<String> header = new ArrayList<>(List.of(Messages.get("export.name"), Messages.get("export.email"),
                Messages.get("export.organisation"), Messages.get("export.workplace"),
                Messages.get("export.profession"), Messages.get("export.sector"), Messages.get("export.status"),
                Messages.get("export.queuePosition"), Messages.get("export.registeredAt"),
                Messages.get("export.note")));
        course.getSessions().forEach(s -> header.add(Messages.get("export.session", s.getPosition() + 1,
                SwedishTime.describe(s.getStartsAt(), s.getEndsAt()))));
        Function<Long, String> organisationName = id -> directory.organisation(id).map(Organisation::getName)
                .orElse("");
        List<List<String>> table = new ArrayList<>();
        table.add(header);
        for (Registration r : rows) {
            Account account = accounts.account(r.getAccountId());
            List<String> row = new ArrayList<>(List.of(
                    nullToEmpty(account.getName()), nullToEmpty(account.getEmail()),
                    organisationName.apply(r.getOrganisationId()),
                    r.getMunicipalityCode() != null ? municipalities.getOrDefault(r.getMunicipalityCode(), "")
                            : regions.getOrDefault(r.getRegionCode(), ""),
                    professions.getOrDefault(r.getProfessionCode(), r.getProfessionCode()),
                    sectors.getOrDefault(r.getSectorCode(), r.getSectorCode()),
                    Messages.get("registration.status." + r.getStatus()),
                    positions.containsKey(r.getId()) ? String.valueOf(positions.get(r.getId())) : "",
                    SwedishTime.dateTime(r.getRegisteredAt()),
                    nullToEmpty(r.getNote())));
            Map<Long, Boolean> marks = attendance.getOrDefault(r.getId(), Map.of());
            course.getSessions().forEach(s -> row.add(marks.containsKey(s.getId())
                    ? Messages.get(marks.get(s.getId()) ? "export.present" : "export.absent") : ""));
            table.add(row);
        }
        return table;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
