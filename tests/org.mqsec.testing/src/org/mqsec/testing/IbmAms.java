package org.mqsec.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Properties;

import org.mqsec.core.ams.AmsPolicy;

import com.ibm.mq.constants.MQConstants;
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
import com.ibm.mq.ese.prot.MessageProtection;
import com.ibm.mq.ese.prot.MessageProtectionBCImpl;
import com.ibm.mq.headers.MQDLH;

/**
 * IBM's own AMS implementation (com.ibm.mq.allclient, test scope only; ../shared/reference/ams.md
 * section 4.1) as the oracle and the source of protected messages: an application's identity as
 * IBM's Java client loads it from keystore.conf settings, a policy as IBM's {@code SecurityPolicy},
 * a message protected as IBM's putter interceptor protects it, and the same behind the MQDLH with
 * which IBM's getter puts a refused message on SYSTEM.PROTECTION.ERROR.QUEUE.
 */
public final class IbmAms {

    private IbmAms() {
    }

    /** An identity from a JKS keystore, loaded by IBM's keystore.conf classes as its Java client would. */
    public static EseUser user(Path keystore, String alias, String password) throws Exception {
        Properties conf = new Properties();
        conf.setProperty("jks.keystore", keystore.toString()); //$NON-NLS-1$
        conf.setProperty("jks.certificate", alias); //$NON-NLS-1$
        conf.setProperty("jks.keystore_pass", password); //$NON-NLS-1$
        conf.setProperty("jks.key_pass", password); //$NON-NLS-1$
        conf.setProperty("jks.encrypted", "no"); //$NON-NLS-1$ //$NON-NLS-2$
        KeyStoreConfig config = new KeyStoreConfig(conf);
        KeyStoreAccess access = KeyStoreAccessFactory.getInstance(config);
        ((Lifecycle) access).init();
        EseUser user = new EseUser();
        user.setKeyStoreAccess(access);
        user.setAlias(config.getAlias());
        X509Certificate certificate = access.getCertificate(config.getAlias());
        user.setUserCertificate(certificate);
        user.setUserDN(new X500NameWrapper(certificate.getSubjectX500Principal().getName()).toString());
        user.setPkiSpec(config.getPkiConfig().pkiSpec);
        user.setProvider(config.getProvider());
        return user;
    }

    /** Our policy as IBM's. */
    public static SecurityPolicy policy(AmsPolicy policy) {
        SecurityPolicy ibm = new SecurityPolicy(policy.name());
        ibm.setSignAlg(policy.signature() == AmsPolicy.SignatureAlgorithm.NONE ? "" : policy.signature().keyword() + "withRSA"); //$NON-NLS-1$ //$NON-NLS-2$
        ibm.setEncAlg(switch (policy.encryption()) {
            case NONE -> ""; //$NON-NLS-1$
            case TRIPLE_DES -> "DESede"; //$NON-NLS-1$
            default -> policy.encryption().keyword();
        });
        ibm.setSignerDNs(new ArrayList<>(policy.signers()));
        ibm.setRecipientDNs(new ArrayList<>(policy.recipients()));
        ibm.setReuse(policy.keyReuse());
        ibm.setTolerateFlag(policy.tolerate() ? 1 : 0);
        return ibm;
    }

    /** IBM's message protection, as its interceptors use it. */
    public static MessageProtection protection() {
        return new MessageProtectionBCImpl(new X509CertificateValidatorImpl(new CertAccessImpl()));
    }

    /**
     * The message IBM's putter interceptor would put: the PDMQ header and the protected body (the
     * payload as it is under no protection).
     */
    public static byte[] protect(EseUser putter, AmsPolicy policy, byte[] plain) throws Exception {
        SecurityPolicy put = policy(policy);
        if (put.getQop() == 0) {
            return plain;
        }
        if (!put.getRecipientDNs().isEmpty()) {
            put.setRecipientsCertificates(new CertAccessImpl().loadCertificates(putter.getKeyStoreAccess(), putter.getPkiSpec(), put.getRecipientDNs()));
        }
        SmqiObject object = new SmqiObject(null, null);
        object.setSecPolicy(put);
        object.setUser(putter);
        AMBIHeader header = new AMBIHeader(put.getQop());
        header.setOrigSize(plain.length);
        header.setPolicyname(policy.name());
        header.setOrigFormat("MQSTR   "); //$NON-NLS-1$
        byte[] body = protection().protect(plain, object, header, putter);
        byte[] head = header.toByteArray();
        byte[] message = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, message, head.length, body.length);
        return message;
    }

    /**
     * As {@link #protect}, for the identity in a JKS keystore (tests that do not see IBM's classes
     * call this one).
     */
    public static byte[] protectAs(Path keystore, String alias, String password, AmsPolicy policy, byte[] plain) throws Exception {
        return protect(user(keystore, alias, password), policy, plain);
    }

    /** The message as IBM's getter puts it on SYSTEM.PROTECTION.ERROR.QUEUE: behind an MQDLH, reason 2063. */
    public static byte[] onErrorQueue(byte[] message, String queue, String queueManager) throws Exception {
        MQDLH dlh = new MQDLH();
        dlh.setReason(MQConstants.MQRC_SECURITY_ERROR);
        dlh.setDestQName(queue);
        dlh.setDestQMgrName(queueManager);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        dlh.write(out, MQConstants.MQENC_NATIVE, 1208);
        out.write(message);
        return bytes.toByteArray();
    }
}
