package org.mqsec.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Widget;

/**
 * Names given to widgets with {@code setData(KEY, name)} so UI tests (and accessibility tools) find
 * them without depending on layout or labels.
 */
public final class WidgetKeys {

    public static final String KEY = "org.mqsec.ui.widget"; //$NON-NLS-1$

    private WidgetKeys() {
    }

    public static <T extends Widget> T name(T widget, String name) {
        widget.setData(KEY, name);
        return widget;
    }

    /** A named push button that runs {@code action} when pressed. */
    public static Button pushButton(Composite parent, String name, String label, Runnable action) {
        Button button = name(new Button(parent, SWT.PUSH), name);
        button.setText(label);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }
}
