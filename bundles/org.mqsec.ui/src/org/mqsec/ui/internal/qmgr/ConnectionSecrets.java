package org.mqsec.ui.internal.qmgr;

import java.util.Arrays;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.mqsec.qmgr.target.ConnectionProfile;
import org.mqsec.ui.internal.keystore.PasswordDialog;
import org.mqsec.ui.internal.keystore.RememberedPasswords;

/**
 * The passwords one connection profile needs (its user's for CONNAUTH, its TLS key store's and trust
 * store's), from Eclipse secure storage or asked for on the UI thread, kept as char[] only while the
 * dialog or view that asked is open, and remembered only when the user asked and they connected.
 */
final class ConnectionSecrets {

    private static final String USER = "user"; //$NON-NLS-1$
    private static final String KEY_STORE = "keyStore"; //$NON-NLS-1$
    private static final String TRUST_STORE = "trustStore"; //$NON-NLS-1$

    private final String profile;
    private char[] user;
    private char[] keyStore;
    private char[] trustStore;
    private boolean rememberUser;
    private boolean rememberKeyStore;
    private boolean rememberTrustStore;

    private ConnectionSecrets(String profile) {
        this.profile = profile;
    }

    /**
     * On the UI thread: every password the profile needs, remembered or asked for (a trust store's may
     * be left empty); null when the user cancelled.
     */
    static ConnectionSecrets ask(Shell shell, ConnectionProfile profile) {
        ConnectionSecrets secrets = new ConnectionSecrets(profile.name());
        Given user = profile.userId().isEmpty() ? Given.NONE
                : secrets.given(shell, USER, Messages.bind(Messages.Secrets_user, profile.userId(), profile.name()));
        Given keyStore = user == null || profile.keyStore().isEmpty() ? Given.NONE : secrets.given(shell, KEY_STORE, profile.keyStore());
        Given trustStore = user == null || keyStore == null || profile.trustStore().isEmpty() ? Given.NONE
                : secrets.given(shell, TRUST_STORE, profile.trustStore());
        if (user == null || keyStore == null || trustStore == null) {
            for (Given given : new Given[] { user, keyStore, trustStore }) {
                if (given != null && given.password() != null) {
                    Arrays.fill(given.password(), '\0');
                }
            }
            return null;
        }
        secrets.user = user.password();
        secrets.rememberUser = user.remember();
        secrets.keyStore = keyStore.password();
        secrets.rememberKeyStore = keyStore.remember();
        secrets.trustStore = trustStore.password();
        secrets.rememberTrustStore = trustStore.remember();
        return secrets;
    }

    /** One password: remembered, or typed (and whether to remember it once it connected). */
    private record Given(char[] password, boolean remember) {
        static final Given NONE = new Given(null, false);
    }

    /** The password remembered under {@code which}, or asked for {@code what}; null when cancelled. */
    private Given given(Shell shell, String which, String what) {
        char[] remembered = RememberedPasswords.get(RememberedPasswords.QUEUE_MANAGERS, key(which));
        if (remembered != null) {
            return new Given(remembered, false);
        }
        PasswordDialog dialog = dialog(shell, what);
        return dialog.open() == Window.OK ? new Given(dialog.password(), dialog.rememberChosen()) : null;
    }

    private static PasswordDialog dialog(Shell shell, String what) {
        return new PasswordDialog(shell, what, false,
                new PasswordDialog.Texts(Messages.Secrets_title, Messages.Secrets_message, Messages.Secrets_connect));
    }

    private String key(String which) {
        return profile + "/" + which; //$NON-NLS-1$
    }

    char[] user() {
        return user;
    }

    char[] keyStore() {
        return keyStore;
    }

    char[] trustStore() {
        return trustStore;
    }

    /** A copy for a connection, which clears what it is given; null stays null. */
    static char[] copy(char[] secret) {
        return secret == null ? null : secret.clone();
    }

    /** They connected: the passwords the user asked to remember go to secure storage now. */
    synchronized void connected() {
        if (rememberUser && user != null) {
            RememberedPasswords.put(RememberedPasswords.QUEUE_MANAGERS, key(USER), user);
        }
        if (rememberKeyStore && keyStore != null) {
            RememberedPasswords.put(RememberedPasswords.QUEUE_MANAGERS, key(KEY_STORE), keyStore);
        }
        if (rememberTrustStore && trustStore != null) {
            RememberedPasswords.put(RememberedPasswords.QUEUE_MANAGERS, key(TRUST_STORE), trustStore);
        }
        rememberUser = false;
        rememberKeyStore = false;
        rememberTrustStore = false;
    }

    /** The queue manager refused the user: a remembered password is wrong now, so it is not offered again. */
    void forgetRemembered() {
        RememberedPasswords.forget(RememberedPasswords.QUEUE_MANAGERS, key(USER));
    }

    /** Forgets every password of a profile (removed, or renamed). */
    static void forget(String profile) {
        ConnectionSecrets secrets = new ConnectionSecrets(profile);
        for (String which : new String[] { USER, KEY_STORE, TRUST_STORE }) {
            RememberedPasswords.forget(RememberedPasswords.QUEUE_MANAGERS, secrets.key(which));
        }
    }

    synchronized void clear() {
        for (char[] secret : new char[][] { user, keyStore, trustStore }) {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
        user = null;
        keyStore = null;
        trustStore = null;
    }
}
