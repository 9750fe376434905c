package org.mqsec.crypto.pkcs11;

import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryException.Problem;
import org.xipki.pkcs11.wrapper.Slot;
import org.xipki.pkcs11.wrapper.TokenException;

/**
 * Which token: by its label (what administrators and GSKit's GSK_PKCS11 name it by), or by slot id.
 * Slot indexes are not offered: SoftHSM, for one, renumbers them when tokens are added.
 *
 * @param label  the token label; "" when choosing by slot
 * @param slotId the slot id; -1 when choosing by label
 */
public record TokenSelector(String label, long slotId) {

    public static TokenSelector label(String label) {
        return new TokenSelector(label, -1);
    }

    public static TokenSelector slot(long slotId) {
        return new TokenSelector("", slotId); //$NON-NLS-1$
    }

    public String describe() {
        return slotId >= 0 ? Messages.bind(Messages.Token_slot, slotId) : label;
    }

    /** The slot of the token among those present; an unknown label or slot, or two tokens of one label, in words. */
    Slot find(Slot[] present, String library) throws TokenException, KeyRepositoryException {
        Slot found = null;
        StringBuilder known = new StringBuilder();
        for (Slot slot : present) {
            TokenInfoView info = TokenBrowser.describe(slot);
            known.append(known.length() == 0 ? "" : ", ").append(info.label().isEmpty() ? Long.toString(info.slotId()) : info.label()); //$NON-NLS-1$ //$NON-NLS-2$
            boolean matches = slotId >= 0 ? slot.getSlotID() == slotId : info.label().equals(label);
            if (matches && found != null) {
                throw new KeyRepositoryException(Problem.REFUSED, Messages.bind(Messages.Token_twoWithLabel, label, library),
                        Messages.Token_twoWithLabelFix);
            }
            if (matches) {
                found = slot;
            }
        }
        if (found == null) {
            throw new KeyRepositoryException(Problem.NOT_FOUND, Messages.bind(Messages.Token_notFound, describe(), library),
                    known.length() == 0 ? Messages.Token_noTokens : Messages.bind(Messages.Token_known, known));
        }
        return found;
    }
}
