package org.mqsec.core.tls;

import java.util.ArrayList;
import java.util.List;

import org.mqsec.core.findings.Finding;
import org.mqsec.core.internal.Messages;
import org.mqsec.core.mqsc.MqAttribute;
import org.mqsec.core.mqsc.MqscCommand;

/**
 * What IBM MQ needs to use a key on a PKCS#11 token: the GSK_PKCS11 string (queue manager SSLCRYP,
 * client SSLCryptoHardware, MQSCO CryptoHardware), the certificate label, and the AMS keystore.conf
 * entries. The PIN is a placeholder unless the caller gives it.
 *
 * @param library      the PKCS#11 library's absolute path
 * @param tokenLabel   the token's label
 * @param certificate  the label of the certificate on the token (CERTLABL, pkcs11.certificate)
 * @param pin          the token PIN to write, or null for the placeholder
 * @param symmetricOn  whether GSKit also does symmetric ciphers on the token (SYMMETRIC_CIPHER_ON)
 */
public record HardwareKeySettings(String library, String tokenLabel, String certificate, String pin, boolean symmetricOn) {

    public static final String PIN_PLACEHOLDER = "<token PIN>"; //$NON-NLS-1$
    public static final String BAD_VALUE = "HSM_BAD_VALUE"; //$NON-NLS-1$
    public static final String TOO_LONG = "HSM_SSLCRYP_TOO_LONG"; //$NON-NLS-1$
    /** MQ_SSL_CRYPTO_HARDWARE_LENGTH. */
    public static final int MAXIMUM_LENGTH = 256;

    /** GSK_PKCS11=library;token label;PIN;SYMMETRIC_CIPHER_OFF; */
    public String gskPkcs11() {
        return "GSK_PKCS11=" + library + ";" + tokenLabel + ";" + (pin == null ? PIN_PLACEHOLDER : pin) + ";" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + (symmetricOn ? "SYMMETRIC_CIPHER_ON" : "SYMMETRIC_CIPHER_OFF") + ";"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** Semicolons end the fields of GSK_PKCS11, control characters break the MQSC: both are refused; the length is MQ's. */
    public List<Finding> check() {
        List<Finding> findings = new ArrayList<>();
        String[][] values = { { "library", library }, { "token", tokenLabel }, { "certificate", certificate }, { "pin", pin } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        for (String[] value : values) {
            if (value[1] != null && (value[1].contains(";") || MqAttribute.controlCharacter(value[1]).isPresent())) { //$NON-NLS-1$
                findings.add(Finding.error(BAD_VALUE, value[0], Messages.bind(Messages.Hsm_badValue, value[0]), Messages.Hsm_badValueFix));
            }
        }
        if (gskPkcs11().length() > MAXIMUM_LENGTH) {
            findings.add(Finding.error(TOO_LONG, "SSLCRYP", Messages.bind(Messages.Hsm_tooLong, gskPkcs11().length(), MAXIMUM_LENGTH), //$NON-NLS-1$
                    Messages.Hsm_tooLongFix));
        }
        return findings;
    }

    /** ALTER QMGR SSLCRYP(...) CERTLABL(...), then REFRESH SECURITY TYPE(SSL). */
    public String queueManagerMqsc() {
        return MqscCommand.of("ALTER", "QMGR", null).string("SSLCRYP", gskPkcs11()).string("CERTLABL", certificate) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + "\n" + MqscCommand.of("REFRESH", "SECURITY", null).keyword("TYPE", "SSL") + "\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    }

    /** The SSL stanza of a C client's mqclient.ini. */
    public String mqclientIni() {
        return "SSL:\n   SSLCryptoHardware=" + gskPkcs11() + "\n   CertificateLabel=" + certificate + "\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** AMS keystore.conf (C clients and the MCA interceptor; Java and JMS too when PKCS#11 is enabled). */
    public String keystoreConf() {
        return "pkcs11.library = " + library + "\npkcs11.token = " + tokenLabel + "\npkcs11.token_pin = " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + (pin == null ? PIN_PLACEHOLDER : pin) + "\npkcs11.certificate = " + certificate + "\n"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
