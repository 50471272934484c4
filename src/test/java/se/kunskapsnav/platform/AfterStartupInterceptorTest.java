package se.kunskapsnav.platform;

import jakarta.interceptor.InvocationContext;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The start-up gate of scheduled jobs: a run before the portal is ready does nothing, afterwards it runs. */
class AfterStartupInterceptorTest {

    private final AfterStartupInterceptor gate = new AfterStartupInterceptor();
    private final TimerRun run = new TimerRun();

    AfterStartupInterceptorTest() {
        gate.readiness = new PortalReadiness();
    }

    @Test
    void aRunBeforeStartUpHasFinishedIsSkipped() throws Exception {
        assertNull(gate.runWhenReady(run));
        assertEquals(0, run.proceeded);
    }

    @Test
    void aRunAfterStartUpGoesAhead() throws Exception {
        gate.readiness.onReady(new PortalReady());
        assertEquals("ran", gate.runWhenReady(run));
        assertEquals(1, run.proceeded);
    }

    /** A timer's call of a job method, as the container hands it to the interceptor. */
    static final class TimerRun implements InvocationContext {
        int proceeded;

        void job() {
        }

        @Override
        public Object proceed() {
            proceeded++;
            return "ran";
        }

        @Override
        public Method getMethod() {
            try {
                return TimerRun.class.getDeclaredMethod("job");
            } catch (NoSuchMethodException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public Object getTarget() {
            return this;
        }

        @Override
        public Object getTimer() {
            return null;
        }

        @Override
        public Constructor<?> getConstructor() {
            return null;
        }

        @Override
        public Object[] getParameters() {
            return new Object[0];
        }

        @Override
        public void setParameters(Object[] params) {
        }

        @Override
        public Map<String, Object> getContextData() {
            return new HashMap<>();
        }
    }
}
