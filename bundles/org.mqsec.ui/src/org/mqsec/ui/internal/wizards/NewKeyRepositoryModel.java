package org.mqsec.ui.internal.wizards;

import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.Pkcs12Profile;

/** What the New Key Repository wizard's pages fill in. */
public final class NewKeyRepositoryModel {

    public String queueManager = ""; //$NON-NLS-1$
    public boolean zos;
    public String folder = ""; //$NON-NLS-1$
    public String fileName = "key.p12"; //$NON-NLS-1$
    public KeyRepositoryFormat format = KeyRepositoryFormat.PKCS12;
    public Pkcs12Profile profile = Pkcs12Profile.MODERN;
    public boolean stash = true;
    public char[] password = new char[0];
    public char[] confirmation = new char[0];
    public boolean remember;

    void clearPasswords() {
        java.util.Arrays.fill(password, '\0');
        java.util.Arrays.fill(confirmation, '\0');
    }
}
