package org.mqsec.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Key repositories made by the real tools, openssl and keytool, once per test JVM, in
 * {@code target/fixtures}. Every format the workbench reads is produced here by someone else's code.
 */
public final class KeystoreFixtures {

    /** The password of every fixture repository. */
    public static final String PASSWORD = "Passw0rd!"; //$NON-NLS-1$

    public static final String SERVER_LABEL = "ibmwebspheremqqm1"; //$NON-NLS-1$
    public static final String SERVER_DN = "CN=QM1,OU=MQ,O=Example Ltd,C=GB"; //$NON-NLS-1$
    public static final String CA_DN = "CN=MQ Test CA,O=Example Ltd,C=GB"; //$NON-NLS-1$
    public static final String CLIENT_DN = "CN=app1,OU=Payments,O=Example Ltd,C=GB"; //$NON-NLS-1$

    private static KeystoreFixtures instance;

    private final Path dir;

    private KeystoreFixtures(Path dir) {
        this.dir = dir;
    }

    /** The fixtures, created on first use. */
    public static synchronized KeystoreFixtures get() {
        if (instance == null) {
            try {
                Path dir = outputDir().resolve("fixtures"); //$NON-NLS-1$
                Files.createDirectories(dir);
                KeystoreFixtures fixtures = new KeystoreFixtures(dir);
                fixtures.create();
                instance = fixtures;
            } catch (IOException e) {
                throw new IllegalStateException("could not create fixtures", e); //$NON-NLS-1$
            }
        }
        return instance;
    }

    /** {@code target/} of the test module (set by tests/pom.xml), or a temporary folder. */
    public static Path outputDir() throws IOException {
        String configured = System.getProperty("mqsec.test.output"); //$NON-NLS-1$
        return configured != null ? Paths.get(configured) : Files.createTempDirectory("mqsec-test"); //$NON-NLS-1$
    }

    public Path dir() {
        return dir;
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    /**
     * A fresh scratch folder for a test that writes files: emptied of what an earlier run left
     * (target/ is not cleaned between local builds), so that a test sees only its own files.
     */
    public Path scratch(String name) throws IOException {
        Path scratch = dir.resolve("scratch").resolve(name); //$NON-NLS-1$
        if (Files.exists(scratch)) {
            try (java.util.stream.Stream<Path> walk = Files.walk(scratch)) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(scratch);
        return scratch;
    }

    public static String keytool() {
        return Paths.get(System.getProperty("java.home"), "bin", "keytool").toString(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private void create() throws IOException {
        if (Files.exists(dir.resolve("complete"))) { //$NON-NLS-1$
            return;
        }
        String pass = "pass:" + PASSWORD; //$NON-NLS-1$
        Files.writeString(dir.resolve("password.txt"), PASSWORD + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
        Files.writeString(dir.resolve("server.ext"), String.join("\n", //$NON-NLS-1$ //$NON-NLS-2$
                "basicConstraints=critical,CA:FALSE", //$NON-NLS-1$
                "keyUsage=critical,digitalSignature,keyAgreement", //$NON-NLS-1$
                "extendedKeyUsage=serverAuth,clientAuth", //$NON-NLS-1$
                "subjectAltName=DNS:qm1.example.com,IP:192.0.2.10", //$NON-NLS-1$
                "subjectKeyIdentifier=hash", //$NON-NLS-1$
                "authorityKeyIdentifier=keyid", "")); //$NON-NLS-1$ //$NON-NLS-2$

        // a local CA and a server certificate it signs (EC P-256), as in the seed flow
        openssl("req", "-x509", "-newkey", "rsa:3072", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "3650", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
                "-subj", "/C=GB/O=Example Ltd/CN=MQ Test CA", //$NON-NLS-1$ //$NON-NLS-2$
                "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "server.key", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "-out", "server.csr", "-subj", "/C=GB/O=Example Ltd/OU=MQ/CN=QM1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "-days", "825", "-sha256", "-extfile", "server.ext", "-out", "server.pem"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        // a second, unrelated CA that expires soon, for trust bundles and the expiry highlight
        openssl("req", "-x509", "-newkey", "rsa:3072", "-nodes", "-keyout", "soon.key", "-out", "soon.pem", "-days", "10", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
                "-subj", "/C=GB/O=Example Ltd/CN=Expiring Partner CA"); //$NON-NLS-1$ //$NON-NLS-2$
        concat("cabundle.pem", "ca.pem", "soon.pem"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

        // PKCS#12 written by OpenSSL 3: default (PBES2/AES-256), -legacy (RC2-40/3DES, SHA-1 MAC), -nokeys
        openssl("pkcs12", "-export", "-in", "server.pem", "-inkey", "server.key", "-certfile", "ca.pem", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "-name", SERVER_LABEL, "-passout", pass, "-out", "openssl-default.p12"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        openssl("pkcs12", "-export", "-legacy", "-in", "server.pem", "-inkey", "server.key", "-certfile", "ca.pem", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "-name", SERVER_LABEL, "-passout", pass, "-out", "openssl-legacy.p12"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        openssl("pkcs12", "-export", "-nokeys", "-in", "cabundle.pem", "-passout", pass, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "-out", "openssl-trust.p12"); //$NON-NLS-1$ //$NON-NLS-2$
        openssl("pkcs12", "-export", "-legacy", "-nokeys", "-in", "cabundle.pem", "-passout", pass, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "-out", "openssl-trust-legacy.p12"); //$NON-NLS-1$ //$NON-NLS-2$
        openssl("pkcs12", "-export", "-in", "server.pem", "-inkey", "server.key", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "-name", SERVER_LABEL, "-passout", pass, "-out", "server.pfx"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

        // Java 17 keytool: default PKCS#12, legacy PKCS#12, JKS, JCEKS (with a secret key)
        javaStore("java-default.p12", "PKCS12", false); //$NON-NLS-1$ //$NON-NLS-2$
        javaStore("java-legacy.p12", "PKCS12", true); //$NON-NLS-1$ //$NON-NLS-2$
        javaStore("store.jks", "JKS", false); //$NON-NLS-1$ //$NON-NLS-2$
        javaStore("store.jceks", "JCEKS", false); //$NON-NLS-1$ //$NON-NLS-2$
        keytool("-genseckey", "-alias", "ams-secret", "-keyalg", "AES", "-keysize", "256", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "-storetype", "JCEKS", "-keystore", "store.jceks", "-storepass", PASSWORD, "-keypass", PASSWORD); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

        // PEM bundles, DER certificate, PKCS#7
        concat("bundle.pem", "server.key", "server.pem", "ca.pem"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        openssl("pkcs8", "-topk8", "-v2", "aes-256-cbc", "-in", "server.key", "-passout", pass, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "-out", "server-encrypted.key"); //$NON-NLS-1$ //$NON-NLS-2$
        concat("bundle-encrypted.pem", "server-encrypted.key", "server.pem", "ca.pem"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        openssl("x509", "-in", "ca.pem", "-out", "ca.crt"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        openssl("x509", "-in", "server.pem", "-outform", "DER", "-out", "server.cer"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        openssl("crl2pkcs7", "-nocrl", "-certfile", "server.pem", "-certfile", "ca.pem", "-outform", "DER", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "-out", "chain.p7b"); //$NON-NLS-1$ //$NON-NLS-2$

        // bad input
        byte[] good = Files.readAllBytes(dir.resolve("openssl-default.p12")); //$NON-NLS-1$
        Files.write(dir.resolve("truncated.p12"), java.util.Arrays.copyOf(good, good.length / 2)); //$NON-NLS-1$
        byte[] altered = good.clone();
        altered[altered.length - 40] ^= 0x5a; // inside the MAC value: the password still decrypts
        Files.write(dir.resolve("altered.p12"), altered); //$NON-NLS-1$
        Files.write(dir.resolve("empty.p12"), new byte[0]); //$NON-NLS-1$
        Files.writeString(dir.resolve("notes.p12"), "These are not the keys you are looking for.\n"); //$NON-NLS-1$ //$NON-NLS-2$
        byte[] jks = Files.readAllBytes(dir.resolve("store.jks")); //$NON-NLS-1$
        Files.write(dir.resolve("truncated.jks"), java.util.Arrays.copyOf(jks, jks.length - 100)); //$NON-NLS-1$
        Files.writeString(dir.resolve("broken.pem"), "-----BEGIN CERTIFICATE-----\nMIIB!!not base64!!\n-----END CERTIFICATE-----\n"); //$NON-NLS-1$ //$NON-NLS-2$
        Files.write(dir.resolve("key.kdb"), new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }); //$NON-NLS-1$
        Files.writeString(dir.resolve("complete"), "yes"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void javaStore(String file, String type, boolean legacy) throws IOException {
        List<String> legacyFlag = legacy ? List.of("-J-Dkeystore.pkcs12.legacy") : List.of(); //$NON-NLS-1$
        List<String> gen = new ArrayList<>(legacyFlag);
        gen.addAll(List.of("-genkeypair", "-alias", "app1", "-keyalg", "RSA", "-keysize", "3072", "-sigalg", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "SHA256withRSA", "-dname", "CN=app1, OU=Payments, O=Example Ltd, C=GB", "-validity", "365", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "-storetype", type, "-keystore", file, "-storepass", PASSWORD, "-keypass", PASSWORD)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        keytool(gen.toArray(String[]::new));
        List<String> importCa = new ArrayList<>(legacyFlag);
        importCa.addAll(List.of("-importcert", "-noprompt", "-alias", "mq test ca", "-file", "ca.pem", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "-storetype", type, "-keystore", file, "-storepass", PASSWORD)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        keytool(importCa.toArray(String[]::new));
    }

    private void concat(String target, String... sources) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String source : sources) {
            text.append(Files.readString(dir.resolve(source), StandardCharsets.ISO_8859_1));
        }
        Files.writeString(dir.resolve(target), text, StandardCharsets.ISO_8859_1);
    }

    /**
     * A queue manager's key repository as an administrator makes it with keytool: a self-signed
     * RSA 3072 certificate for CN=qm1.existing,O=Example under the label qm1cert.
     */
    public Path keytoolQueueManagerRepository(Path dir) throws IOException {
        Path file = dir.resolve("existing-qm.p12"); //$NON-NLS-1$
        keytool("-genkeypair", "-alias", "qm1cert", "-keyalg", "RSA", "-keysize", "3072", "-dname", "CN=qm1.existing,O=Example", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                "-validity", "30", "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", PASSWORD); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        return file;
    }

    /**
     * A client keystore made with openssl: app9's key and certificate (CN=app9,OU=Apps,O=Partner, label
     * app9), signed by a partner CA of its own, exported with the CA's certificate or, as happens, without.
     */
    public Path opensslPartnerClientKeystore(Path dir, boolean withCa) throws IOException {
        return opensslPartnerClientKeystore(dir, withCa, "/O=Partner/OU=Apps/CN=app9"); //$NON-NLS-1$
    }

    /** The same with app9's subject as openssl's -subj gives it (in a folder of its own: the files are reused). */
    public Path opensslPartnerClientKeystore(Path dir, boolean withCa, String subject) throws IOException {
        String ca = dir.resolve("partner-ca").toString(); //$NON-NLS-1$
        String app = dir.resolve("app9").toString(); //$NON-NLS-1$
        if (!Files.exists(Path.of(ca + ".pem"))) { //$NON-NLS-1$
            openssl("req", "-x509", "-newkey", "rsa:3072", "-nodes", "-keyout", ca + ".key", "-out", ca + ".pem", "-days", "30", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
                    "-subj", "/O=Partner/CN=Partner CA"); //$NON-NLS-1$ //$NON-NLS-2$
            openssl("req", "-newkey", "rsa:3072", "-nodes", "-keyout", app + ".key", "-out", app + ".csr", "-subj", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
                    subject);
            openssl("x509", "-req", "-in", app + ".csr", "-CA", ca + ".pem", "-CAkey", ca + ".key", "-CAcreateserial", "-days", "30", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
                    "-out", app + ".pem"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Path file = dir.resolve(withCa ? "app9-with-ca.p12" : "app9.p12"); //$NON-NLS-1$ //$NON-NLS-2$
        List<String> export = new ArrayList<>(List.of("pkcs12", "-export", "-inkey", app + ".key", "-in", app + ".pem", "-name", "app9", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "-out", file.toString(), "-passout", "pass:" + PASSWORD)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (withCa) {
            export.addAll(List.of("-certfile", ca + ".pem")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        openssl(export.toArray(String[]::new));
        return file;
    }

    /**
     * AMS application identities as an administrator makes them with keytool: for each name a JKS
     * keystore {@code name.jks} (password secret1) with a self-signed RSA 2048 certificate
     * CN=name,O=Example under the label {@code name}, its certificate in {@code name.pem}, and the
     * {@code name.conf} keystore.conf a Java client reads (jks. prefix, passwords in plain). Each
     * keystore trusts the certificates of all the others.
     */
    public void amsIdentities(Path dir, String... names) throws IOException {
        for (String name : names) {
            String store = dir.resolve(name + ".jks").toString(); //$NON-NLS-1$
            keytool("-genkeypair", "-keystore", store, "-storetype", "JKS", "-storepass", "secret1", "-keypass", "secret1", "-alias", name, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
                    "-dname", "CN=" + name + ",O=Example", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
            keytool("-exportcert", "-keystore", store, "-storepass", "secret1", "-alias", name, "-rfc", "-file", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                    dir.resolve(name + ".pem").toString()); //$NON-NLS-1$
            Files.writeString(dir.resolve(name + ".conf"), "jks.keystore = " + store + "\njks.certificate = " + name //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + "\njks.encrypted = no\njks.keystore_pass = secret1\njks.key_pass = secret1\n"); //$NON-NLS-1$
        }
        for (String name : names) {
            for (String other : names) {
                if (!other.equals(name)) {
                    keytool("-importcert", "-noprompt", "-keystore", dir.resolve(name + ".jks").toString(), "-storepass", "secret1", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                            "-alias", other, "-file", dir.resolve(other + ".pem").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                }
            }
        }
    }

    public String openssl(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("openssl"); //$NON-NLS-1$
        command.addAll(List.of(args));
        return run(dir, command);
    }

    public String keytool(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(keytool());
        command.addAll(List.of(args));
        return run(dir, command);
    }

    /** Runs a tool in {@code workDir}; fails with its output when it exits non-zero. */
    public static String run(Path workDir, List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("timed out: " + command); //$NON-NLS-1$
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + command, e); //$NON-NLS-1$
        }
        if (process.exitValue() != 0) {
            throw new IOException(command + " exited " + process.exitValue() + ":\n" + output); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return output;
    }
}
