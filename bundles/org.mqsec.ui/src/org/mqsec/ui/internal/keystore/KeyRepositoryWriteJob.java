package org.mqsec.ui.internal.keystore;

import org.eclipse.core.runtime.jobs.Job;
import org.mqsec.ui.KeyRepositoryJobs;

/** A job that writes a certificate or key repository to disk, in the {@link KeyRepositoryJobs#WRITE} family. */
public abstract class KeyRepositoryWriteJob extends Job {

    protected KeyRepositoryWriteJob(String name) {
        super(name);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == KeyRepositoryJobs.WRITE;
    }
}
