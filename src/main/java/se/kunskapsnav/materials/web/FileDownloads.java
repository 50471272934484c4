package se.kunskapsnav.materials.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.kunskapsnav.materials.ByteRange;
import se.kunskapsnav.materials.FileKind;
import se.kunskapsnav.materials.FileStore;
import se.kunskapsnav.materials.MaterialDownloads;
import se.kunskapsnav.materials.MaterialFileVersion;
import se.kunskapsnav.materials.MaterialFiles;
import se.kunskapsnav.materials.StoredFile;
import se.kunskapsnav.platform.FileNames;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;

/**
 * Sends a version of a material's file, for the download page and the API alike: the visibility check of
 * its material first, then the media type it was sniffed as, PDF, images, films and text shown in the
 * browser and office documents saved, an ETag (the content's SHA-256) and byte ranges, so a film can be
 * played from the middle and a large file resumed. Each download that starts at the first byte is counted
 * for the material's month; a player's later ranges and HEAD requests are not.
 */
@ApplicationScoped
public class FileDownloads {

    @Inject
    MaterialFiles files;

    @Inject
    MaterialDownloads counted;

    @Inject
    FileStore fileStore;

    /** Throws NotFoundException or AccessDeniedException before anything is written. */
    public void send(long versionId, HttpServletRequest request, HttpServletResponse response) throws IOException {
        MaterialFileVersion version = files.version(versionId);
        StoredFile content = version.getContent();
        long size = content.getSizeBytes();
        String etag = "\"" + content.getSha256() + "\"";
        boolean inline = FileKind.ofMediaType(content.getMediaType()).map(FileKind::opensInBrowser).orElse(false);

        response.setHeader("ETag", etag);
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("Cache-Control", "private, no-cache");
        // an uploaded file is never a page of the portal: no scripts, no forms, even when shown inline
        response.setHeader("Content-Security-Policy", "sandbox");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String ifRange = request.getHeader("If-Range");
        ByteRange.Request wanted = ifRange == null || ifRange.equals(etag)
                ? ByteRange.of(request.getHeader("Range"), size) : new ByteRange.Whole();
        if (wanted instanceof ByteRange.Unsatisfiable) {
            response.setHeader("Content-Range", "bytes */" + size);
            response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        ByteRange range = wanted instanceof ByteRange.Part part ? part.range() : new ByteRange(0, size - 1);
        response.setContentType(content.getMediaType().equals("text/plain")
                ? "text/plain; charset=UTF-8" : content.getMediaType());
        response.setHeader("Content-Disposition", FileNames.contentDisposition(inline, version.getFileName()));
        response.setContentLengthLong(range.length());
        if (wanted instanceof ByteRange.Part) {
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + size);
        }
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        if (range.first() == 0) {
            counted.countDownload(version);
        }
        try (InputStream in = Files.newInputStream(fileStore.path(content.getSha256()))) {
            in.skipNBytes(range.first());
            copy(in, response.getOutputStream(), range.length());
        }
    }

    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = length;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                break;
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }
}
