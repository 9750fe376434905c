package org.mqsec.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * What a wizard page's findings need to know of the file system (is this a folder, is that file
 * already there), learned by a Job so that the UI thread never touches the disk, even for a stat
 * on a path that hangs on a stale network mount. A path not looked at yet, or not for a few seconds,
 * is {@link State#UNKNOWN} and gets looked at; when the Job has looked, {@code changed} runs on the UI
 * thread so the page shows its findings again. The work that writes checks again for itself.
 */
public final class PathFacts {

    /** The Job family of the look-ups, so tests (and callers) can wait for them. */
    public static final Object FAMILY = new Object();

    /** How long what was seen is trusted before it is looked at again (the user may make the folder meanwhile). */
    private static final long FRESH_MS = 3000;

    /** What is at a path. */
    public enum State {
        UNKNOWN, MISSING, FILE, FOLDER
    }

    private record Seen(State state, long at) {
    }

    private final Display display;
    private final Runnable changed;
    private final Map<Path, Seen> seen = new ConcurrentHashMap<>();
    private final Map<Path, Boolean> looking = new ConcurrentHashMap<>();

    /** {@code changed} runs on the UI thread whenever a look-up has finished. */
    public PathFacts(Display display, Runnable changed) {
        this.display = display;
        this.changed = changed;
    }

    /** What was last seen at {@code path}; UNKNOWN (and a look-up started) when not yet or not lately. */
    public State state(Path path) {
        Seen last = seen.get(path);
        if (last == null || System.currentTimeMillis() - last.at() > FRESH_MS) {
            lookAt(path);
        }
        return last == null ? State.UNKNOWN : last.state();
    }

    /** Whether something (a file or a folder) was seen at {@code path}. */
    public boolean exists(Path path) {
        State state = state(path);
        return state == State.FILE || state == State.FOLDER;
    }

    /** Whether {@code path} was seen to be no folder (nothing there, or a file); false while it is not known. */
    public boolean notAFolder(Path path) {
        State state = state(path);
        return state == State.MISSING || state == State.FILE;
    }

    private void lookAt(Path path) {
        if (looking.putIfAbsent(path, Boolean.TRUE) != null) {
            return;
        }
        Job job = new Job(Messages.bind(Messages.PathFacts_job, path)) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    State state = Files.isDirectory(path) ? State.FOLDER : Files.exists(path) ? State.FILE : State.MISSING;
                    Seen before = seen.put(path, new Seen(state, System.currentTimeMillis()));
                    if ((before == null || before.state() != state) && !display.isDisposed()) {
                        display.asyncExec(changed);
                    }
                } finally {
                    looking.remove(path);
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setSystem(true);
        job.schedule();
    }
}
