package org.mqsec.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.mqsec.core.ams.AmsKeystoreConf;
import org.mqsec.core.ams.AmsKeystoreConf.Client;
import org.mqsec.core.ams.AmsKeystoreConf.Prefix;
import org.mqsec.core.findings.Finding;
import org.mqsec.testing.KeystoreFixtures;

import com.ibm.mq.ese.config.KeyStoreConfig;
import com.ibm.mq.ese.core.KeyStoreAccess;
import com.ibm.mq.ese.core.Lifecycle;
import com.ibm.mq.ese.pki.KeyStoreAccessFactory;

/**
 * keystore.conf written for each client and read as each client reads it, IBM's own AMS
 * configuration classes ({@code com.ibm.mq.ese.config.KeyStoreConfig}, test scope only) saying which
 * keystore and certificate the Java client takes.
 */
class AmsKeystoreConfTest {

    private static KeyStoreConfig ibm(String text) throws Exception {
        Properties properties = new Properties();
        properties.load(new StringReader(text));
        return new KeyStoreConfig(properties);
    }

    private static List<String> codes(AmsKeystoreConf.Reading reading) {
        return reading.findings().stream().map(Finding::code).toList();
    }

    @Test
    void aJavaKeystoreConfIsReadAsIbmsClientReadsItAndOpensTheKeystore() throws Exception {
        Path dir = KeystoreFixtures.get().scratch("ams-conf"); //$NON-NLS-1$
        Path jks = dir.resolve("alice.jks"); //$NON-NLS-1$
        KeystoreFixtures.get().keytool("-genkeypair", "-keystore", jks.toString(), "-storetype", "JKS", "-storepass", "secret1", "-keypass", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "secret1", "-alias", "alice", "-dname", "CN=alice,O=Example", "-keyalg", "EC", "-groupname", "secp256r1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
        String conf = AmsKeystoreConf.write(Prefix.JKS, jks.toString(), "alice", "secret1".toCharArray()); //$NON-NLS-1$ //$NON-NLS-2$
        AmsKeystoreConf.Reading ours = AmsKeystoreConf.read(conf, Client.JAVA);
        KeyStoreConfig theirs = ibm(conf);
        assertEquals(theirs.getType(), ours.identity().orElseThrow().prefix().name());
        assertEquals(theirs.getKeyStorePath(), ours.identity().orElseThrow().keystore());
        assertEquals(theirs.getAlias(), ours.identity().orElseThrow().certificate());
        assertEquals(0, theirs.validate().length, "IBM's classes find nothing missing"); //$NON-NLS-1$
        KeyStoreAccess access = KeyStoreAccessFactory.getInstance(theirs);
        ((Lifecycle) access).init();
        assertEquals("CN=alice,O=Example", access.getCertificate(theirs.getAlias()).getSubjectX500Principal().getName()); //$NON-NLS-1$
        assertEquals(List.of(AmsKeystoreConf.PLAIN_PASSWORD), codes(ours), "a password given is written, and said to be in clear"); //$NON-NLS-1$

        // placeholders unless a password is given
        String placeholder = AmsKeystoreConf.write(Prefix.JKS, jks.toString(), "alice", null); //$NON-NLS-1$
        assertTrue(placeholder.contains("jks.keystore_pass = " + AmsKeystoreConf.PASSWORD_PLACEHOLDER) && !placeholder.contains("secret1"), placeholder); //$NON-NLS-1$ //$NON-NLS-2$

        // several prefixes: the Java client takes jks. before pkcs11., as IBM's classes do
        String both = conf + "pkcs11.library = /usr/lib/softhsm/libsofthsm2.so\npkcs11.certificate = other\n"; //$NON-NLS-1$
        assertEquals(ibm(both).getKeyStorePath(), AmsKeystoreConf.read(both, Client.JAVA).identity().orElseThrow().keystore());
        // without the passwords, IBM's classes find the file incomplete, and so do we
        String incomplete = "jks.keystore = " + jks + "\njks.certificate = alice\n"; //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(ibm(incomplete).validate().length > 0);
        assertTrue(codes(AmsKeystoreConf.read(incomplete, Client.JAVA)).contains(AmsKeystoreConf.INCOMPLETE));
    }

    @Test
    void aCmsConfIsTheCClientsAndGivesJavaClientsNothingAsIbmsClassesSay() throws Exception {
        String conf = AmsKeystoreConf.write(Prefix.CMS, "/home/app/.mqs/app.kdb", "ibmwebspheremqapp", null); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("cms.keystore = /home/app/.mqs/app\ncms.certificate = ibmwebspheremqapp\n", conf, "the stem, and no password: the stash has it"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(new AmsKeystoreConf.Identity(Prefix.CMS, "/home/app/.mqs/app", "ibmwebspheremqapp"), //$NON-NLS-1$ //$NON-NLS-2$
                AmsKeystoreConf.read(conf, Client.C).identity().orElseThrow());
        AmsKeystoreConf.Reading java = AmsKeystoreConf.read(conf, Client.JAVA);
        assertTrue(java.identity().isEmpty());
        assertEquals(List.of(AmsKeystoreConf.IGNORED_PREFIX, AmsKeystoreConf.IGNORED_PREFIX, AmsKeystoreConf.NO_IDENTITY), codes(java));
        assertNull(ibm(conf).getKeyStorePath(), "IBM's Java classes take no keystore from cms. lines (AMS1040)"); //$NON-NLS-1$
    }

    @Test
    void duplicatesAndRelativePathsAreRefusedAsAmsRefusesThem() {
        String text = "jks.keystore = keys/app.jks\njks.certificate = app\njks.certificate = other\njks.keystore_pass = <AMS>x\njks.key_pass = <AMS>x\n"; //$NON-NLS-1$
        List<String> codes = codes(AmsKeystoreConf.read(text, Client.JAVA));
        assertEquals(List.of(AmsKeystoreConf.DUPLICATE_KEY, AmsKeystoreConf.NOT_ABSOLUTE), codes);
    }
}
