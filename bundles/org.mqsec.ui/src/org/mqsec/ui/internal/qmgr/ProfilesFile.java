package org.mqsec.ui.internal.qmgr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.mqsec.crypto.internal.keystore.AtomicFiles;
import org.mqsec.qmgr.target.ConnectionProfile;
import org.mqsec.qmgr.target.ConnectionProfiles;
import org.mqsec.ui.QueueManagerJobs;

/**
 * The connection profiles file the workbench shares with mqsec (no passwords in it), read and written
 * in Jobs of the {@link QueueManagerJobs#PROFILES} family, written atomically.
 */
public final class ProfilesFile {

    private ProfilesFile() {
    }

    static Path file() {
        return ConnectionProfiles.defaultFile();
    }

    /** Reads the profiles in a Job; {@code then} gets them on the UI thread, or {@code failed} what is wrong. */
    public static void load(Display display, Consumer<List<ConnectionProfile>> then, Consumer<String> failed) {
        Job job = new ProfilesJob(Messages.Profiles_reading) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Path file = file();
                try {
                    List<ConnectionProfile> profiles = Files.exists(file) ? ConnectionProfiles.read(Files.readString(file)) : List.of();
                    display.asyncExec(() -> then.accept(profiles));
                } catch (IOException | ConnectionProfiles.UnreadableException e) {
                    display.asyncExec(() -> failed.accept(Messages.bind(Messages.Profiles_unreadable, file, e.getMessage())));
                }
                return Status.OK_STATUS;
            }
        };
        job.schedule();
    }

    /** Writes the profiles in a Job; {@code failed} hears on the UI thread if that did not work. */
    static void save(Display display, List<ConnectionProfile> profiles, Consumer<String> failed) {
        String text = ConnectionProfiles.write(profiles);
        Job job = new ProfilesJob(Messages.Profiles_writing) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Path file = file();
                try {
                    AtomicFiles.writeMakingFolder(file, text.getBytes(StandardCharsets.UTF_8));
                } catch (IOException | RuntimeException e) {
                    display.asyncExec(() -> failed.accept(Messages.bind(Messages.Profiles_notWritten, file, e.getMessage())));
                }
                return Status.OK_STATUS;
            }
        };
        job.schedule();
    }

    /** Reads a JSON CCDT in a Job; {@code then} gets a profile per client channel. */
    static void importCcdt(Display display, Path ccdt, Consumer<List<ConnectionProfile>> then, Consumer<String> failed) {
        Job job = new ProfilesJob(Messages.bind(Messages.Profiles_importing, ccdt)) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    List<ConnectionProfile> profiles = ConnectionProfiles.fromCcdt(Files.readString(ccdt));
                    display.asyncExec(() -> then.accept(profiles));
                } catch (IOException | ConnectionProfiles.UnreadableException e) {
                    display.asyncExec(() -> failed.accept(Messages.bind(Messages.Profiles_ccdtUnreadable, ccdt, e.getMessage())));
                }
                return Status.OK_STATUS;
            }
        };
        job.schedule();
    }

    private abstract static class ProfilesJob extends Job {
        ProfilesJob(String name) {
            super(name);
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == QueueManagerJobs.PROFILES;
        }
    }
}
