package com.ibm.mq.headers.pcf;

import java.util.List;

import org.mqsec.explorer.standin.StandInProbe;
import org.mqsec.qmgr.target.QueueManagerException;

import com.ibm.mq.MQQueueManager;

/**
 * Tests only: IBM's PCF agent as MQ Explorer's bundles would provide it, answering from the
 * simulated queue manager behind the stand-in connection. What the bridge does with it (the model
 * queue it names, whether it disconnects Explorer's connection) is recorded for the tests.
 */
public class PCFMessageAgent {

    private final MQQueueManager queueManager;

    public PCFMessageAgent(MQQueueManager queueManager) {
        this.queueManager = queueManager;
        StandInProbe.agentsCreated.incrementAndGet();
    }

    public void setModelQueueName(String name) {
        StandInProbe.modelQueues.add(name);
    }

    public void setCheckResponses(boolean check) {
        // the bridge checks the replies itself
    }

    public void setWaitInterval(int seconds) {
        // the simulated queue manager answers at once
    }

    public PCFMessage[] send(PCFMessage command) throws StandInProbe.ReasonException {
        try {
            List<byte[]> replies = queueManager.simulated().answer(command.bytes);
            return replies.stream().map(PCFMessage::new).toArray(PCFMessage[]::new);
        } catch (QueueManagerException e) {
            throw new StandInProbe.ReasonException(e.reason());
        }
    }

    public void disconnect() {
        StandInProbe.disconnects.incrementAndGet();
    }
}
