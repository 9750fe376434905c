package org.mqsec.qmgr.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.mqsec.qmgr.internal.Abandonable;

/**
 * A connection made after its caller gave up is closed, not left open: tested with real TCP
 * connections, made by work that, like IBM's client while it connects, does not stop when
 * interrupted. The listening end sees the connection closed (end of stream).
 */
class AbandonableTest {

    @Test
    void aConnectionMadeAfterTheTimeoutIsClosedWhenItArrives() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            CountDownLatch go = new CountDownLatch(1);
            assertThrows(TimeoutException.class, () -> Abandonable.call("test connect", Duration.ofMillis(100), () -> { //$NON-NLS-1$
                awaitUninterruptibly(go);
                return new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
            }));
            // the caller has given up; now the connection is made
            go.countDown();
            listener.setSoTimeout(30_000);
            try (Socket accepted = listener.accept(); InputStream in = accepted.getInputStream()) {
                accepted.setSoTimeout(30_000);
                assertEquals(-1, in.read(), "the late connection was closed by the side that made it"); //$NON-NLS-1$
            }
        }
    }

    @Test
    void aConnectionMadeInTimeIsReturnedOpenAndAFailureIsTheWorksOwn() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
                Socket socket = Abandonable.call("test connect", Duration.ofSeconds(30), //$NON-NLS-1$
                        () -> new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort()));
                Socket accepted = listener.accept()) {
            socket.getOutputStream().write(42);
            assertEquals(42, accepted.getInputStream().read());
            assertTrue(socket.isConnected() && !socket.isClosed());
        }
        ExecutionException failed = assertThrows(ExecutionException.class, () -> Abandonable.call("test connect", Duration.ofSeconds(30), //$NON-NLS-1$
                () -> {
                    throw new java.io.IOException("refused"); //$NON-NLS-1$
                }));
        assertEquals("refused", failed.getCause().getMessage()); //$NON-NLS-1$
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
