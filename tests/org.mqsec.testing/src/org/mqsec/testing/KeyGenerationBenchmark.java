package org.mqsec.testing;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.List;

import org.mqsec.core.dn.DistinguishedName;
import org.mqsec.crypto.certificates.CertificateIssuer;
import org.mqsec.crypto.certificates.CertificateProfile;
import org.mqsec.crypto.certificates.CertificateTemplate;
import org.mqsec.crypto.certificates.KeyAlgorithm;

/**
 * Throughput of what "Generate key pair + self-signed certificate" and signing do, in one warm JVM,
 * for releng/benchmarks/keygen-sign-benchmark.sh to compare with openssl.
 * Prints: ALGORITHM keygen_per_s sign_per_s
 */
public final class KeyGenerationBenchmark {

    private KeyGenerationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3.0;
        SecureRandom random = new SecureRandom();
        CertificateIssuer issuer = new CertificateIssuer(random);
        for (KeyAlgorithm algorithm : List.of(KeyAlgorithm.RSA_3072, KeyAlgorithm.EC_P256)) {
            CertificateTemplate template = CertificateTemplate.typed(DistinguishedName.parse("CN=bench,O=Example,C=GB"), //$NON-NLS-1$
                    List.of(), CertificateProfile.TLS_SERVER_AND_CLIENT, 365, algorithm.defaultHash());
            issuer.selfSigned(algorithm.generate(random), template); // warm-up
            long end = System.nanoTime() + (long) (seconds * 1e9);
            long start = System.nanoTime();
            int generated = 0;
            while (System.nanoTime() < end) {
                issuer.selfSigned(algorithm.generate(random), template);
                generated++;
            }
            double keygen = generated / ((System.nanoTime() - start) / 1e9);
            KeyPair pair = algorithm.generate(random);
            Signature signature = Signature.getInstance(algorithm.defaultHash().signatureName(pair.getPublic()));
            byte[] data = new byte[64];
            end = System.nanoTime() + (long) (seconds * 1e9);
            start = System.nanoTime();
            int signed = 0;
            while (System.nanoTime() < end) {
                signature.initSign(pair.getPrivate());
                signature.update(data);
                signature.sign();
                signed++;
            }
            double sign = signed / ((System.nanoTime() - start) / 1e9);
            System.out.printf("%s %.1f %.1f%n", algorithm.id(), keygen, sign); //$NON-NLS-1$
        }
    }
}
