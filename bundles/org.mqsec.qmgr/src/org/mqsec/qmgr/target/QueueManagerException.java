package org.mqsec.qmgr.target;

/**
 * A queue manager could not be reached or refused a command: its reason code (0 when the problem is
 * on this side), what happened in words, and what to do.
 */
public final class QueueManagerException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int reason;
    private final String fix;

    /**
     * A reason code from the queue manager or IBM's client, told with {@link ReasonCodes}.
     *
     * @param detail where it happened ("(connecting to mq1(1414))"), or ""
     */
    public QueueManagerException(int reason, String detail) {
        super(detail == null || detail.isEmpty() ? ReasonCodes.explain(reason) : ReasonCodes.explain(reason) + ' ' + detail);
        this.reason = reason;
        this.fix = ReasonCodes.fix(reason);
    }

    /** A problem found on this side, before or without a reason code. */
    public QueueManagerException(String message, String fix) {
        super(message);
        this.reason = 0;
        this.fix = fix == null ? "" : fix; //$NON-NLS-1$
    }

    /** The MQRC or MQRCCF reason code; 0 when none was given. */
    public int reason() {
        return reason;
    }

    /** What to do about it; "" when there is nothing to suggest. */
    public String fix() {
        return fix;
    }

    /** What happened and what to do, in one text for a dialog or a step's outcome. */
    public String describe() {
        return fix.isEmpty() ? getMessage() : getMessage() + ' ' + fix;
    }
}
