import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.mqsec.crypto.ams.AmsMessageInspector;

import com.ibm.mq.ese.config.KeyStoreConfig;
import com.ibm.mq.ese.core.AMBIHeader;
import com.ibm.mq.ese.core.EseUser;
import com.ibm.mq.ese.core.KeyStoreAccess;
import com.ibm.mq.ese.core.Lifecycle;
import com.ibm.mq.ese.core.SecurityPolicy;
import com.ibm.mq.ese.core.X500NameWrapper;
import com.ibm.mq.ese.intercept.SmqiObject;
import com.ibm.mq.ese.pki.CertAccessImpl;
import com.ibm.mq.ese.pki.KeyStoreAccessFactory;
import com.ibm.mq.ese.pki.X509CertificateValidatorImpl;
import com.ibm.mq.ese.prot.MessageProtectionBCImpl;

/**
 * Inspector throughput: 10,000 messages protected by IBM's AMS code (a third each INTEGRITY,
 * PRIVACY and CONFIDENTIALITY, 100 distinct messages cycled), decoded without keys, in-process.
 * Run by releng/benchmarks/ams-inspect-benchmark.sh with the built product's plug-ins on the class path.
 */
public class AmsInspectBenchmark {

    static X509Certificate certificate(String dn, KeyPair keys) throws Exception {
        X500Name name = X500Name.getInstance(new X500Principal(dn).getEncoded());
        long now = System.currentTimeMillis();
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now), new Date(now - 86_400_000L), new Date(now + 86_400_000L * 30),
                name, keys.getPublic());
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation | KeyUsage.keyEncipherment));
        return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }

    static EseUser user(Path dir, String alias, PrivateKey key, X509Certificate own, X509Certificate other) throws Exception {
        KeyStore store = KeyStore.getInstance("JKS");
        store.load(null, null);
        store.setKeyEntry(alias, key, "pw".toCharArray(), new Certificate[] { own });
        store.setCertificateEntry("other", other);
        Path path = dir.resolve(alias + ".jks");
        try (OutputStream out = Files.newOutputStream(path)) {
            store.store(out, "pw".toCharArray());
        }
        Properties conf = new Properties();
        conf.setProperty("jks.keystore", path.toString());
        conf.setProperty("jks.certificate", alias);
        conf.setProperty("jks.keystore_pass", "pw");
        conf.setProperty("jks.key_pass", "pw");
        conf.setProperty("jks.encrypted", "no");
        KeyStoreConfig config = new KeyStoreConfig(conf);
        KeyStoreAccess access = KeyStoreAccessFactory.getInstance(config);
        ((Lifecycle) access).init();
        EseUser user = new EseUser();
        user.setKeyStoreAccess(access);
        user.setAlias(alias);
        user.setUserCertificate(own);
        user.setUserDN(new X500NameWrapper(own.getSubjectX500Principal().getName()).toString());
        user.setPkiSpec(config.getPkiConfig().pkiSpec);
        user.setProvider(config.getProvider());
        return user;
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("ams-bench");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair a = generator.generateKeyPair();
        KeyPair b = generator.generateKeyPair();
        X509Certificate alice = certificate("CN=alice,O=Example", a);
        X509Certificate bob = certificate("CN=bob,O=Example", b);
        EseUser putter = user(dir, "alice", a.getPrivate(), alice, bob);
        MessageProtectionBCImpl protection = new MessageProtectionBCImpl(new X509CertificateValidatorImpl(new CertAccessImpl()));
        List<byte[]> messages = new ArrayList<>();
        String[][] qualities = { { "SHA256withRSA", "" }, { "SHA256withRSA", "AES256" }, { "", "AES256" } };
        for (int i = 0; i < 100; i++) {
            String[] quality = qualities[i % 3];
            SecurityPolicy policy = new SecurityPolicy("PAY.Q");
            policy.setSignAlg(quality[0]);
            policy.setEncAlg(quality[1]);
            policy.setSignerDNs(new ArrayList<>());
            policy.setRecipientDNs(quality[1].isEmpty() ? new ArrayList<>() : new ArrayList<>(List.of("CN=bob,O=Example")));
            if (!quality[1].isEmpty()) {
                policy.setRecipientsCertificates(new CertAccessImpl().loadCertificates(putter.getKeyStoreAccess(), putter.getPkiSpec(), policy.getRecipientDNs()));
            }
            SmqiObject object = new SmqiObject(null, null);
            object.setSecPolicy(policy);
            object.setUser(putter);
            byte[] plain = ("payment " + i + " ".repeat(i * 10)).getBytes();
            AMBIHeader header = new AMBIHeader(policy.getQop());
            header.setOrigSize(plain.length);
            header.setPolicyname("PAY.Q");
            header.setOrigFormat("MQSTR   ");
            byte[] body = protection.protect(plain, object, header, putter);
            byte[] head = header.toByteArray();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            com.ibm.mq.headers.MQDLH dlh = new com.ibm.mq.headers.MQDLH();
            dlh.setReason(2063);
            dlh.setDestQName("PAY.Q");
            dlh.write(new DataOutputStream(bytes), com.ibm.mq.constants.MQConstants.MQENC_NATIVE, 1208);
            bytes.write(head);
            bytes.write(body);
            messages.add(bytes.toByteArray());
        }
        long[] times = new long[runs + 1];
        int seen = 0;
        for (int run = 0; run <= runs; run++) { // run 0 warms up
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                seen += AmsMessageInspector.inspect(messages.get(i % messages.size())).policyName().length();
            }
            times[run] = System.nanoTime() - start;
        }
        long[] measured = Arrays.copyOfRange(times, 1, times.length);
        Arrays.sort(measured);
        double median = measured[measured.length / 2] / 1e6;
        System.out.printf("messages=%d median_ms=%.1f per_second=%.0f first_ms=%.1f check=%d%n", count, median, count / (median / 1000), times[0] / 1e6, seen);
    }
}
