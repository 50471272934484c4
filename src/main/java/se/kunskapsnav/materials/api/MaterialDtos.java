package se.kunskapsnav.materials.api;

import se.kunskapsnav.materials.FileHistory;
import se.kunskapsnav.materials.Material;
import se.kunskapsnav.materials.MaterialFileVersion;
import se.kunskapsnav.materials.MaterialInput;
import se.kunskapsnav.materials.MonthlyDownloads;
import se.kunskapsnav.materials.MaterialFilter;

import java.util.Collection;
import java.util.List;

/** What the materials API reads and writes. Codes are those of the vocabularies' endpoints. */
public final class MaterialDtos {

    private MaterialDtos() {
    }

    /** {@code owner} is a county code, or "nationell". */
    public record MaterialSummaryDto(long id, String title, String summary, String type, String owner,
                                     String publishedOn, List<String> languages, List<String> themes,
                                     String visibility, boolean retired) {
        static MaterialSummaryDto of(Material m) {
            return new MaterialSummaryDto(m.getId(), m.getTitle(), m.getSummary(), m.getType().code(), ownerOf(m),
                    m.getPublishedOn().toString(), sorted(m.getLanguages()), sorted(m.getThemes()),
                    m.getVisibility().code(), m.isRetired());
        }
    }

    public record LibraryPageDto(long total, int page, int pageCount, List<MaterialSummaryDto> materials) {
    }

    public record VersionDto(long id, int version, String fileName, String mediaType, long size, String text,
                             String uploadedAt, String url) {
        static VersionDto of(MaterialFileVersion v) {
            return new VersionDto(v.getId(), v.getVersionNo(), v.getFileName(), v.getContent().getMediaType(),
                    v.getContent().getSizeBytes(), v.getContent().getTextStatus().name(),
                    v.getUploadedAt().toString(), "/api/material/versioner/" + v.getId());
        }
    }

    /** A file: its current version and the earlier ones, newest first. */
    public record FileDto(long id, VersionDto current, List<VersionDto> earlier) {
        static FileDto of(FileHistory history) {
            return new FileDto(history.file().getId(), VersionDto.of(history.current()),
                    history.earlier().stream().map(VersionDto::of).toList());
        }
    }

    public record MaterialDto(long id, String title, String summary, String type, String owner, String publishedOn,
                              String version, String visibility, Long networkId, String externalUrl, boolean retired,
                              List<String> themes, List<String> targetGroups, List<String> professions,
                              List<String> languages, List<FileDto> files, List<Long> courses, List<Long> meetings,
                              List<String> modules, long revision) {
        /** With the courses and meetings using it that the caller is shown. */
        static MaterialDto of(Material m, List<FileHistory> files, List<Long> courses, List<Long> meetings) {
            return new MaterialDto(m.getId(), m.getTitle(), m.getSummary(), m.getType().code(), ownerOf(m),
                    m.getPublishedOn().toString(), m.getVersionLabel(), m.getVisibility().code(), m.getNetworkId(),
                    m.getExternalUrl(), m.isRetired(), sorted(m.getThemes()), sorted(m.getTargetGroups()),
                    sorted(m.getProfessions()), sorted(m.getLanguages()), files.stream().map(FileDto::of).toList(),
                    courses.stream().sorted().toList(), meetings.stream().sorted().toList(), sorted(m.getModuleCodes()),
                    m.getRevision());
        }
    }

    /**
     * A material's description. {@code owner}: a county code, or empty or "nationell" for a national
     * material; {@code type} and {@code visibility} by their codes; {@code publishedOn} as 2026-03-01.
     * {@code revision}, on a change: the material's revision it was made from (409 if it changed since).
     */
    public record MaterialRequest(String title, String summary, String type, String owner, String publishedOn,
                                  String version, String visibility, Long networkId, String externalUrl,
                                  List<String> themes, List<String> targetGroups, List<String> professions,
                                  List<String> languages, Long revision) {
        MaterialInput toInput() {
            return new MaterialInput(title, summary, type, MaterialFilter.NATIONAL.equals(owner) ? null : owner,
                    publishedOn, version, visibility, networkId, externalUrl, themes, targetGroups, professions,
                    languages);
        }
    }

    public record DownloadsDto(long materialId, String title, String month, long downloads) {
        static DownloadsDto of(MonthlyDownloads d) {
            return new DownloadsDto(d.materialId(), d.title(), d.month().toString(), d.downloads());
        }
    }

    private static String ownerOf(Material m) {
        return m.isNational() ? MaterialFilter.NATIONAL : m.getOwnerCountyCode();
    }

    private static List<String> sorted(Collection<String> codes) {
        return codes.stream().sorted().toList();
    }
}
