package org.mqsec.explorer.standin;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Tests only: what the bridge did with the stand-in PCF agent. */
public final class StandInProbe {

    public static final AtomicInteger agentsCreated = new AtomicInteger();
    public static final AtomicInteger disconnects = new AtomicInteger();
    public static final List<String> modelQueues = new CopyOnWriteArrayList<>();

    private StandInProbe() {
    }

    /** A failure carrying a reason code, as IBM's MQDataException and PCFException do ({@code getReason()}). */
    public static final class ReasonException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int reason;

        public ReasonException(int reason) {
            super("reason " + reason); //$NON-NLS-1$
            this.reason = reason;
        }

        public int getReason() {
            return reason;
        }
    }
}
