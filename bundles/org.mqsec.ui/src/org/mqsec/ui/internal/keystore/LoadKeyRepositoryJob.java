package org.mqsec.ui.internal.keystore;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.mqsec.crypto.keystore.KeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryLocation;
import org.mqsec.crypto.keystore.PasswordSource;
import org.mqsec.ui.KeyRepositoryJobs;

/**
 * Reads a key repository off the UI thread. The outcome (the repository or the reason it could not
 * be read) goes to the editor; a failure is the editor's to show, so the Job itself ends OK.
 */
final class LoadKeyRepositoryJob extends Job {

    /** What a load ended with: exactly one of the two is set. */
    record Outcome(KeyRepository repository, KeyRepositoryException failure) {
    }

    private final KeyRepositoryLocation location;
    private final PasswordSource passwords;
    private final Consumer<Outcome> done;

    LoadKeyRepositoryJob(KeyRepositoryLocation location, PasswordSource passwords, Consumer<Outcome> done) {
        super(Messages.bind(Messages.Editor_opening, location.name()));
        this.location = location;
        this.passwords = passwords;
        this.done = done;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Outcome outcome;
        try {
            outcome = new Outcome(location.open(passwords, monitor), null);
        } catch (KeyRepositoryException e) {
            outcome = new Outcome(null, e);
        }
        done.accept(outcome);
        return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == KeyRepositoryJobs.OPEN;
    }
}
