package se.kunskapsnav.platform.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The answers {@link AnonymousAnswers} keeps, under their path, query string and tag, within a number of answers and
 * of bytes. A path's answers are all of one tag, the one it had when they were kept: keeping an answer of a newer tag
 * forgets the path's older ones, and when there is no room, the answers of every path whose tag has moved since are
 * forgotten. Finding room thus asks for one tag per path, never goes through the answers while no tag has moved, and
 * an answer of an older tag is never found, since its tag is in its key.
 */
final class KeptAnswers {

    record Key(String path, String query, String tag) {
    }

    record Answer(String contentType, List<Map.Entry<String, String>> headers, byte[] body, byte[] gzipped,
                  long keptAtMillis) {

        long size() {
            return body.length + gzipped.length;
        }
    }

    private final int mostKept;
    private final long mostBytes;
    private final Map<Key, Answer> answers = new ConcurrentHashMap<>();
    /** The tag of each path's answers. */
    private final Map<String, String> tagByPath = new HashMap<>();
    private long bytes;

    KeptAnswers(int mostKept, long mostBytes) {
        this.mostKept = mostKept;
        this.mostBytes = mostBytes;
    }

    Answer get(Key key) {
        return answers.get(key);
    }

    /**
     * Whether an answer of {@code size} bytes may be kept under {@code key}, whose tag is its path's current one;
     * makes room by forgetting the answers of paths whose tag has moved ({@code currentTag} of a path).
     */
    synchronized boolean roomFor(Key key, long size, UnaryOperator<String> currentTag) {
        forgetOlder(key);
        if (fits(size)) {
            return true;
        }
        tagByPath.entrySet().removeIf(path -> {
            boolean moved = !path.getValue().equals(currentTag.apply(path.getKey()));
            if (moved) {
                forget(path.getKey());
            }
            return moved;
        });
        return fits(size);
    }

    /** Keeps {@code answer} when it still fits. */
    synchronized void keep(Key key, Answer answer) {
        forgetOlder(key);
        if (fits(answer.size()) && answers.putIfAbsent(key, answer) == null) {
            bytes += answer.size();
            tagByPath.put(key.path(), key.tag());
        }
    }

    int size() {
        return answers.size();
    }

    synchronized long bytes() {
        return bytes;
    }

    /** Forgets the answers of {@code key}'s path kept under another tag. */
    private void forgetOlder(Key key) {
        String kept = tagByPath.get(key.path());
        if (kept != null && !kept.equals(key.tag())) {
            forget(key.path());
            tagByPath.remove(key.path());
        }
    }

    private void forget(String path) {
        answers.entrySet().removeIf(kept -> {
            boolean ofPath = kept.getKey().path().equals(path);
            if (ofPath) {
                bytes -= kept.getValue().size();
            }
            return ofPath;
        });
    }

    private boolean fits(long size) {
        return answers.size() < mostKept && bytes + size <= mostBytes;
    }
}
