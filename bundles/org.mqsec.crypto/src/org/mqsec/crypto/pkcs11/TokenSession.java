package org.mqsec.crypto.pkcs11;

import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.xipki.pkcs11.wrapper.PKCS11Constants;
import org.xipki.pkcs11.wrapper.PKCS11Exception;
import org.xipki.pkcs11.wrapper.PKCS11Module;
import org.xipki.pkcs11.wrapper.Session;
import org.xipki.pkcs11.wrapper.Slot;
import org.xipki.pkcs11.wrapper.TokenException;

/** A session on one token, logged in as the user when a PIN is given; closing logs out and closes it. */
final class TokenSession implements AutoCloseable {

    final Session session;
    final TokenInfoView token;
    final String library;
    private final boolean loggedIn;

    private TokenSession(Session session, TokenInfoView token, String library, boolean loggedIn) {
        this.session = session;
        this.token = token;
        this.library = library;
        this.loggedIn = loggedIn;
    }

    /** @param pin the user PIN (the caller's, which it clears), or null for a public session */
    static TokenSession open(String library, TokenSelector selector, char[] pin, boolean readWrite) throws KeyRepositoryException {
        PKCS11Module module = TokenBrowser.load(library);
        try {
            Slot slot = selector.find(module.getSlotList(true), library);
            TokenInfoView info = TokenBrowser.describe(slot);
            Session session = slot.getToken().openSession(readWrite);
            boolean loggedIn = false;
            try {
                if (pin != null) {
                    TokenErrors.checkPinFlags(info);
                    try {
                        session.login(PKCS11Constants.CKU_USER, pin);
                    } catch (PKCS11Exception e) {
                        if (e.getErrorCode() != PKCS11Constants.CKR_USER_ALREADY_LOGGED_IN) {
                            throw TokenErrors.login(e, TokenBrowser.describe(slot));
                        }
                    }
                    loggedIn = true;
                }
            } catch (KeyRepositoryException | TokenException e) {
                closeQuietly(session);
                throw e;
            }
            return new TokenSession(session, info, library, loggedIn);
        } catch (TokenException e) {
            throw TokenErrors.of(e, library);
        }
    }

    boolean loggedIn() {
        return loggedIn;
    }

    @Override
    public void close() {
        if (loggedIn) {
            try {
                session.logout();
            } catch (PKCS11Exception e) {
                // closing the session ends the login as well
            }
        }
        closeQuietly(session);
    }

    private static void closeQuietly(Session session) {
        try {
            session.closeSession();
        } catch (PKCS11Exception e) {
            // a removed token or a closed library: nothing left to close
        }
    }
}
