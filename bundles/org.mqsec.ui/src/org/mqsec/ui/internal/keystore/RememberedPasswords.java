package org.mqsec.ui.internal.keystore;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * Key repository passwords the user asked us to remember, in Eclipse secure storage (encrypted with
 * the workbench's master password) and nowhere else. Failures are logged without the secret.
 */
public final class RememberedPasswords {

    private static final String NODE = "org.mqsec/keyRepositories"; //$NON-NLS-1$
    /** Where queue manager connections' passwords go (user, TLS key store, trust store per profile). */
    public static final String QUEUE_MANAGERS = "org.mqsec/queueManagers"; //$NON-NLS-1$
    private static final String PASSWORD = "password"; //$NON-NLS-1$

    private RememberedPasswords() {
    }

    private static ISecurePreferences node(String area, String storageKey) {
        ISecurePreferences root = SecurePreferencesFactory.getDefault();
        return root == null ? null : root.node(area).node(EncodingUtils.encodeSlashes(storageKey));
    }

    /** The remembered key repository password, or null. */
    public static char[] get(String storageKey) {
        return get(NODE, storageKey);
    }

    public static void put(String storageKey, char[] password) {
        put(NODE, storageKey, password);
    }

    public static void forget(String storageKey) {
        forget(NODE, storageKey);
    }

    /** The password remembered under {@code storageKey} in {@code area} ({@link #QUEUE_MANAGERS}), or null. */
    public static char[] get(String area, String storageKey) {
        try {
            ISecurePreferences node = node(area, storageKey);
            String value = node == null ? null : node.get(PASSWORD, null);
            return value == null ? null : value.toCharArray();
        } catch (StorageException e) {
            log(Messages.Password_storageReadFailed, e);
            return null;
        }
    }

    public static void put(String area, String storageKey, char[] password) {
        try {
            ISecurePreferences node = node(area, storageKey);
            if (node != null) {
                // ISecurePreferences takes a String; it is encrypted before it is written
                node.put(PASSWORD, new String(password), true);
                node.flush();
            }
        } catch (StorageException | java.io.IOException e) {
            log(Messages.Password_storageWriteFailed, e);
        }
    }

    public static void forget(String area, String storageKey) {
        try {
            ISecurePreferences node = node(area, storageKey);
            if (node != null) {
                node.removeNode();
                SecurePreferencesFactory.getDefault().flush();
            }
        } catch (java.io.IOException e) {
            log(Messages.Password_storageWriteFailed, e);
        }
    }

    private static void log(String message, Exception e) {
        // the exception says which storage problem it was; it never carries the password
        ILog.of(RememberedPasswords.class).log(new Status(IStatus.WARNING, "org.mqsec.ui", message, e)); //$NON-NLS-1$
    }
}
