package gov.chuangcheng.platform.inbox;

/**
 * An event that can never be processed as it is (unknown type, missing CloudEvents headers, undecodable payload).
 * It goes to the dead-letter topic at once, without retries, with this message as the reason.
 */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
