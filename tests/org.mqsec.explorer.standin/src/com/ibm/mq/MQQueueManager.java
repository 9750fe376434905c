package com.ibm.mq;

import org.mqsec.testing.SimulatedQueueManager;

/**
 * Tests only: stands in for the connection MQ Explorer holds to a queue manager. Its class loader
 * (this bundle's) also defines the stand-in PCF agent the bridge loads by name.
 */
public class MQQueueManager {

    private final SimulatedQueueManager simulated;

    public MQQueueManager(SimulatedQueueManager simulated) {
        this.simulated = simulated;
    }

    public SimulatedQueueManager simulated() {
        return simulated;
    }
}
