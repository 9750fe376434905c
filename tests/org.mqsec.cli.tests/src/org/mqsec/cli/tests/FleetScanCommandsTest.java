package org.mqsec.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mqsec.cli.tests.CommandRun.mqsec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mqsec.cli.Mqsec;
import org.mqsec.crypto.keystore.StashFile;
import org.mqsec.qmgr.target.QueueManagerTargets;
import org.mqsec.testing.KeystoreFixtures;
import org.mqsec.testing.QueueManagerFixtures;
import org.mqsec.testing.SimulatedQueueManager;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code mqsec fleet scan}: queue managers of a profiles file read over PCF (simulated queue
 * managers behind the same transport, IBM's classes encoding every message), at most --parallel at
 * once, one that never answers abandoned at --timeout; a dump with its keytool-made key repository;
 * one table, certificates by expiry first, as JSON and CSV.
 */
class FleetScanCommandsTest {

    @AfterEach
    void tearDown() {
        QueueManagerTargets.setConnector(null);
    }

    @Test
    void profilesAndADumpAreScannedInParallelIntoOneTable() throws Exception {
        KeystoreFixtures fixtures = KeystoreFixtures.get();
        Path dir = fixtures.scratch("cli-fleet"); //$NON-NLS-1$
        StringBuilder profiles = new StringBuilder("{\"profiles\": ["); //$NON-NLS-1$
        for (int i = 1; i <= 6; i++) {
            profiles.append(i > 1 ? ", " : "").append("{\"name\": \"QM").append(i).append("\", \"connections\": [\"mq").append(i) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                    .append(".example.com(1414)\"], \"channel\": \"ADMIN.SVRCONN\", \"queueManager\": \"QM").append(i) //$NON-NLS-1$
                    .append("\", \"cipherSpec\": \"ANY_TLS12_OR_HIGHER\", \"timeoutSeconds\": 5}"); //$NON-NLS-1$
        }
        Path profilesFile = dir.resolve("fleet.json"); //$NON-NLS-1$
        Files.writeString(profilesFile, profiles.append("]}").toString()); //$NON-NLS-1$
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<String> connected = java.util.Collections.synchronizedList(new ArrayList<>());
        // connections meet in pairs, so that two are under way at once whenever the scan allows it
        java.util.concurrent.CyclicBarrier pair = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.CountDownLatch neverAnswers = new java.util.concurrent.CountDownLatch(1);
        QueueManagerTargets.setConnector((profile, password, keyStorePassword, trustStorePassword) -> {
            connected.add(profile.name());
            int now = running.incrementAndGet();
            most.accumulateAndGet(now, Math::max);
            try {
                if (profile.name().equals("QM6")) { //$NON-NLS-1$
                    neverAnswers.await(); // the scan abandons it at --timeout, interrupting this wait
                }
                pair.await(500, java.util.concurrent.TimeUnit.MILLISECONDS); // well within --timeout
            } catch (java.util.concurrent.BrokenBarrierException | java.util.concurrent.TimeoutException e) {
                // no partner came (the last one, or beside QM6): this connection goes on alone
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new org.mqsec.qmgr.target.QueueManagerException(2009, "interrupted"); //$NON-NLS-1$
            } finally {
                running.decrementAndGet();
            }
            return new SimulatedQueueManager(QueueManagerFixtures.state());
        });
        Path key = dir.resolve("key.p12"); //$NON-NLS-1$
        Files.deleteIfExists(key);
        fixtures.keytool("-genkeypair", "-alias", "ibmwebspheremqqm1", "-keyalg", "RSA", "-keysize", "3072", "-dname", "CN=QM1,O=Example", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "-validity", "20", "-storetype", "PKCS12", "-keystore", key.toString(), "-storepass", KeystoreFixtures.PASSWORD); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        StashFile.write(StashFile.besides(key), KeystoreFixtures.PASSWORD.toCharArray());
        Path dump = dir.resolve("qm1.mqsc"); //$NON-NLS-1$
        Files.writeString(dump, QueueManagerFixtures.DUMP);
        Path csv = dir.resolve("fleet.csv"); //$NON-NLS-1$
        Files.deleteIfExists(csv);

        CommandRun run = mqsec("fleet", "scan", profilesFile.toString(), dump + "=" + key, "--parallel", "2", "--timeout", "3", "--json", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "--csv", csv.toString()); //$NON-NLS-1$
        assertEquals(Mqsec.FAILED, run.code(), "QM6 never answered: " + run.out() + run.err()); //$NON-NLS-1$
        assertTrue(most.get() <= 2, "at most --parallel at once: " + most.get()); //$NON-NLS-1$
        assertEquals(6, connected.size(), connected.toString());
        JsonArray rows = run.json().getAsJsonArray("rows"); //$NON-NLS-1$
        JsonObject first = rows.get(0).getAsJsonObject();
        assertEquals("CERTIFICATE", first.get("kind").getAsString(), "certificates first: " + rows); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals("REPORT_CERTIFICATE_EXPIRING", first.get("code").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(19, first.get("daysLeft").getAsLong(), 1); //$NON-NLS-1$
        long findings = 0;
        String unread = ""; //$NON-NLS-1$
        for (int i = 0; i < rows.size(); i++) {
            JsonObject row = rows.get(i).getAsJsonObject();
            findings += row.get("code").getAsString().equals("CHLAUTH_LINT_NO_BACKSTOP") ? 1 : 0; //$NON-NLS-1$ //$NON-NLS-2$
            if (row.get("kind").getAsString().equals("UNREAD")) { //$NON-NLS-1$ //$NON-NLS-2$
                unread += row.get("source").getAsString() + ": " + row.get("message").getAsString(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        assertEquals(6, findings, "five profiles read and the dump, each without a back-stop: " + rows); //$NON-NLS-1$
        assertTrue(unread.startsWith("QM6: ") && unread.contains("3 s"), unread); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> lines = Files.readAllLines(csv);
        assertEquals("queueManager,source,kind,severity,code,label,subject,notAfter,message", lines.get(0)); //$NON-NLS-1$
        assertEquals(rows.size() + 1, lines.size(), lines.toString());
        assertTrue(lines.get(1).startsWith("QM1,") && lines.get(1).contains(",CERTIFICATE,WARNING,REPORT_CERTIFICATE_EXPIRING,ibmwebspheremqqm1,\"CN=QM1,O=Example\","), //$NON-NLS-1$ //$NON-NLS-2$
                lines.get(1));
    }
}
