package gov.chuangcheng.accountability.rectification;

import java.time.Instant;

/**
 * 按期整改: the one definition every rate and text uses. A rectification is on time when the submission that passed
 * verification was made by the deadline in force at that moment (an approved extension counts; a later send-back's
 * fresh deadline does not make an earlier late fix on time, nor the reverse).
 */
public final class OnTime {

    private OnTime() {}

    public static boolean of(Instant passedSubmissionAt, Instant deadlineInForceThen) {
        return passedSubmissionAt != null
                && deadlineInForceThen != null
                && !passedSubmissionAt.isAfter(deadlineInForceThen);
    }
}
