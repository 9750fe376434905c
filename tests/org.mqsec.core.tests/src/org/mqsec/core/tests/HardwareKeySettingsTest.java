package org.mqsec.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mqsec.core.mqsc.MqscReader;
import org.mqsec.core.tls.HardwareKeySettings;

/**
 * GSK_PKCS11 in the form IBM documents for SSLCRYP and MQSCO CryptoHardware ("GSK_PKCS11=the PKCS #11
 * driver path and file name;the PKCS #11 token label;the PKCS #11 token password;symmetric cipher
 * setting;"), MQSC that MQSC reading takes back, and the values that would break it refused.
 */
class HardwareKeySettingsTest {

    @Test
    void theStringHasIbmsFourFieldsAndThePinIsAPlaceholderUnlessGiven() {
        HardwareKeySettings settings = new HardwareKeySettings("/usr/lib/softhsm/libsofthsm2.so", "mq token", "ibmwebspheremqqm1", null, false); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals("GSK_PKCS11=/usr/lib/softhsm/libsofthsm2.so;mq token;<token PIN>;SYMMETRIC_CIPHER_OFF;", settings.gskPkcs11()); //$NON-NLS-1$
        assertEquals(List.of(), settings.check());
        var command = MqscReader.readScript(settings.queueManagerMqsc()).commands().get(0);
        assertEquals(List.of(settings.gskPkcs11()), command.values("SSLCRYP")); //$NON-NLS-1$
        assertEquals("GSK_PKCS11=/l.so;t;1234;SYMMETRIC_CIPHER_ON;", new HardwareKeySettings("/l.so", "t", "c", "1234", true).gskPkcs11()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    @Test
    void aSemicolonAControlCharacterOrTooLongAStringAreRefused() {
        assertEquals(List.of(HardwareKeySettings.BAD_VALUE), new HardwareKeySettings("/l.so", "a;b", "c", null, false).check().stream() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .map(f -> f.code()).toList());
        assertEquals(List.of(HardwareKeySettings.BAD_VALUE), new HardwareKeySettings("/l.so", "t", "c\nALTER QMGR", null, false).check().stream() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .map(f -> f.code()).toList());
        assertTrue(new HardwareKeySettings("/" + "x".repeat(250) + ".so", "t", "c", null, false).check().stream() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                .anyMatch(f -> f.code().equals(HardwareKeySettings.TOO_LONG)));
    }
}
