package se.kunskapsnav.webcourse.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.kunskapsnav.webcourse.CourseContent;
import se.kunskapsnav.webcourse.CourseModule;
import se.kunskapsnav.webcourse.CourseProgress;
import se.kunskapsnav.webcourse.Enrolment;
import se.kunskapsnav.webcourse.GroupInput;
import se.kunskapsnav.webcourse.GroupMember;
import se.kunskapsnav.webcourse.GroupMemberListing;
import se.kunskapsnav.webcourse.GroupSession;
import se.kunskapsnav.webcourse.Lesson;
import se.kunskapsnav.webcourse.ModuleProgress;
import se.kunskapsnav.webcourse.QuizAnswer;
import se.kunskapsnav.webcourse.QuizQuestion;
import se.kunskapsnav.webcourse.QuizResult;
import se.kunskapsnav.webcourse.RecordedMemberInput;
import se.kunskapsnav.webcourse.SessionPlanInput;
import se.kunskapsnav.webcourse.StudyGroup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the web course API reads and writes. Module and lesson codes are those of GET /api/webbkurs. */
public final class WebCourseDtos {

    private WebCourseDtos() {
    }

    public record LessonSummaryDto(String code, String title) {
    }

    public record ModuleSummaryDto(String code, int number, String title, String introduction,
                                   List<LessonSummaryDto> lessons, int quizQuestions) {
        static ModuleSummaryDto of(CourseModule m) {
            return new ModuleSummaryDto(m.code(), m.number(), m.title(), m.introduction(),
                    m.lessons().stream().map(l -> new LessonSummaryDto(l.code(), l.title())).toList(),
                    m.quiz().questions().size());
        }
    }

    /** The course as anyone may read it; {@code version} is the hash of the loaded content. */
    @Schema(name = "WebCourseDto")
    public record CourseDto(String title, String introduction, String version, List<ModuleSummaryDto> modules) {
        static CourseDto of(CourseContent c) {
            return new CourseDto(c.title(), c.introduction(), c.contentHash(),
                    c.modules().stream().map(ModuleSummaryDto::of).toList());
        }
    }

    /** A quiz question without its right answer: that is told only after answering. */
    @Schema(name = "WebCourseQuestionDto")
    public record QuestionDto(int number, String text, List<String> answers) {
    }

    public record ModuleDto(String code, int number, String title, String introduction, List<LessonSummaryDto> lessons,
                            List<QuestionDto> quiz, int passMark, String reflection) {
        static ModuleDto of(CourseModule m) {
            List<QuestionDto> questions = new ArrayList<>();
            for (int i = 0; i < m.quiz().questions().size(); i++) {
                QuizQuestion q = m.quiz().questions().get(i);
                questions.add(new QuestionDto(i + 1, q.text(), q.answers().stream().map(QuizAnswer::text).toList()));
            }
            return new ModuleDto(m.code(), m.number(), m.title(), m.introduction(),
                    m.lessons().stream().map(l -> new LessonSummaryDto(l.code(), l.title())).toList(),
                    questions, m.quiz().passMark(), m.reflection());
        }
    }

    /** A lesson's Markdown text, with links between lessons as written in the content files. */
    public record LessonDto(String module, String code, String title, String text, String version) {
        static LessonDto of(String module, Lesson l) {
            return new LessonDto(module, l.code(), l.title(), l.text(), l.contentHash());
        }
    }

    public record ModuleProgressDto(String module, int lessons, List<String> lessonsRead, List<String> changedSinceRead,
                                    boolean quizPassed, boolean done) {
        static ModuleProgressDto of(ModuleProgress p) {
            return new ModuleProgressDto(p.module().code(), p.module().lessons().size(),
                    p.module().lessons().stream().filter(p::isRead).map(Lesson::code).toList(),
                    p.module().lessons().stream().filter(p::changedSinceRead).map(Lesson::code).toList(),
                    p.quizPassed(), p.done());
        }
    }

    /** The caller's own progress; {@code completedOn} is set once every lesson is read and every quiz passed. */
    public record ProgressDto(LocalDate enrolledOn, LocalDate completedOn, int percent, boolean complete,
                              List<ModuleProgressDto> modules) {
        static ProgressDto of(Enrolment e, CourseProgress p) {
            return new ProgressDto(e.getEnrolledOn(),
                    e.getCompletedOn(), p.percent(), p.complete(),
                    p.modules().stream().map(ModuleProgressDto::of).toList());
        }
    }

    /** Answers to a quiz: the chosen answer's position per question, from 0. */
    public record QuizAnswersRequest(List<Integer> answers) {
    }

    public record MarkedQuestionDto(int number, int chosen, boolean right, String explanation) {
    }

    public record QuizResultDto(int right, int questions, int passMark, boolean passed,
                                List<MarkedQuestionDto> marked) {
        static QuizResultDto of(QuizResult r) {
            List<MarkedQuestionDto> marked = new ArrayList<>();
            for (int i = 0; i < r.questions().size(); i++) {
                QuizResult.Marked m = r.questions().get(i);
                marked.add(new MarkedQuestionDto(i + 1, m.chosen(), m.right(), m.chosenAnswer().explanation()));
            }
            return new QuizResultDto(r.right(), r.questions().size(), r.passMark(), r.passed(), marked);
        }
    }

    public record OfferDto(boolean offered) {
    }

    // ---- study groups

    public record GroupRequest(String name, Long organisationId, String municipality, Integer maxMembers,
                               Boolean openToJoin) {
        GroupInput toInput() {
            return new GroupInput(name, organisationId, municipality, maxMembers, !Boolean.FALSE.equals(openToJoin));
        }
    }

    /** A study group; the invitation code and counts are shown to its leader only. */
    public record GroupDto(long id, String name, long organisationId, String municipality, String county,
                           Integer maxMembers, boolean openToJoin, long members, String invitationCode,
                           Map<String, Integer> counts, LocalDate formedOn) {
        static GroupDto of(StudyGroup g, long members, boolean leader) {
            return new GroupDto(g.getId(), g.getName(), g.getOrganisationId(), g.getMunicipalityCode(),
                    g.getCountyCode(), g.getMaxMembers(), g.isOpenToJoin(), members,
                    leader ? g.getInvitationCode() : null, leader ? g.getCounts() : null, g.getFormedOn());
        }
    }

    /** A participant the leader records; the name may be left out. */
    public record RecordedMemberRequest(String name, String profession, String sector) {
        RecordedMemberInput toInput() {
            return new RecordedMemberInput(name, profession, sector);
        }
    }

    @Schema(name = "WebCourseGroupMemberDto")

    public record MemberDto(long id, String name, String profession, String sector, boolean hasAccount,
                            String status) {
        static MemberDto of(GroupMember m, String name) {
            return new MemberDto(m.getId(), name, m.getProfessionCode(), m.getSectorCode(), m.getAccountId() != null,
                    m.getStatus().name());
        }

        static MemberDto of(GroupMemberListing l) {
            return of(l.member(), l.name());
        }
    }

    @Schema(name = "WebCourseGroupSessionRequest")

    public record SessionRequest(LocalDate plannedOn, List<String> modules) {
        SessionPlanInput toInput() {
            return new SessionPlanInput(plannedOn, modules);
        }
    }

    /** A session; {@code modules} maps each planned module code to whether it was covered. */
    @Schema(name = "WebCourseGroupSessionDto")
    public record SessionDto(long id, LocalDate plannedOn, boolean held, Map<String, Boolean> modules) {
        static SessionDto of(GroupSession s) {
            return new SessionDto(s.getId(), s.getPlannedOn(), s.isHeld(), s.getModules());
        }
    }

    /** Marks a session: held or not, the planned modules covered, and presence by member id. */
    public record HeldRequest(Boolean held, List<String> covered, Map<String, Boolean> attendance) {
    }
}
