package org.mqsec.qmgr.target;

import java.time.Duration;
import java.util.List;

import com.ibm.mq.headers.pcf.PCFMessage;

/**
 * A queue manager that takes PCF commands: IBM's client through the command server
 * ({@link PcfAgentTarget}), or in tests replies built with IBM's PCF classes. Readers, the plan
 * executor, the views and mqsec see only this.
 */
public interface QueueManagerTarget extends AutoCloseable {

    /** Which queue manager, and how it is reached, for progress and messages. */
    String describe();

    /**
     * Sends one command and waits at most {@code timeout} for every response to it.
     *
     * @return the responses, the last one flagged MQCFC_LAST
     * @throws QueueManagerException when a response carries a failure (its reason code), the
     *                               connection broke, or no response came in time (2033)
     */
    List<PCFMessage> send(PCFMessage command, Duration timeout) throws QueueManagerException;

    /**
     * Browses a queue without removing anything: the data of at most {@code max} messages, oldest
     * first, exactly as put (headers such as an MQDLH included, nothing converted).
     *
     * @throws QueueManagerException the queue cannot be opened for browsing (its reason code, 2035
     *                               when the user may not), or the connection broke
     */
    List<byte[]> browse(String queue, int max) throws QueueManagerException;

    /** Ends the connection; a connection that is already broken closes quietly. */
    @Override
    void close();
}
