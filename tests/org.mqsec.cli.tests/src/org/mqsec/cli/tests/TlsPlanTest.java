package org.mqsec.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mqsec.cli.tests.CommandRun.mqsec;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.mqsec.cli.Mqsec;
import org.mqsec.core.chlauth.SslPeerFilter;
import org.mqsec.core.tls.CipherSpecs;
import org.mqsec.testing.KeystoreFixtures;

/**
 * {@code mqsec tls plan} end to end, then a real TLS handshake (JSSE at both ends) with exactly the
 * key repositories it wrote, the Java CipherSuite IBM's mapping gives the client's CipherSpec, and
 * client authentication, followed by the SSLPEER check a queue manager makes; and the variants
 * that must fail: a key that does not suit the CipherSpec, a CA the other end does not trust, a DN
 * that does not match SSLPEER.
 */
class TlsPlanTest {

    private static final KeystoreFixtures FIXTURES = KeystoreFixtures.get();

    private static Path spec(Path dir, String json) throws Exception {
        Path spec = dir.resolve("spec.json"); //$NON-NLS-1$
        Files.writeString(spec, json);
        return spec;
    }

    private static Path passwordFile(Path dir) throws Exception {
        Path file = dir.resolve("password.txt"); //$NON-NLS-1$
        Files.writeString(file, KeystoreFixtures.PASSWORD + "\n"); //$NON-NLS-1$
        return file;
    }

    private static final String MUTUAL = "{\"queueManager\": \"QM1\", \"host\": \"localhost\", \"port\": 1414," //$NON-NLS-1$
            + " \"mutualTls\": true, \"clientDn\": \"CN=app1,OU=Applications,O=Example\"," //$NON-NLS-1$
            + " \"serverCipherSpec\": \"ANY_TLS12_OR_HIGHER\", \"channel\": \"APP1.SVRCONN\", \"mappedUser\": \"app1\"%s}"; //$NON-NLS-1$

    private static Path plan(String name, String extra) throws Exception {
        Path dir = FIXTURES.scratch(name);
        Path out = dir.resolve("out"); //$NON-NLS-1$
        CommandRun run = mqsec("tls", "plan", spec(dir, String.format(MUTUAL, extra)).toString(), "--out", out.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "--password-file", passwordFile(dir).toString()); //$NON-NLS-1$
        assertEquals(Mqsec.OK, run.code(), run.out() + run.err());
        return out;
    }

    private static SSLContext context(Path store, String type) throws Exception {
        KeyStore keys = KeyStore.getInstance(type);
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, KeystoreFixtures.PASSWORD.toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, KeystoreFixtures.PASSWORD.toCharArray());
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(keys);
        SSLContext context = SSLContext.getInstance("TLS"); //$NON-NLS-1$
        context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        return context;
    }

    /**
     * A queue manager's listener stand-in with the server's key repository and SSLCAUTH(REQUIRED), and a
     * client with the client's keystore offering {@code clientSuites} (null: the JSSE defaults, as for
     * an ANY_* alias). Returns the client certificate's DN as the server saw it.
     */
    private static String handshake(Path server, Path client, String[] protocols, String[] clientSuites) throws Exception {
        SSLContext serverContext = context(server.resolve("server/key.p12"), "PKCS12"); //$NON-NLS-1$ //$NON-NLS-2$
        SSLContext clientContext = context(client.resolve("client/client.p12"), "PKCS12"); //$NON-NLS-1$ //$NON-NLS-2$
        try (SSLServerSocket listener = (SSLServerSocket) serverContext.getServerSocketFactory().createServerSocket(0)) {
            listener.setNeedClientAuth(true);
            listener.setEnabledProtocols(protocols);
            CompletableFuture<String> accepted = CompletableFuture.supplyAsync(() -> {
                try (SSLSocket socket = (SSLSocket) listener.accept()) {
                    socket.startHandshake();
                    socket.getInputStream().read(); // until the client closes
                    return ((X509Certificate) socket.getSession().getPeerCertificates()[0]).getSubjectX500Principal().getName();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            try (SSLSocket socket = (SSLSocket) clientContext.getSocketFactory().createSocket("localhost", listener.getLocalPort())) { //$NON-NLS-1$
                socket.setEnabledProtocols(protocols);
                if (clientSuites != null) {
                    socket.setEnabledCipherSuites(clientSuites);
                }
                socket.startHandshake();
                socket.getOutputStream().write(1);
            }
            return accepted.get(30, TimeUnit.SECONDS);
        }
    }

    /** The failure came from TLS itself (at either end), not from the test's own setup. */
    private static void assertRefusedByTls(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SSLException) {
                return;
            }
        }
        throw new AssertionError("not a TLS failure", failure); //$NON-NLS-1$
    }

    @Test
    void thePlannedEndsCompleteAMutualTlsHandshakeAndPassSslpeer() throws Exception {
        Path out = plan("tls-plan-mutual", ""); //$NON-NLS-1$
        for (String file : new String[] { "server/key.p12", "server/key.sth", "server/qmgr.mqsc", "server/runmqakm.sh", "client/client.p12", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "client/ccdt.json", "client/mqclient.ini", "client/jms.properties", "ca.pem" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            assertTrue(Files.exists(out.resolve(file)), file);
        }
        // openssl reads the queue manager's repository and verifies its certificate against the CA for TLS servers
        Path serverPem = out.resolve("server-certificate.pem"); //$NON-NLS-1$
        FIXTURES.openssl("pkcs12", "-in", out.resolve("server/key.p12").toString(), "-passin", "pass:" + KeystoreFixtures.PASSWORD, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "-nokeys", "-clcerts", "-out", serverPem.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(FIXTURES.openssl("verify", "-CAfile", out.resolve("ca.pem").toString(), "-purpose", "sslserver", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                serverPem.toString()).contains(": OK")); //$NON-NLS-1$
        String mqsc = Files.readString(out.resolve("server/qmgr.mqsc")); //$NON-NLS-1$
        assertTrue(mqsc.contains("SSLPEER('CN=app1,OU=Applications,O=Example')") && mqsc.contains("SSLCIPH('ANY_TLS12_OR_HIGHER')") //$NON-NLS-1$ //$NON-NLS-2$
                && mqsc.contains("TYPE(SSLPEERMAP)") && mqsc.contains("REFRESH SECURITY TYPE(SSL)"), mqsc); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(!Files.readString(out.resolve("client/jms.properties")).contains(KeystoreFixtures.PASSWORD), "no password in the artefacts"); //$NON-NLS-1$ //$NON-NLS-2$

        // ANY_TLS12_OR_HIGHER maps to *TLS12ORHIGHER: TLS 1.2 and 1.3 with the JSSE suites
        String peer = handshake(out, out, new String[] { "TLSv1.3", "TLSv1.2" }, null); //$NON-NLS-1$ //$NON-NLS-2$
        assertNull(SslPeerFilter.mismatch("CN=app1,OU=Applications,O=Example", peer), peer); //$NON-NLS-1$
        // a specific TLS 1.2 CipherSpec the RSA certificates suit, by its Java name from IBM's mapping
        String suite = CipherSpecs.find("ECDHE_RSA_AES_256_GCM_SHA384").orElseThrow().javaCipherSuite(); //$NON-NLS-1$
        assertEquals("CN=app1,OU=Applications,O=Example", handshake(out, out, new String[] { "TLSv1.2" }, new String[] { suite })); //$NON-NLS-1$ //$NON-NLS-2$

        // a DN the channel's SSLPEER does not admit: the handshake succeeds, the queue manager's check refuses it
        assertTrue(SslPeerFilter.mismatch("CN=app2,OU=Applications,O=Example", peer) != null); //$NON-NLS-1$

        // runmqakm.sh signs the queue manager's own request with the plan's CA: ../ca.p12 is there, opens
        // with the plan's password and holds the key of the CA in ../ca.pem
        String script = runnableScript(out.resolve("server/runmqakm.sh")); //$NON-NLS-1$
        assertTrue(script.contains("-db '../ca.p12'") && script.contains("-file '../ca.pem'"), script); //$NON-NLS-1$ //$NON-NLS-2$
        String caStore = FIXTURES.openssl("pkcs12", "-in", out.resolve("ca.p12").toString(), "-nodes", "-passin", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "pass:" + KeystoreFixtures.PASSWORD); //$NON-NLS-1$
        assertTrue(caStore.contains("PRIVATE KEY") && caStore.contains("friendlyName: mq tls ca"), "the CA key and label"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Path caFromStore = out.resolve("ca-from-store.pem"); //$NON-NLS-1$
        FIXTURES.openssl("pkcs12", "-in", out.resolve("ca.p12").toString(), "-nokeys", "-passin", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "pass:" + KeystoreFixtures.PASSWORD, "-out", caFromStore.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(fingerprint(out.resolve("ca.pem")), fingerprint(caFromStore)); //$NON-NLS-1$
        // run as written: with the password in the environment it starts in its own folder, asks nothing, and
        // stops at the first command whose tool is missing (runmqakm is not installed here)
        ProcessBuilder run = new ProcessBuilder("sh", out.resolve("server/runmqakm.sh").toString()).redirectErrorStream(true); //$NON-NLS-1$ //$NON-NLS-2$
        run.environment().put("MQSEC_PASSWORD", KeystoreFixtures.PASSWORD); //$NON-NLS-1$
        run.environment().put("PATH", "/usr/bin:/bin"); //$NON-NLS-1$ //$NON-NLS-2$
        Process process = run.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(127, process.waitFor(), output);
        assertTrue(output.contains("runmqakm: not found") && !output.contains("Password"), output); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A generated script: POSIX sh syntax, stops at the first error, and has no password or placeholder to replace. */
    private static String runnableScript(Path file) throws Exception {
        String text = Files.readString(file);
        assertTrue(text.startsWith("#!/bin/sh\n") && text.contains("\nset -eu\n"), text); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(!text.contains("<password>") && !text.contains(KeystoreFixtures.PASSWORD), text); //$NON-NLS-1$
        KeystoreFixtures.run(file.getParent(), List.of("sh", "-n", file.getFileName().toString())); //$NON-NLS-1$ //$NON-NLS-2$
        return text;
    }

    private static String fingerprint(Path pem) throws Exception {
        return FIXTURES.openssl("x509", "-in", pem.toString(), "-noout", "-fingerprint", "-sha256").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    @Test
    void selfSignedEndsForACClientTrustEachOtherAndThePlanRunsAgainFromItsOwnJson() throws Exception {
        Path out = plan("tls-plan-self-signed", ", \"serverSigner\": \"self-signed\", \"clientType\": \"c\"," //$NON-NLS-1$ //$NON-NLS-2$
                + " \"serverKey\": \"ec-p256\", \"clientKey\": \"ec-p256\""); //$NON-NLS-1$
        assertTrue(Files.exists(out.resolve("client/server-certificate.pem")) && !Files.exists(out.resolve("ca.pem"))); //$NON-NLS-1$ //$NON-NLS-2$
        String runmqakm = runnableScript(out.resolve("client/runmqakm.sh")); //$NON-NLS-1$
        String server = runnableScript(out.resolve("server/runmqakm.sh")); //$NON-NLS-1$
        assertTrue(server.contains("-file '../client/client-issuers.pem'") && Files.exists(out.resolve("client/client-issuers.pem")), //$NON-NLS-1$ //$NON-NLS-2$
                "the queue manager made on its machine trusts the client's self-signed certificate: " + server); //$NON-NLS-1$
        assertTrue(runmqakm.contains("-type cms -stash") && runmqakm.contains("-target_type cms -label 'ibmwebspheremqapp1'"), runmqakm); //$NON-NLS-1$ //$NON-NLS-2$
        // and the same client keystore written as a CMS key database with its stash, opened by the stash alone
        assertEquals(6, Files.readAllBytes(out.resolve("client/client.kdb"))[2]); //$NON-NLS-1$
        CommandRun kdb = mqsec("keystore", "list", out.resolve("client/client.kdb").toString(), "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(Mqsec.OK, kdb.code(), kdb.err());
        assertTrue(kdb.out().contains("\"ibmwebspheremqapp1\"") && kdb.out().contains("\"trusted-certificate\""), kdb.out()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(Files.readString(out.resolve("server/qmgr.mqsc")) //$NON-NLS-1$
                .contains("SSLCERTI('CN=app1,OU=Applications,O=Example')"), "a self-signed certificate is its own issuer"); //$NON-NLS-1$ //$NON-NLS-2$
        String ecdsa = CipherSpecs.find("ECDHE_ECDSA_AES_256_GCM_SHA384").orElseThrow().javaCipherSuite(); //$NON-NLS-1$
        assertEquals("CN=app1,OU=Applications,O=Example", handshake(out, out, new String[] { "TLSv1.2" }, new String[] { ecdsa })); //$NON-NLS-1$ //$NON-NLS-2$

        // plan.json is the spec with its defaults: running it again gives the same MQSC
        Path again = out.resolveSibling("again"); //$NON-NLS-1$
        CommandRun rerun = mqsec("tls", "plan", out.resolve("plan.json").toString(), "--out", again.toString(), "--password-file", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                passwordFile(out.getParent()).toString());
        assertEquals(Mqsec.OK, rerun.code(), rerun.out() + rerun.err());
        assertEquals(Files.readString(out.resolve("server/qmgr.mqsc")), Files.readString(again.resolve("server/qmgr.mqsc"))); //$NON-NLS-1$ //$NON-NLS-2$

        // the queue manager's changes as a plan file: mqsec plan render gives back the same commands, after
        // the step (shown, not run) that puts the key repository and its stash where SSLKEYR points
        CommandRun rendered = mqsec("plan", "render", out.resolve("server/qmgr-plan.json").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Mqsec.OK, rendered.code(), rendered.err());
        assertEquals(Files.readString(out.resolve("server/qmgr.mqsc")).lines().filter(l -> !l.startsWith("*")).toList(), //$NON-NLS-1$ //$NON-NLS-2$
                rendered.out().lines().filter(l -> !l.startsWith("*")).toList()); //$NON-NLS-1$
        String planFile = Files.readString(out.resolve("server/qmgr-plan.json")); //$NON-NLS-1$
        assertTrue(planFile.contains("\"cp '" + out.toAbsolutePath().resolve("server/key.p12") + "' '/var/mqm/qmgrs/QM1/ssl/key.p12'\""), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                planFile);
    }

    @Test
    void anEcdsaCipherSpecWithRsaCertificatesIsRefusedByThePlanAndByTls() throws Exception {
        Path dir = FIXTURES.scratch("tls-plan-ecdsa"); //$NON-NLS-1$
        CommandRun run = mqsec("tls", "plan", spec(dir, String.format(MUTUAL, ", \"clientCipherSpec\": \"ECDHE_ECDSA_AES_128_GCM_SHA256\"," //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " \"serverCipherSpec\": \"ECDHE_ECDSA_AES_128_GCM_SHA256\"").replace("\"serverCipherSpec\": \"ANY_TLS12_OR_HIGHER\", ", "")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .toString(), "--out", dir.resolve("out").toString(), "--password-file", passwordFile(dir).toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Mqsec.FAILED, run.code(), run.out());
        assertTrue(run.out().contains("needs a certificate with an EC key"), run.out()); //$NON-NLS-1$
        assertTrue(!Files.exists(dir.resolve("out")), "nothing written"); //$NON-NLS-1$ //$NON-NLS-2$

        // and TLS agrees: RSA certificates cannot complete an ECDHE_ECDSA handshake
        Path out = plan("tls-plan-rsa", ""); //$NON-NLS-1$
        String ecdsa = CipherSpecs.find("ECDHE_ECDSA_AES_128_GCM_SHA256").orElseThrow().javaCipherSuite(); //$NON-NLS-1$
        assertRefusedByTls(assertThrows(Exception.class, () -> handshake(out, out, new String[] { "TLSv1.2" }, new String[] { ecdsa }))); //$NON-NLS-1$
    }

    @Test
    void endsFromTwoDifferentPlansDoNotTrustEachOther() throws Exception {
        Path first = plan("tls-plan-first", ""); //$NON-NLS-1$
        Path second = plan("tls-plan-second", ""); //$NON-NLS-1$
        assertRefusedByTls(assertThrows(Exception.class, () -> handshake(first, second, new String[] { "TLSv1.3", "TLSv1.2" }, null))); //$NON-NLS-1$ //$NON-NLS-2$
        assertRefusedByTls(assertThrows(Exception.class, () -> handshake(second, first, new String[] { "TLSv1.2" }, null))); //$NON-NLS-1$
    }

    /**
     * A client keystore from an earlier plan, used again with a new queue manager certificate whose
     * new CA has the same name (the user named it so): the plan must not believe the client trusts the
     * new CA because of its name, but add it, so that the handshake works.
     */
    @Test
    void aClientKeystoreFromAnEarlierPlanIsGivenTheNewCaEvenWhenItsNameIsTheSame() throws Exception {
        String sameName = ", \"caDn\": \"CN=Our MQ CA,O=Example\""; //$NON-NLS-1$
        Path earlier = plan("tls-plan-earlier", sameName); //$NON-NLS-1$
        Path dir = FIXTURES.scratch("tls-plan-reused-client"); //$NON-NLS-1$
        Path client = earlier.resolve("client/client.p12"); //$NON-NLS-1$
        CommandRun run = planExisting(dir, sameName + ", \"clientRepository\": \"" + client //$NON-NLS-1$
                + "\", \"clientLabel\": \"ibmwebspheremqapp1\"", "--client-password-file", passwordFile(dir).toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Mqsec.OK, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("gets the certificate of CN=Our MQ CA,O=Example added"), run.out()); //$NON-NLS-1$
        Path out = dir.resolve("out"); //$NON-NLS-1$
        String entries = FIXTURES.keytool("-list", "-keystore", out.resolve("client/client.p12").toString(), "-storepass", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                KeystoreFixtures.PASSWORD);
        assertEquals(2, entries.lines().filter(l -> l.contains("trustedCertEntry")).count(), "both CAs, told apart by key: " + entries); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("CN=app1,OU=Applications,O=Example", handshake(out, out, new String[] { "TLSv1.3", "TLSv1.2" }, null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** A description with line breaks would have put a second command into qmgr.mqsc. */
    @Test
    void aValueWithALineBreakIsRefusedAndNothingIsWritten() throws Exception {
        Path dir = FIXTURES.scratch("tls-plan-injection"); //$NON-NLS-1$
        CommandRun run = planExisting(dir, ", \"description\": \"x\\nALTER QMGR CHLAUTH(DISABLED)\\n\""); //$NON-NLS-1$
        assertEquals(Mqsec.FAILED, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("DESCR holds a control character (U+000A)"), run.out()); //$NON-NLS-1$
        assertTrue(!Files.exists(dir.resolve("out")), "nothing written"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Both ends are written all or none: a failure half-way must not leave new keys beside an earlier run's scripts. */
    @Test
    void aPlanThatCannotWriteEveryFileWritesNoneAndLeavesAnEarlierRunAsItWas() throws Exception {
        Path out = plan("tls-plan-all-or-none", ""); //$NON-NLS-1$
        Path dir = out.getParent();
        // a folder where the plan writes a file: found only after the keys, the stash and the server's files are ready
        Files.delete(out.resolve("client/jms.properties")); //$NON-NLS-1$
        Files.createDirectories(out.resolve("client/jms.properties/kept")); //$NON-NLS-1$
        Map<Path, byte[]> before = contents(out);
        CommandRun again = mqsec("tls", "plan", spec(dir, String.format(MUTUAL, "")).toString(), "--out", out.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "--password-file", passwordFile(dir).toString()); //$NON-NLS-1$
        assertEquals(Mqsec.FAILED, again.code(), again.out() + again.err());
        assertTrue((again.out() + again.err()).contains("a folder is where this file is to be written"), again.out() + again.err()); //$NON-NLS-1$
        Map<Path, byte[]> after = contents(out);
        assertEquals(before.keySet(), after.keySet(), "no file added or removed, no temporary file left"); //$NON-NLS-1$
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file + " as the earlier run wrote it")); //$NON-NLS-1$
        // into a new folder, the folders made for the plan go again with the failure
        Path fresh = dir.resolve("fresh"); //$NON-NLS-1$
        Files.createDirectories(fresh.resolve("client/jms.properties")); //$NON-NLS-1$
        CommandRun first = mqsec("tls", "plan", spec(dir, String.format(MUTUAL, "")).toString(), "--out", fresh.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "--password-file", passwordFile(dir).toString()); //$NON-NLS-1$
        assertEquals(Mqsec.FAILED, first.code(), first.out() + first.err());
        assertEquals(Set.of(fresh.resolve("client"), fresh.resolve("client/jms.properties")), Set.copyOf(contentsAndFolders(fresh))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Map<Path, byte[]> contents(Path folder) throws Exception {
        Map<Path, byte[]> files = new java.util.TreeMap<>();
        try (var walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static List<Path> contentsAndFolders(Path folder) throws Exception {
        try (var walk = Files.walk(folder)) {
            return walk.filter(p -> !p.equals(folder)).toList();
        }
    }

    @Test
    void aSslpeerTheClientCertificateDoesNotMatchIsAnErrorBeforeAnythingIsWritten() throws Exception {
        Path dir = FIXTURES.scratch("tls-plan-sslpeer"); //$NON-NLS-1$
        CommandRun run = mqsec("tls", "plan", spec(dir, String.format(MUTUAL, ", \"sslPeer\": \"CN=app2,OU=Applications,O=Example\", \"serverKey\": \"rsa2048\"")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .toString(), "--out", dir.resolve("out").toString(), "--password-file", passwordFile(dir).toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(Mqsec.FAILED, run.code(), run.out());
        assertTrue(run.out().contains("does not match the channel's SSLPEER (CN=app2)"), run.out()); //$NON-NLS-1$
        assertTrue(run.out().contains("rsa2048 is below the recommended minimum"), run.out()); //$NON-NLS-1$

        CommandRun unknown = mqsec("tls", "plan", spec(dir, String.format(MUTUAL, ", \"chanel\": \"X\"")).toString(), "--out", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                dir.resolve("out").toString(), "--password-file", passwordFile(dir).toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Mqsec.FAILED, unknown.code());
        assertTrue(unknown.err().contains("chanel is not a field"), unknown.err()); //$NON-NLS-1$
    }

    private static CommandRun planExisting(Path dir, String extra, String... passwordOptions) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("tls", "plan", spec(dir, String.format(MUTUAL, extra)).toString(), "--out", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                dir.resolve("out").toString(), "--password-file", passwordFile(dir).toString())); //$NON-NLS-1$ //$NON-NLS-2$
        command.addAll(List.of(passwordOptions));
        return mqsec(command.toArray(String[]::new));
    }

    @Test
    void anExistingQueueManagerRepositoryIsCopiedWithTheNewClientsCaAndTheEndsCompleteAHandshake() throws Exception {
        Path dir = FIXTURES.scratch("tls-plan-existing-server"); //$NON-NLS-1$
        Path existing = FIXTURES.keytoolQueueManagerRepository(dir);
        byte[] before = Files.readAllBytes(existing);
        String extra = ", \"serverRepository\": \"" + existing + "\", \"certificateLabel\": \"qm1cert\", \"setCertificateLabel\": true"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

        // its password is asked for separately; a wrong one is an error that names the file, and nothing is written
        Path wrong = dir.resolve("wrong.txt"); //$NON-NLS-1$
        Files.writeString(wrong, "not-the-password\n"); //$NON-NLS-1$
        CommandRun refused = planExisting(dir, extra, "--server-password-file", wrong.toString()); //$NON-NLS-1$
        assertEquals(Mqsec.FAILED, refused.code(), refused.out() + refused.err());
        assertTrue(refused.err().contains("existing-qm.p12") && refused.err().toLowerCase().contains("password"), refused.err()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(!Files.exists(dir.resolve("out")), "nothing written"); //$NON-NLS-1$ //$NON-NLS-2$

        // a label that is not a personal certificate there: the message lists those that are
        CommandRun noLabel = planExisting(dir, extra.replace("\"qm1cert\"", "\"qm2cert\""), "--server-password-file", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                passwordFile(dir).toString());
        assertEquals(Mqsec.FAILED, noLabel.code(), noLabel.out() + noLabel.err());
        assertTrue(noLabel.err().contains("'qm2cert' in " + existing + " is not a personal certificate") && noLabel.err().contains("qm1cert"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                noLabel.err());

        CommandRun run = planExisting(dir, extra, "--server-password-file", passwordFile(dir).toString()); //$NON-NLS-1$
        assertEquals(Mqsec.OK, run.code(), run.out() + run.err());
        assertTrue(java.util.regex.Pattern.compile("gets the certificate of CN=QM1 TLS CA [0-9a-f]{8},OU=MQ,O=Example added, " //$NON-NLS-1$
                + "so that it trusts the client's certificate").matcher(run.out()).find(), "each plan's CA has a name of its own: " //$NON-NLS-1$ //$NON-NLS-2$
                + run.out());
        Path out = dir.resolve("out"); //$NON-NLS-1$
        // the copy holds the administrator's certificate under its label and now trusts the new local CA
        String entries = FIXTURES.keytool("-list", "-keystore", out.resolve("server/key.p12").toString(), "-storepass", KeystoreFixtures.PASSWORD); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertTrue(entries.contains("qm1cert, ") && entries.contains("mq tls ca, "), entries); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(Files.readString(out.resolve("server/qmgr.mqsc")).contains("CERTLABL('qm1cert')")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(Files.readString(out.resolve("client/ccdt.json")).contains("\"certificatePeerName\": \"CN=qm1.existing,O=Example\""), //$NON-NLS-1$
                "the client checks the existing certificate's DN"); //$NON-NLS-1$
        assertTrue(Files.exists(out.resolve("client/server-certificate.pem")) && !Files.exists(out.resolve("server/runmqakm.sh")), //$NON-NLS-1$ //$NON-NLS-2$
                "the client trusts the self-signed certificate; no runmqakm script remakes a certificate that exists"); //$NON-NLS-1$
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(existing)), "the administrator's file is left as it was"); //$NON-NLS-1$

        assertEquals("CN=app1,OU=Applications,O=Example", handshake(out, out, new String[] { "TLSv1.3", "TLSv1.2" }, null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Test
    void anExistingClientCertificateWhoseCaNeitherEndHoldsIsAnErrorAndTlsAgrees() throws Exception {
        Path dir = FIXTURES.scratch("tls-plan-existing-both"); //$NON-NLS-1$
        Path server = FIXTURES.keytoolQueueManagerRepository(dir);
        Path client = FIXTURES.opensslPartnerClientKeystore(dir, false);
        String extra = ", \"serverRepository\": \"" + server + "\", \"certificateLabel\": \"qm1cert\", \"setCertificateLabel\": true," //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " \"clientRepository\": \"" + client + "\", \"clientLabel\": \"app9\", \"sslPeer\": null"; //$NON-NLS-1$ //$NON-NLS-2$
        String password = passwordFile(dir).toString();
        CommandRun run = planExisting(dir, extra, "--server-password-file", password, "--client-password-file", password); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Mqsec.FAILED, run.code(), run.out() + run.err());
        assertTrue(run.out().contains("The queue manager's key repository does not trust CN=Partner CA,O=Partner, the issuer of the client's certificate"), //$NON-NLS-1$
                run.out());
        assertTrue(run.out().contains("'app9' in " + client + " is issued by CN=Partner CA,O=Partner, whose certificate that file does not hold"), //$NON-NLS-1$ //$NON-NLS-2$
                run.out());
        assertTrue(!Files.exists(dir.resolve("out")), "nothing written"); //$NON-NLS-1$ //$NON-NLS-2$

        // TLS agrees: the two files as they are cannot complete the handshake
        Path asIs = dir.resolve("as-is"); //$NON-NLS-1$
        Files.createDirectories(asIs.resolve("server")); //$NON-NLS-1$
        Files.createDirectories(asIs.resolve("client")); //$NON-NLS-1$
        Files.copy(server, asIs.resolve("server/key.p12")); //$NON-NLS-1$
        Files.copy(client, asIs.resolve("client/client.p12")); //$NON-NLS-1$
        assertRefusedByTls(assertThrows(Exception.class, () -> handshake(asIs, asIs, new String[] { "TLSv1.2" }, null))); //$NON-NLS-1$

        // with the partner CA in the client's file, the plan adds it to the queue manager's copy (and the
        // queue manager's certificate to the client's copy), the SSLPEERMAP record names the partner CA, and the handshake succeeds
        Path withCa = FIXTURES.opensslPartnerClientKeystore(dir, true);
        CommandRun fixed = planExisting(dir, extra.replace(client.toString(), withCa.toString()), "--server-password-file", password, //$NON-NLS-1$
                "--client-password-file", password); //$NON-NLS-1$
        assertEquals(Mqsec.OK, fixed.code(), fixed.out() + fixed.err());
        Path out = dir.resolve("out"); //$NON-NLS-1$
        String mqsc = Files.readString(out.resolve("server/qmgr.mqsc")); //$NON-NLS-1$
        assertTrue(mqsc.contains("SSLPEER('CN=app9,OU=Apps,O=Partner')") && mqsc.contains("SSLCERTI('CN=Partner CA,O=Partner')"), mqsc); //$NON-NLS-1$ //$NON-NLS-2$
        String peer = handshake(out, out, new String[] { "TLSv1.3", "TLSv1.2" }, null); //$NON-NLS-1$ //$NON-NLS-2$
        assertNull(SslPeerFilter.mismatch("CN=app9,OU=Apps,O=Partner", peer), peer); //$NON-NLS-1$
    }

    /**
     * A client certificate whose subject MQ writes only with quotes ('Partner, Inc.') and whose
     * e-mail attribute openssl calls emailAddress: the plan takes the name from the certificate's
     * RDNs, writes SSLPEER in MQ's form, and the ends complete the handshake.
     */
    @Test
    void anExistingClientCertificateWithAnEscapedCommaInItsNameGetsAnSslpeerMqReads() throws Exception {
        Path dir = FIXTURES.scratch("tls-plan-escaped-name"); //$NON-NLS-1$
        Path server = FIXTURES.keytoolQueueManagerRepository(dir);
        Path client = FIXTURES.opensslPartnerClientKeystore(dir, true, "/O=Partner, Inc./OU=Apps/CN=app9/emailAddress=app9@partner.example"); //$NON-NLS-1$
        String extra = ", \"serverRepository\": \"" + server + "\", \"certificateLabel\": \"qm1cert\", \"setCertificateLabel\": true," //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " \"clientRepository\": \"" + client + "\", \"clientLabel\": \"app9\", \"sslPeer\": null"; //$NON-NLS-1$ //$NON-NLS-2$
        String password = passwordFile(dir).toString();
        CommandRun run = planExisting(dir, extra, "--server-password-file", password, "--client-password-file", password); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(Mqsec.OK, run.code(), run.out() + run.err());
        Path out = dir.resolve("out"); //$NON-NLS-1$
        String mqsc = Files.readString(out.resolve("server/qmgr.mqsc")); //$NON-NLS-1$
        assertTrue(mqsc.contains("SSLPEER('MAIL=app9@partner.example,CN=app9,OU=Apps,O=\"Partner, Inc.\"')"), mqsc); //$NON-NLS-1$
        handshake(out, out, new String[] { "TLSv1.3", "TLSv1.2" }, null); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
