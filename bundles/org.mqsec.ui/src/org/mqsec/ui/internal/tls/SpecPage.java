package org.mqsec.ui.internal.tls;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.mqsec.core.findings.Finding;
import org.mqsec.ui.internal.FindingsList;
import org.mqsec.ui.internal.WidgetKeys;

/**
 * What every page of the TLS channel wizard does: fields that write into the shared model, and the
 * page's findings under them, worked out again after each change; an error keeps the page from
 * being left.
 */
abstract class SpecPage extends WizardPage {

    protected final TlsChannelController controller;
    private FindingsList findings;

    SpecPage(String name, String title, String description, TlsChannelController controller) {
        super(name);
        this.controller = controller;
        setTitle(title);
        setDescription(description);
    }

    @Override
    public final void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        createFields(body);
        findings = new FindingsList(body, "tls." + getName() + ".findings"); //$NON-NLS-1$ //$NON-NLS-2$
        setControl(body);
        update();
    }

    /** The page's fields, two columns (label, control). */
    abstract void createFields(Composite body);

    /** The page's findings for the model as it is now. */
    abstract List<Finding> findings();

    void update() {
        if (findings != null) {
            findings.show(findings(), this);
        }
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            update(); // other pages may have changed what this one checks
        }
    }

    Text text(Composite body, String label, String name, String initial, Consumer<String> setter) {
        new Label(body, SWT.NONE).setText(label);
        Text text = WidgetKeys.name(new Text(body, SWT.BORDER), name);
        text.setText(initial == null ? "" : initial); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(text);
        text.addListener(SWT.Modify, e -> {
            setter.accept(text.getText());
            update();
        });
        return text;
    }

    /** A whole number field; what is not a number is handed on as -1, which the rules refuse. */
    Text number(Composite body, String label, String name, int initial, Consumer<Integer> setter) {
        return text(body, label, name, Integer.toString(initial), value -> {
            int parsed;
            try {
                parsed = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                parsed = -1;
            }
            setter.accept(parsed);
        });
    }

    Combo combo(Composite body, String label, String name, String[] items, String initial, Consumer<String> setter) {
        new Label(body, SWT.NONE).setText(label);
        Combo combo = WidgetKeys.name(new Combo(body, SWT.READ_ONLY), name);
        combo.setItems(items);
        combo.setText(initial);
        combo.addListener(SWT.Selection, e -> {
            setter.accept(combo.getText());
            update();
        });
        return combo;
    }

    Button check(Composite body, String label, String name, boolean initial, Consumer<Boolean> setter) {
        new Label(body, SWT.NONE);
        Button check = WidgetKeys.name(new Button(body, SWT.CHECK), name);
        check.setText(label);
        check.setSelection(initial);
        check.addListener(SWT.Selection, e -> {
            setter.accept(check.getSelection());
            update();
        });
        return check;
    }
}
