package se.kunskapsnav.testsupport;

import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.test.spi.event.suite.After;
import org.jboss.arquillian.test.spi.event.suite.AfterClass;
import org.jboss.arquillian.test.spi.event.suite.Before;
import org.jboss.arquillian.test.spi.event.suite.BeforeClass;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fails a test class when a Payara Micro it used logged a SEVERE line while it ran, and prints those lines with
 * the test that was running: a refused request, bad input or a browser going about its pages must never make
 * the server log SEVERE. It reads the log file {@link PayaraInstances} gives each instance (under
 * {@code target/payara-logs}): the shared instance's from where it stood when the class started, so what
 * asynchronous work logs after a class ended counts for the next one; a class's own instance's from its
 * start, unless the class is marked {@link ExpectedServerFailure}. What the shared instance logs while a test
 * has stopped the test database ({@link TestDatabase}) is not counted either: failing then is right. Runs on
 * Arquillian's client side, around each test class and test.
 */
public class ServerLogCheck {

    /** A record's first line in the format of payara-config/logging.properties: date, time, level. */
    private static final Pattern RECORD = Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} (\\S+)");
    /** How many lines of a SEVERE record (its stack trace) the failure shows. */
    private static final int LINES_PER_RECORD = 15;

    /** Part of a log, in bytes, and what happened meanwhile. */
    private record Stretch(String what, long from, long to) {

        boolean holds(long offset) {
            return offset >= from && offset < to;
        }
    }

    private record Line(long offset, String text) {
    }

    private static Path directory;
    private static Class<?> currentClass;
    private static final List<Path> OWN_LOGS = new ArrayList<>();
    private static long sharedLogStart;
    private static long testStart;
    /** The running class's tests and the test database's outages, as stretches of the shared log. */
    private static final List<Stretch> TESTS = new ArrayList<>();
    private static final List<Stretch> DATABASE_OUTAGES = new ArrayList<>();
    private static long outageStart = -1;

    /** Where the shared instance logs. */
    static Path sharedServerLog() {
        return directory().resolve("shared.log");
    }

    /** Where an instance of the running class's own logs. */
    static Path ownServerLog() {
        String name = currentClass == null ? "server" : currentClass.getSimpleName();
        Path log = directory().resolve(name + (OWN_LOGS.isEmpty() ? "" : "-" + (OWN_LOGS.size() + 1)) + ".log");
        OWN_LOGS.add(log);
        return log;
    }

    static synchronized void databaseStopping() {
        outageStart = size(sharedServerLog());
    }

    static synchronized void databaseStarted() {
        if (outageStart >= 0) {
            DATABASE_OUTAGES.add(new Stretch("database stopped", outageStart, size(sharedServerLog())));
            outageStart = -1;
        }
    }

    public void classStarts(@Observes(precedence = 100) BeforeClass event) {
        currentClass = event.getTestClass().getJavaClass();
        OWN_LOGS.clear();
        TESTS.clear();
        DATABASE_OUTAGES.clear();
        sharedLogStart = size(sharedServerLog());
    }

    public void testStarts(@Observes(precedence = 100) Before event) {
        testStart = size(sharedServerLog());
    }

    public void testEnded(@Observes(precedence = -100) After event) {
        TESTS.add(new Stretch(event.getTestMethod().getName(), testStart, size(sharedServerLog())));
    }

    /** After the class's own instances have stopped (precedence below Arquillian's undeployment). */
    public void failOnSevereLines(@Observes(precedence = -100) AfterClass event) {
        List<String> found = new ArrayList<>();
        for (Line line : severeRecords(sharedServerLog(), sharedLogStart)) {
            if (DATABASE_OUTAGES.stream().noneMatch(outage -> outage.holds(line.offset()))) {
                String test = TESTS.stream().filter(t -> t.holds(line.offset())).map(Stretch::what).findFirst()
                        .orElse("(deployment, set-up or between tests)");
                found.add("in " + test + ":\n" + line.text());
            }
        }
        if (!currentClass.isAnnotationPresent(ExpectedServerFailure.class)) {
            for (Path log : OWN_LOGS) {
                severeRecords(log, 0).forEach(line -> found.add("in its own server:\n" + line.text()));
            }
        }
        if (!found.isEmpty()) {
            throw new AssertionError("Payara Micro logged SEVERE while " + currentClass.getSimpleName()
                    + " ran (logs in " + directory() + ")\n" + String.join("\n", found));
        }
    }

    /** Each SEVERE record in {@code log} after its first {@code from} bytes, with the start of its stack trace. */
    static List<Line> severeRecords(Path log, long from) {
        List<Line> records = new ArrayList<>();
        List<Line> lines = lines(log, from);
        for (int i = 0; i < lines.size(); i++) {
            if (isSevere(lines.get(i).text())) {
                int end = i + 1;
                while (end < lines.size() && end < i + LINES_PER_RECORD
                        && !RECORD.matcher(lines.get(end).text()).find()) {
                    end++;
                }
                records.add(new Line(lines.get(i).offset(),
                        String.join("\n", lines.subList(i, end).stream().map(Line::text).toList())));
            }
        }
        return records;
    }

    private static boolean isSevere(String line) {
        Matcher record = RECORD.matcher(line);
        return record.find() && record.group(1).equals("SEVERE");
    }

    /** The lines of {@code log} after its first {@code from} bytes, each with its offset. */
    private static List<Line> lines(Path log, long from) {
        List<Line> lines = new ArrayList<>();
        if (!Files.exists(log)) {
            return lines;
        }
        byte[] bytes;
        try (FileChannel file = FileChannel.open(log, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.max(0, file.size() - from));
            file.read(buffer, from);
            bytes = buffer.array();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (i > start) {
                    lines.add(new Line(from + start, new String(bytes, start, i - start, StandardCharsets.UTF_8)));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static long size(Path log) {
        try {
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The logs directory, emptied of an earlier run's logs when first used. */
    private static synchronized Path directory() {
        if (directory == null) {
            Path logs = Path.of(System.getProperty("payara.logs.dir", "target/payara-logs"));
            try {
                if (Files.exists(logs)) {
                    try (Stream<Path> old = Files.walk(logs)) {
                        old.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(logs))
                                .forEach(path -> path.toFile().delete());
                    }
                }
                Files.createDirectories(logs);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            directory = logs;
        }
        return directory;
    }
}
