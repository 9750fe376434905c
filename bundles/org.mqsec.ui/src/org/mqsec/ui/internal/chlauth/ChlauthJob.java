package org.mqsec.ui.internal.chlauth;

import org.eclipse.core.runtime.jobs.Job;
import org.mqsec.ui.ChlauthJobs;

/** A job of the channel authentication view, in one of the {@link ChlauthJobs} families. */
abstract class ChlauthJob extends Job {

    private final Object family;

    /** @param family {@link ChlauthJobs#READ} or {@link ChlauthJobs#WRITE} */
    ChlauthJob(String name, Object family) {
        super(name);
        this.family = family;
    }

    @Override
    public boolean belongsTo(Object candidate) {
        return candidate == family;
    }
}
