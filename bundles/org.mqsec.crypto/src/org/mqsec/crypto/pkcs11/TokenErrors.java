package org.mqsec.crypto.pkcs11;

import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryException.Problem;
import org.xipki.pkcs11.wrapper.PKCS11Constants;
import org.xipki.pkcs11.wrapper.PKCS11Exception;
import org.xipki.pkcs11.wrapper.TokenException;

/** PKCS#11 return codes in words a person understands, with what to do. */
final class TokenErrors {

    private TokenErrors() {
    }

    /** Refuses a login the token's flags say would lock the PIN or cannot work. */
    static void checkPinFlags(TokenInfoView token) throws KeyRepositoryException {
        if (token.pinLocked()) {
            throw new KeyRepositoryException(Problem.REFUSED, Messages.bind(Messages.Token_pinLocked, token.label()), Messages.Token_pinLockedFix);
        }
    }

    /** A failed login: wrong PIN (with the tries the token has left, as its flags say), locked, or otherwise. */
    static KeyRepositoryException login(PKCS11Exception e, TokenInfoView after) {
        long code = e.getErrorCode();
        if (code == PKCS11Constants.CKR_PIN_INCORRECT || code == PKCS11Constants.CKR_PIN_INVALID || code == PKCS11Constants.CKR_PIN_LEN_RANGE) {
            String tries = after.pinFinalTry() ? Messages.Token_finalTry : after.pinCountLow() ? Messages.Token_countLow : ""; //$NON-NLS-1$
            return new KeyRepositoryException(Problem.WRONG_PASSWORD, Messages.bind(Messages.Token_wrongPin, after.label(), tries),
                    Messages.Token_wrongPinFix, e);
        }
        if (code == PKCS11Constants.CKR_PIN_LOCKED) {
            return new KeyRepositoryException(Problem.REFUSED, Messages.bind(Messages.Token_pinLocked, after.label()), Messages.Token_pinLockedFix, e);
        }
        return new KeyRepositoryException(Problem.REFUSED, Messages.bind(Messages.Token_failed, after.label(), e.getErrorName()), advice(code), e);
    }

    /** Any other failure of the library or token. */
    static KeyRepositoryException of(TokenException e, String library) {
        if (e instanceof PKCS11Exception pkcs11) {
            long code = pkcs11.getErrorCode();
            if (code == PKCS11Constants.CKR_TOKEN_NOT_PRESENT || code == PKCS11Constants.CKR_DEVICE_REMOVED
                    || code == PKCS11Constants.CKR_SESSION_HANDLE_INVALID || code == PKCS11Constants.CKR_SESSION_CLOSED) {
                return new KeyRepositoryException(Problem.NOT_FOUND, Messages.bind(Messages.Token_removed, library), Messages.Token_removedFix, e);
            }
            return new KeyRepositoryException(Problem.UNREADABLE, Messages.bind(Messages.Token_failed, library, pkcs11.getErrorName()), advice(code), e);
        }
        return new KeyRepositoryException(Problem.UNREADABLE, Messages.bind(Messages.Token_failed, library, e.getMessage()), "", e); //$NON-NLS-1$
    }

    private static String advice(long code) {
        if (code == PKCS11Constants.CKR_MECHANISM_INVALID || code == PKCS11Constants.CKR_MECHANISM_PARAM_INVALID) {
            return Messages.Token_mechanismFix;
        }
        if (code == PKCS11Constants.CKR_TOKEN_NOT_RECOGNIZED || code == PKCS11Constants.CKR_GENERAL_ERROR) {
            return Messages.Token_initFailedFix;
        }
        return ""; //$NON-NLS-1$
    }
}
