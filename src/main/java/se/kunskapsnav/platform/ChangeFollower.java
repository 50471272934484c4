package se.kunskapsnav.platform;

import jakarta.enterprise.concurrent.ManagedThreadFactory;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The thread of a change-log consumer (the search index, the reach summary): it runs the consumer's catch-up
 * when woken after a commit ({@link #wake()}, from an observer of {@link ChangeRecorded}) and once a second
 * anyway, for changes another instance made. A failed catch-up is logged and tried again at the next turn.
 */
public final class ChangeFollower {

    private static final Logger LOG = Logger.getLogger(ChangeFollower.class.getName());

    private final String name;
    private final Runnable catchUp;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    public ChangeFollower(String name, Runnable catchUp) {
        this.name = name;
        this.catchUp = catchUp;
    }

    public void start(ManagedThreadFactory threads) {
        running = true;
        thread = threads.newThread(this::follow);
        thread.setName(name);
        thread.start();
    }

    public void wake() {
        wake.release();
    }

    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void follow() {
        while (running) {
            try {
                wake.tryAcquire(1, TimeUnit.SECONDS);
                wake.drainPermits();
                catchUp.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, name + " could not follow the change log; trying again", e);
            }
        }
    }
}
