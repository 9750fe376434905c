package org.mqsec.crypto.pkcs11;

/**
 * A slot and the token in it as the token describes itself, with the flags that matter before a
 * login: whether a PIN is needed, whether the last tries are near, whether the PIN is locked.
 *
 * @param slotId the slot's id (stable for SoftHSM as long as the token exists; indexes are not)
 * @param present whether a token is in the slot; the other fields are empty when not
 */
public record TokenInfoView(long slotId, String slotDescription, boolean present, String label, String manufacturer, String model,
        String serial, boolean initialized, boolean loginRequired, boolean writeProtected, boolean pinCountLow, boolean pinFinalTry,
        boolean pinLocked, boolean soPinLocked) {

    /** "t1 (SoftHSM project SoftHSM v2, serial 9ab1...)". */
    public String describe() {
        return label + " (" + manufacturer + " " + model + ", serial " + serial + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }
}
