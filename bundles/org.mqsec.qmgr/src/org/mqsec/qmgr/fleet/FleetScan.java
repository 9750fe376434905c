package org.mqsec.qmgr.fleet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.mqsec.core.plan.QueueManagerState;
import org.mqsec.qmgr.internal.QmgrMessages;
import org.mqsec.qmgr.target.QueueManagerException;

/**
 * Reads many queue managers at once for the fleet scan: at most {@code parallel} at a time, each
 * given {@code timeout} from when its reading starts (a reading past it is abandoned and reported as
 * timed out), the whole cancellable through the monitor. Outcomes come back in the order of the
 * sources, each the state read or why it could not be.
 */
public final class FleetScan {

    /** How to read one queue manager (connect and read over PCF, or read a dump); runs in a worker thread. */
    @FunctionalInterface
    public interface Reading {
        QueueManagerState read() throws Exception;
    }

    /** One queue manager to scan, named for people (its profile or dump file). */
    public record Source(String name, Reading reading) {
    }

    /** A source's state, or (state null) why it could not be read. */
    public record Outcome(String source, QueueManagerState state, String failure) {
        public boolean read() {
            return state != null;
        }
    }

    private FleetScan() {
    }

    public static List<Outcome> scan(List<Source> sources, int parallel, Duration timeout, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(QmgrMessages.Fleet_scanning, sources.size()), sources.size());
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallel, sources.size())), work -> {
            Thread thread = new Thread(work, "mqsec fleet scan " + threads.incrementAndGet()); //$NON-NLS-1$
            thread.setDaemon(true);
            return thread;
        });
        try {
            long[] started = new long[sources.size()];
            List<Future<QueueManagerState>> futures = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                int index = i;
                Source source = sources.get(i);
                futures.add(pool.submit(() -> {
                    synchronized (started) {
                        started[index] = System.nanoTime();
                    }
                    return source.reading().read();
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                outcomes.add(await(sources.get(i).name(), futures.get(i), started, i, timeout, progress));
                progress.worked(1);
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits for one reading, cancelling it once it has run longer than the timeout, or everything when the monitor is cancelled. */
    private static Outcome await(String name, Future<QueueManagerState> future, long[] started, int index, Duration timeout, IProgressMonitor monitor) {
        while (true) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            try {
                return new Outcome(name, future.get(50, TimeUnit.MILLISECONDS), null);
            } catch (TimeoutException e) {
                long start;
                synchronized (started) {
                    start = started[index];
                }
                if (start != 0 && System.nanoTime() - start > timeout.toNanos()) {
                    future.cancel(true);
                    return new Outcome(name, null, NLS.bind(QmgrMessages.Fleet_timedOut, timeout.toSeconds()));
                }
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                String why = cause instanceof QueueManagerException refused ? refused.describe()
                        : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
                return new Outcome(name, null, why);
            } catch (CancellationException e) {
                return new Outcome(name, null, NLS.bind(QmgrMessages.Fleet_timedOut, timeout.toSeconds()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            }
        }
    }
}
