package org.mqsec.crypto.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mqsec.core.dn.DistinguishedName;
import org.mqsec.crypto.certificates.CertificateProfile;
import org.mqsec.crypto.certificates.CertificateTemplate;
import org.mqsec.crypto.certificates.KeyAlgorithm;
import org.mqsec.crypto.certificates.SignatureHash;
import org.mqsec.crypto.keystore.CertificateExport;
import org.mqsec.crypto.pkcs11.TokenBrowser;
import org.mqsec.crypto.pkcs11.TokenInfoView;
import org.mqsec.crypto.pkcs11.TokenOperations;
import org.mqsec.crypto.pkcs11.TokenSelector;
import org.mqsec.testing.SoftHsm;

/**
 * A key generated on the token and its certificate, signed there, serve a TLS handshake through
 * SunPKCS11 (as a queue manager's key on an HSM would through GSKit) that openssl s_client accepts:
 * what we write to a token is usable, not just listable.
 */
class TokenTlsHandshakeTest {

    @Test
    void opensslCompletesAHandshakeWithTheTokenKeyAsTheServer() throws Exception {
        Assumptions.assumeTrue(SoftHsm.available(), "SoftHSM2 is not installed"); //$NON-NLS-1$
        SoftHsm hsm = SoftHsm.get();
        TokenOperations.Target work = new TokenOperations.Target(SoftHsm.LIBRARY, TokenSelector.label(SoftHsm.WORK_TOKEN));
        SecureRandom random = new SecureRandom();
        TokenOperations.generateKeyPair(work, SoftHsm.PIN.toCharArray(), "tls-server", KeyAlgorithm.EC_P256, random); //$NON-NLS-1$
        try {
            X509Certificate certificate = TokenOperations.selfSign(work, SoftHsm.PIN.toCharArray(), "tls-server", //$NON-NLS-1$
                    CertificateTemplate.typed(DistinguishedName.parse("CN=localhost,O=Example"), List.of("DNS:localhost"), //$NON-NLS-1$ //$NON-NLS-2$
                            CertificateProfile.TLS_SERVER, 30, SignatureHash.SHA256), random);
            Path pem = hsm.dir().resolve("tls-server.pem"); //$NON-NLS-1$
            CertificateExport.writeText(pem, CertificateExport.pemChain(List.of(certificate)));

            // SunPKCS11 on the same library, by slot id resolved from the label (never a slot index)
            long slot = TokenBrowser.slots(SoftHsm.LIBRARY).stream().filter(s -> s.label().equals(SoftHsm.WORK_TOKEN)).findFirst()
                    .map(TokenInfoView::slotId).orElseThrow();
            Provider provider = Security.getProvider("SunPKCS11").configure( //$NON-NLS-1$
                    "--name=mqsec-test\nlibrary=" + SoftHsm.LIBRARY + "\nslot=" + slot + "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            // JSSE finds the signature for the token key among the installed providers
            Security.addProvider(provider);
            KeyStore store = KeyStore.getInstance("PKCS11", provider); //$NON-NLS-1$
            store.load(null, SoftHsm.PIN.toCharArray());
            assertTrue(store.isKeyEntry("tls-server"), "SunPKCS11 shows the key with its certificate"); //$NON-NLS-1$ //$NON-NLS-2$
            KeyManagerFactory keys = KeyManagerFactory.getInstance("SunX509"); //$NON-NLS-1$
            keys.init(store, null);
            SSLContext context = SSLContext.getInstance("TLS"); //$NON-NLS-1$
            context.init(keys.getKeyManagers(), null, random);
            try (SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0)) {
                server.setEnabledProtocols(new String[] { "TLSv1.3", "TLSv1.2" }); //$NON-NLS-1$ //$NON-NLS-2$
                List<Throwable> serverFailure = new java.util.ArrayList<>();
                Thread serving = new Thread(() -> {
                    try (SSLSocket socket = (SSLSocket) server.accept()) {
                        socket.startHandshake();
                        OutputStream out = socket.getOutputStream();
                        out.write("hello from the token\n".getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
                        out.flush();
                    } catch (IOException | RuntimeException e) {
                        serverFailure.add(e);
                    }
                });
                serving.start();
                Process client = new ProcessBuilder("openssl", "s_client", "-connect", "127.0.0.1:" + server.getLocalPort(), "-CAfile", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                        pem.toString(), "-verify_return_error", "-verify_hostname", "localhost").redirectErrorStream(true).start(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                client.getOutputStream().close();
                String output;
                try (InputStream in = client.getInputStream()) {
                    output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                client.waitFor(30, TimeUnit.SECONDS);
                serving.join(30_000);
                // s_client quits once the handshake is done (its input is closed): the server's side must have finished too
                assertTrue(output.contains("Verify return code: 0 (ok)") && output.contains("Cipher is TLS_") && serverFailure.isEmpty(), //$NON-NLS-1$ //$NON-NLS-2$
                        () -> output + "\nserver: " + serverFailure.stream().map(TokenTlsHandshakeTest::causes).toList()); //$NON-NLS-1$
            }
        } finally {
            Security.removeProvider("SunPKCS11-mqsec-test"); //$NON-NLS-1$
            TokenOperations.delete(work, SoftHsm.PIN.toCharArray(), "tls-server"); //$NON-NLS-1$
        }
    }

    /** An exception and its causes, one message each, for a failed assertion. */
    private static String causes(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            text.append(text.length() == 0 ? "" : " <- ").append(cause); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return text.toString();
    }
}
