package org.mqsec.ui.internal.keystore;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.mqsec.crypto.keystore.KeyRepositoryLocation;

/**
 * The editor's input: where the repository is, not its content (which the editor loads in a Job).
 * Not persisted: reopening at start-up would prompt for passwords before the user asked for anything.
 */
public final class KeyRepositoryEditorInput implements IEditorInput {

    private final KeyRepositoryLocation location;
    private char[] password;

    public KeyRepositoryEditorInput(KeyRepositoryLocation location) {
        this(location, null);
    }

    /** @param password known already (a repository just created); the editor takes it over */
    public KeyRepositoryEditorInput(KeyRepositoryLocation location, char[] password) {
        this.location = Objects.requireNonNull(location);
        this.password = password;
    }

    /** The password handed over with the input, once; null afterwards or when there was none. */
    char[] takePassword() {
        char[] taken = password;
        password = null;
        return taken;
    }

    public KeyRepositoryLocation location() {
        return location;
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return location.name();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return location.description();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(location) ? adapter.cast(location) : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyRepositoryEditorInput input && input.location.equals(location);
    }

    @Override
    public int hashCode() {
        return location.hashCode();
    }
}
