package org.mqsec.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * SoftHSM2 as the HSM of the tests: a token folder of this test run (under target/, at the path
 * SOFTHSM2_CONF names, which the build sets before the test JVM starts), one token made by
 * softhsm2-util and filled by pkcs11-tool and openssl, as an administrator would with a real HSM:
 * <ul>
 * <li>{@code app-key} (id 04): an RSA 3072 private key and its self-signed certificate, written from
 * software files;</li>
 * <li>{@code ec-key} (id 02): an EC P-256 key pair generated on the token, without certificate;</li>
 * <li>{@code external-ca} (id 03): a certificate alone;</li>
 * <li>{@code lonely-pub} (id 05): a public key alone;</li>
 * <li>{@code aes-key}: an AES-256 secret key.</li>
 * </ul>
 * A second token, {@link #WORK_TOKEN}, starts empty for tests that generate, write and delete.
 * Every token must exist before a process first initialises SoftHSM, which loads the token list
 * then: the fixture makes them all at once, before any test loads the library.
 */
public final class SoftHsm {

    public static final String LIBRARY = "/usr/lib/softhsm/libsofthsm2.so"; //$NON-NLS-1$
    public static final String TOKEN = "mqsec-test"; //$NON-NLS-1$
    /** An empty token for tests that change what is on a token. */
    public static final String WORK_TOKEN = "mqsec-work"; //$NON-NLS-1$
    public static final String PIN = "123456"; //$NON-NLS-1$
    public static final String SO_PIN = "87654321"; //$NON-NLS-1$

    private static SoftHsm instance;

    private final Path dir;

    private SoftHsm(Path dir) {
        this.dir = dir;
    }

    /** Whether SoftHSM2 and pkcs11-tool are installed (the README's test set-up installs them). */
    public static boolean available() {
        return Files.isRegularFile(Path.of(LIBRARY)) && System.getenv("SOFTHSM2_CONF") != null; //$NON-NLS-1$
    }

    /** The token folder with its one filled token, made on first use in this JVM. */
    public static synchronized SoftHsm get() throws IOException {
        if (instance == null) {
            Path conf = Path.of(System.getenv("SOFTHSM2_CONF")); //$NON-NLS-1$
            Path dir = conf.getParent();
            if (Files.exists(dir)) {
                try (Stream<Path> old = Files.walk(dir)) {
                    for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(dir.resolve("tokens")); //$NON-NLS-1$
            Files.writeString(conf, "directories.tokendir = " + dir.resolve("tokens") + "/\nobjectstore.backend = file\nlog.level = ERROR\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + "slots.removable = false\nslots.mechanisms = ALL\nlibrary.reset_on_fork = false\n"); //$NON-NLS-1$
            SoftHsm hsm = new SoftHsm(dir);
            hsm.fill();
            instance = hsm;
        }
        return instance;
    }

    public Path dir() {
        return dir;
    }

    /**
     * The fault-injecting PKCS#11 library (shim/faultshim.c), built here with the C compiler: it
     * forwards to SoftHSM2 and injects what SoftHSM cannot do (PIN locked, final try, token removed),
     * as {@link #fault} chooses. Null when no compiler or pkcs11.h is installed.
     */
    public synchronized Path shim() throws IOException {
        Path library = dir.resolve("libfaultshim.so"); //$NON-NLS-1$
        if (Files.exists(library)) {
            return library;
        }
        Path header = Path.of("/usr/include/p11-kit-1/p11-kit/pkcs11.h"); //$NON-NLS-1$
        if (!Files.exists(header) || System.getenv("MQSEC_SHIM_FAULT") == null) { //$NON-NLS-1$
            return null;
        }
        Path source = dir.resolve("faultshim.c"); //$NON-NLS-1$
        try (var in = SoftHsm.class.getResourceAsStream("/shim/faultshim.c")) { //$NON-NLS-1$
            if (in == null) {
                return null;
            }
            Files.write(source, in.readAllBytes());
        }
        run("gcc", "-shared", "-fPIC", "-I/usr/include/p11-kit-1", "-o", library.toString(), source.toString(), "-ldl"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        return library;
    }

    /** Sets the fault the shim injects from now on: pin-locked, final-try, removed, pulled, or "" for none. */
    public void fault(String word) throws IOException {
        Files.writeString(Path.of(System.getenv("MQSEC_SHIM_FAULT")), word + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void fill() throws IOException {
        run("softhsm2-util", "--init-token", "--free", "--label", TOKEN, "--so-pin", SO_PIN, "--pin", PIN); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        run("softhsm2-util", "--init-token", "--free", "--label", WORK_TOKEN, "--so-pin", SO_PIN, "--pin", PIN); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        tool("--keypairgen", "--key-type", "EC:prime256v1", "--id", "02", "--label", "ec-key"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        tool("--keygen", "--key-type", "AES:32", "--label", "aes-key"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        run("openssl", "req", "-x509", "-newkey", "rsa:3072", "-nodes", "-keyout", "app-key.pem", "-out", "app-cert.pem", "-days", "30", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
                "-subj", "/O=Example/CN=app1"); //$NON-NLS-1$ //$NON-NLS-2$
        run("openssl", "pkcs8", "-topk8", "-nocrypt", "-in", "app-key.pem", "-outform", "DER", "-out", "app-key.der"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
        run("openssl", "x509", "-in", "app-cert.pem", "-outform", "DER", "-out", "app-cert.der"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        tool("--write-object", "app-key.der", "--type", "privkey", "--id", "04", "--label", "app-key"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        tool("--write-object", "app-cert.der", "--type", "cert", "--id", "04", "--label", "app-key"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        run("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-384", "-nodes", "-keyout", "ca-key.pem", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
                "-outform", "DER", "-out", "ca-cert.der", "-days", "30", "-subj", "/O=Partner/CN=External CA"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        tool("--write-object", "ca-cert.der", "--type", "cert", "--id", "03", "--label", "external-ca"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        run("openssl", "pkey", "-in", "ca-key.pem", "-pubout", "-outform", "DER", "-out", "lonely-pub.der"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
        tool("--write-object", "lonely-pub.der", "--type", "pubkey", "--id", "05", "--label", "lonely-pub"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    }

    /** pkcs11-tool on the test token, logged in as the user. */
    public String tool(String... args) throws IOException {
        return toolOn(TOKEN, args);
    }

    /** pkcs11-tool on a token of the fixture, logged in as the user. */
    public String toolOn(String token, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("pkcs11-tool", "--module", LIBRARY, "--token-label", token, "--login", "--pin", PIN)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        command.addAll(List.of(args));
        return KeystoreFixtures.run(dir, command);
    }

    public String run(String... command) throws IOException {
        return KeystoreFixtures.run(dir, List.of(command));
    }
}
