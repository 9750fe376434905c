package org.mqsec.ui.internal.zos;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.mqsec.core.zos.RacfJob;
import org.mqsec.ui.ZosJobs;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The job card of the RACF jobs the workbench writes (TLS wizard for z/OS, MQ RACF profiles): a
 * user setting, kept in the workbench's instance preferences and written to disk in a Job.
 */
public final class JobCardPreference {

    static final String NODE = "org.mqsec.ui"; //$NON-NLS-1$
    static final String KEY = "zos.jobCard"; //$NON-NLS-1$

    private JobCardPreference() {
    }

    /** The job card set in Preferences, or {@link RacfJob#DEFAULT_JOB_CARD}. */
    public static String get() {
        return InstanceScope.INSTANCE.getNode(NODE).get(KEY, RacfJob.DEFAULT_JOB_CARD);
    }

    /** Keeps {@code jobCard} (the default when blank) and flushes the preferences in a Job. */
    static void set(String jobCard) {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        if (jobCard == null || jobCard.isBlank() || jobCard.strip().equals(RacfJob.DEFAULT_JOB_CARD)) {
            node.remove(KEY);
        } else {
            node.put(KEY, jobCard.strip());
        }
        new Job(Messages.Preferences_saveJob) {
            @Override
            public boolean belongsTo(Object family) {
                return family == ZosJobs.PREFERENCES;
            }

            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    node.flush();
                    return Status.OK_STATUS;
                } catch (BackingStoreException e) {
                    return Status.error(Messages.bind(Messages.Preferences_saveFailed, e.getMessage()), e);
                }
            }
        }.schedule();
    }
}
