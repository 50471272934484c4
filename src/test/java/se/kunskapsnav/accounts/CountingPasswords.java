package se.kunskapsnav.accounts;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real password hashing, counting how often it hashes: added to a test deployment, it takes the place of
 * {@link Passwords}, so a test can see that two paths do the same (deliberately slow) work without timing them.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
@ApplicationScoped
public class CountingPasswords extends Passwords {

    private final AtomicInteger hashes = new AtomicInteger();

    @Override
    public String hash(String password) {
        hashes.incrementAndGet();
        return super.hash(password);
    }

    public int hashes() {
        return hashes.get();
    }
}
