package org.mqsec.crypto.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryException.Problem;
import org.mqsec.crypto.pkcs11.TokenBrowser;
import org.mqsec.crypto.pkcs11.TokenInfoView;
import org.mqsec.crypto.pkcs11.TokenSelector;
import org.mqsec.testing.SoftHsm;

/**
 * What SoftHSM cannot do, injected by a PKCS#11 shim in front of it (built in the test from
 * tests/org.mqsec.testing/shim/faultshim.c): a locked PIN, the final try, a token removed before or
 * after the session opened. Each must end in words, without a login that would lock a token.
 */
class TokenFaultsTest {

    private SoftHsm hsm;
    private String shim;

    @BeforeEach
    void shim() throws Exception {
        Assumptions.assumeTrue(SoftHsm.available(), "SoftHSM2 is not installed"); //$NON-NLS-1$
        hsm = SoftHsm.get();
        Path library = hsm.shim();
        Assumptions.assumeTrue(library != null, "no C compiler or pkcs11.h to build the fault shim"); //$NON-NLS-1$
        shim = library.toString();
    }

    @AfterEach
    void noFault() throws Exception {
        if (hsm != null && shim != null) {
            hsm.fault(""); //$NON-NLS-1$
        }
    }

    private TokenBrowser.Contents read(String pin) throws KeyRepositoryException {
        return TokenBrowser.read(shim, TokenSelector.label(SoftHsm.TOKEN), pin == null ? null : pin.toCharArray(), new NullProgressMonitor());
    }

    @Test
    void aLockedPinIsSeenInTheFlagsAndNoLoginIsTried() throws Exception {
        hsm.fault("pin-locked"); //$NON-NLS-1$
        TokenInfoView token = TokenBrowser.slots(shim).stream().filter(s -> s.label().equals(SoftHsm.TOKEN)).findFirst().orElseThrow();
        assertTrue(token.pinLocked());
        KeyRepositoryException locked = assertThrows(KeyRepositoryException.class, () -> read(SoftHsm.PIN));
        assertEquals(Problem.REFUSED, locked.problem());
        assertTrue(locked.getMessage().contains("is locked: no login was tried"), locked.getMessage()); //$NON-NLS-1$
        assertTrue(locked.advice().contains("security officer"), locked.advice()); //$NON-NLS-1$
        // public objects can still be read
        assertFalse(read(null).objects().isEmpty());
    }

    @Test
    void aWrongPinOnTheFinalTrySaysTheNextOneLocksTheToken() throws Exception {
        hsm.fault("final-try"); //$NON-NLS-1$
        KeyRepositoryException wrong = assertThrows(KeyRepositoryException.class, () -> read("000000")); //$NON-NLS-1$
        assertEquals(Problem.WRONG_PASSWORD, wrong.problem());
        assertTrue(wrong.getMessage().contains("the next wrong PIN locks it"), wrong.getMessage()); //$NON-NLS-1$
        hsm.fault(""); //$NON-NLS-1$
        assertTrue(read(SoftHsm.PIN).loggedIn(), "the right PIN clears SoftHSM's count"); //$NON-NLS-1$
    }

    @Test
    void aTokenRemovedBeforeOrDuringTheReadIsSaidInWords() throws Exception {
        hsm.fault("removed"); //$NON-NLS-1$
        assertTrue(TokenBrowser.slots(shim).stream().noneMatch(s -> s.present() && s.label().equals(SoftHsm.TOKEN)));
        KeyRepositoryException absent = assertThrows(KeyRepositoryException.class, () -> read(null));
        assertEquals(Problem.NOT_FOUND, absent.problem());
        assertTrue(absent.getMessage().contains("There is no token " + SoftHsm.TOKEN), absent.getMessage()); //$NON-NLS-1$
        hsm.fault("pulled"); //$NON-NLS-1$
        KeyRepositoryException pulled = assertThrows(KeyRepositoryException.class, () -> read(SoftHsm.PIN));
        assertTrue(pulled.getMessage().contains("The token was removed"), pulled.getMessage()); //$NON-NLS-1$
        assertTrue(pulled.advice().contains("Insert the token again"), pulled.advice()); //$NON-NLS-1$
    }
}
