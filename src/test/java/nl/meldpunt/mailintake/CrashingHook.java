package nl.meldpunt.mailintake;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Test-only hook (component-scanned from the test sources): fails once, right after the intake of an armed message
 * was committed and before the message is marked processed, as a crash of the node would at that moment; or fails
 * every attempt of a "broken" message before it is filed.
 */
@Component
class CrashingHook implements MailProcessingHook {

    private final Set<String> armed = ConcurrentHashMap.newKeySet();
    private final Set<String> fired = ConcurrentHashMap.newKeySet();
    private final Set<String> broken = ConcurrentHashMap.newKeySet();

    /** Every attempt to file this message fails before filing, as for a message the intake cannot process. */
    void breakMessage(String messageId) {
        broken.add(messageId);
    }

    void repairMessage(String messageId) {
        broken.remove(messageId);
    }

    @Override
    public void beforeFiling(String messageId) {
        if (broken.contains(messageId)) {
            throw new UnprocessableMessage();
        }
    }

    void failOnceAfterCommit(String messageId) {
        armed.add(messageId);
    }

    boolean fired(String messageId) {
        return fired.contains(messageId);
    }

    @Override
    public void afterCommit(String messageId) {
        if (armed.remove(messageId)) {
            fired.add(messageId);
            throw new SimulatedCrash();
        }
    }

    static final class UnprocessableMessage extends RuntimeException {
        UnprocessableMessage() {
            super("simulated message the intake cannot process");
        }
    }

    static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash() {
            super("simulated crash between commit and marking the message processed");
        }
    }
}
