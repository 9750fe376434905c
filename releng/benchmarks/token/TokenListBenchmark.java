import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.mqsec.crypto.pkcs11.TokenBrowser;
import org.mqsec.crypto.pkcs11.TokenSelector;
import org.xipki.pkcs11.wrapper.AttributeVector;
import org.xipki.pkcs11.wrapper.KeyPairTemplate;
import org.xipki.pkcs11.wrapper.Mechanism;
import org.xipki.pkcs11.wrapper.PKCS11Constants;
import org.xipki.pkcs11.wrapper.PKCS11Module;
import org.xipki.pkcs11.wrapper.Session;
import org.xipki.pkcs11.wrapper.Slot;

/**
 * Listing a token of many objects in-process with org.mqsec.crypto.pkcs11.TokenBrowser (run by
 * token-list-benchmark.sh with the product's jars). With "fill N" it first puts N EC P-256 key pairs
 * generated on the token, each with a certificate of the same CKA_ID, on the token (3 objects each).
 * Prints the first listing and the median of the next RUNS, in milliseconds.
 */
public class TokenListBenchmark {

    public static void main(String[] args) throws Exception {
        String library = args[0];
        String token = args[1];
        char[] pin = args[2].toCharArray();
        if (args.length > 4 && "fill".equals(args[3])) {
            fill(library, token, pin, Integer.parseInt(args[4]));
            return;
        }
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        long start = System.nanoTime();
        int objects = TokenBrowser.read(library, TokenSelector.label(token), pin, new NullProgressMonitor()).objects().size();
        long first = System.nanoTime() - start;
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            start = System.nanoTime();
            TokenBrowser.read(library, TokenSelector.label(token), pin, new NullProgressMonitor());
            times.add(System.nanoTime() - start);
        }
        Collections.sort(times);
        System.out.printf("objects=%d first_ms=%.1f median_ms=%.1f%n", objects, first / 1e6, times.get(times.size() / 2) / 1e6);
    }

    /** N key pairs made on the token with the wrapper, and a certificate (made here) beside each. */
    private static void fill(String library, String label, char[] pin, int pairs) throws Exception {
        PKCS11Module module = PKCS11Module.getInstance(library);
        module.initialize();
        Slot slot = null;
        for (Slot candidate : module.getSlotList(true)) {
            if (candidate.getToken().getTokenInfo().getLabel().strip().equals(label)) {
                slot = candidate;
            }
        }
        Session session = slot.getToken().openSession(true);
        session.login(PKCS11Constants.CKU_USER, pin);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        var softwareKey = generator.generateKeyPair();
        X500Name name = new X500Name("CN=benchmark,O=Example");
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                new Date(), new Date(System.currentTimeMillis() + 86_400_000L), name, softwareKey.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(softwareKey.getPrivate())));
        byte[] params = new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.2.840.10045.3.1.7").getEncoded();
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < pairs; i++) {
            byte[] id = new byte[8];
            random.nextBytes(id);
            String keyLabel = "bench-" + i;
            KeyPairTemplate template = new KeyPairTemplate(PKCS11Constants.CKK_EC).token(true).labels(keyLabel).id(id).signVerify(true)
                    .private_(true);
            template.privateKey().sensitive(true).extractable(false);
            template.publicKey().ecParams(params);
            session.generateKeyPair(new Mechanism(PKCS11Constants.CKM_EC_KEY_PAIR_GEN), template);
            session.createObject(AttributeVector.newX509Certificate().token(true).private_(false).label(keyLabel).id(id)
                    .subject(certificate.getSubjectX500Principal().getEncoded()).value(certificate.getEncoded()));
        }
        session.logout();
        session.closeSession();
        Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "token-bench-filled"), Integer.toString(pairs));
    }
}
