package se.kunskapsnav.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.function.Predicate;
import java.util.zip.GZIPOutputStream;

/**
 * A response whose body is held in memory instead of sent, for the filter that keeps answers
 * ({@link AnonymousAnswers}). Whether to hold it is asked once, when the body begins, so the headers set by then
 * can decide; a body not held goes straight through.
 */
final class HeldResponse extends HttpServletResponseWrapper {

    private final Predicate<HttpServletResponse> hold;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    private boolean decided;
    private boolean holding;
    private ServletOutputStream stream;
    private PrintWriter writer;

    /** {@code hold} is asked with this response, as its body begins, whether to hold it. */
    public HeldResponse(HttpServletResponse response, Predicate<HttpServletResponse> hold) {
        super(response);
        this.hold = hold;
    }

    /** Whether the body was held: then {@link #body()} has it and nothing of it was sent. */
    public boolean holding() {
        return holding;
    }

    /** The body as written. */
    public byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return bytes.toByteArray();
    }

    /** Whether the request's client takes gzip-compressed answers. */
    public static boolean acceptsGzip(HttpServletRequest request) {
        String encodings = request.getHeader("Accept-Encoding");
        return encodings != null && encodings.contains("gzip");
    }

    /** {@code body} gzip-compressed, as the container would send it. */
    public static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream(Math.max(64, body.length / 4));
        try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
            out.write(body);
        }
        return gzipped.toByteArray();
    }

    private boolean holds() {
        if (!decided) {
            decided = true;
            holding = !isCommitted() && hold.test(this);
        }
        return holding;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (!holds()) {
            return super.getOutputStream();
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("the answer is written at once");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (!holds()) {
            return super.getWriter();
        }
        if (writer == null) {
            Charset charset = Charset.forName(getCharacterEncoding());
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
        }
        return writer;
    }

    // while the body is held, its length is set when it is sent, and nothing is sent before it is done

    @Override
    public void setContentLength(int length) {
        if (!holding) {
            super.setContentLength(length);
        }
    }

    @Override
    public void setContentLengthLong(long length) {
        if (!holding) {
            super.setContentLengthLong(length);
        }
    }

    @Override
    public void setBufferSize(int size) {
        if (!holding) {
            super.setBufferSize(size);
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (!holding) {
            super.flushBuffer();
        }
    }

    @Override
    public void resetBuffer() {
        bytes.reset();
        if (!holding) {
            super.resetBuffer();
        }
    }

    @Override
    public void reset() {
        super.reset();
        bytes.reset();
    }
}
