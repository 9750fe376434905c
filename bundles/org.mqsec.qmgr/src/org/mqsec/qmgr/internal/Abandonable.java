package org.mqsec.qmgr.internal;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Work that yields something to close (a queue manager connection), run on a thread of its own so
 * that the caller waits at most a time limit. IBM's client cannot be stopped while it connects: a
 * connection that is made after the caller gave up (timed out, or was interrupted) would stay open
 * on the queue manager, holding a channel instance, for as long as the workbench runs. Here it is
 * closed as soon as it arrives.
 */
public final class Abandonable {

    private Abandonable() {
    }

    /**
     * The result of {@code work}, or TimeoutException once {@code limit} has passed (InterruptedException
     * when the caller is interrupted): either way a result the work yields later is closed.
     *
     * @throws ExecutionException what the work threw
     */
    public static <T extends AutoCloseable> T call(String threadName, Duration limit, Callable<T> work)
            throws TimeoutException, InterruptedException, ExecutionException {
        Object lock = new Object();
        boolean[] abandoned = { false };
        boolean[] handedOver = { false };
        ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, threadName);
            t.setDaemon(true);
            return t;
        });
        Future<T> result = thread.submit(() -> {
            T value = work.call();
            synchronized (lock) {
                if (abandoned[0]) {
                    closeQuietly(value);
                    return null;
                }
                handedOver[0] = true;
            }
            return value;
        });
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | InterruptedException e) {
            boolean arrived;
            synchronized (lock) {
                abandoned[0] = true;
                arrived = handedOver[0];
            }
            if (arrived) {
                // it came as the time ran out and is being returned: it is closed, as the caller has given up
                closeWhenReturned(result);
            } else {
                result.cancel(true);
            }
            throw e;
        } finally {
            thread.shutdown();
        }
    }

    private static <T extends AutoCloseable> void closeWhenReturned(Future<T> result) {
        boolean interrupted = Thread.interrupted();
        try {
            while (true) {
                try {
                    closeQuietly(result.get());
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    return;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void closeQuietly(AutoCloseable value) {
        if (value == null) {
            return;
        }
        try {
            value.close();
        } catch (Exception e) {
            // a connection that cannot be closed is broken already: nothing is left to release
        }
    }
}
