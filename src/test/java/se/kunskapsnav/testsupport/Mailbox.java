package se.kunskapsnav.testsupport;

import se.kunskapsnav.notification.DemoMailServer;
import se.kunskapsnav.notification.DemoMailServer.ReceivedMail;

import java.util.List;
import java.util.function.Predicate;

/**
 * Reads the demo SMTP server inside the container. Mail leaves the outbox in the background right after
 * commit, so a test waits (up to a minute, as a backlog may be ahead of it) for what it expects instead of reading once.
 */
public record Mailbox(DemoMailServer server) {

    /** The received mails matching {@code filter}, once at least {@code count} of them have arrived. */
    public List<ReceivedMail> await(Predicate<ReceivedMail> filter, int count) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            List<ReceivedMail> matching = server.received().stream().filter(filter).toList();
            if (matching.size() >= count || System.nanoTime() > deadline) {
                return matching;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return matching;
            }
        }
    }

    /** The one mail to {@code to} whose subject starts with {@code subjectStart}, waiting for it. */
    public ReceivedMail one(String to, String subjectStart) {
        return await(m -> m.to().equals(to) && m.subject().startsWith(subjectStart), 1).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no mail '" + subjectStart + "' to " + to));
    }
}
