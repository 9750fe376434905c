package org.mqsec.ui.internal.ams;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.mqsec.core.ams.AmsPolicy;
import org.mqsec.core.ams.AmsPolicy.EncryptionAlgorithm;
import org.mqsec.core.ams.AmsPolicy.SignatureAlgorithm;
import org.mqsec.core.ams.AmsPolicyText;
import org.mqsec.core.dn.AmsPolicyNames;
import org.mqsec.core.findings.Finding;
import org.mqsec.ui.internal.FindingsList;
import org.mqsec.ui.internal.WidgetKeys;

/**
 * One policy as a form: its name, algorithms, signer and recipient DNs (picked from key repositories
 * or typed), toleration and key reuse; below, the quality of protection in words, what the putter
 * and the getter each use, the findings, and the policy as MQSC and setmqspl. Every edit is handed to
 * the view at once.
 */
final class PolicyForm {

    private final Composite control;
    private final Text name;
    private final Combo signature;
    private final Combo encryption;
    private final DnList signers;
    private final DnList recipients;
    private final Button tolerate;
    private final Combo keyReuse;
    private final Label protection;
    private final Text roles;
    private final FindingsList findings;
    private final Text rendered;
    private final TabItem findingsTab;
    private final Supplier<String> queueManager;
    private Consumer<AmsPolicy> changed = policy -> { };
    private boolean showing;
    /** Key reuse as last read from its field; kept when the field holds something else. */
    private int keyReuseValue;

    /**
     * @param queueManager the queue manager name setmqspl is rendered for ("" when none is known)
     * @param picker       picks DNs from the certificates the user has open
     */
    PolicyForm(Composite parent, Supplier<String> queueManager, Supplier<List<String>> picker) {
        this.queueManager = queueManager;
        control = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(control);
        name = text(Messages.Form_name, "ams.policy.name"); //$NON-NLS-1$
        signature = combo(Messages.Form_signature, "ams.policy.signature", //$NON-NLS-1$
                Arrays.stream(SignatureAlgorithm.values()).map(SignatureAlgorithm::keyword).toArray(String[]::new), SWT.READ_ONLY);
        encryption = combo(Messages.Form_encryption, "ams.policy.encryption", //$NON-NLS-1$
                Arrays.stream(EncryptionAlgorithm.values()).map(EncryptionAlgorithm::keyword).toArray(String[]::new), SWT.READ_ONLY);
        signers = new DnList(Messages.Form_signers, "ams.policy.signers", picker); //$NON-NLS-1$
        recipients = new DnList(Messages.Form_recipients, "ams.policy.recipients", picker); //$NON-NLS-1$
        new Label(control, SWT.NONE);
        tolerate = WidgetKeys.name(new Button(control, SWT.CHECK), "ams.policy.tolerate"); //$NON-NLS-1$
        tolerate.setText(Messages.Form_tolerate);
        tolerate.addListener(SWT.Selection, e -> edited());
        keyReuse = combo(Messages.Form_keyReuse, "ams.policy.keyreuse", new String[] { "DISABLED", "UNLIMITED", "100" }, SWT.NONE); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

        protection = WidgetKeys.name(new Label(control, SWT.WRAP), "ams.policy.protection"); //$NON-NLS-1$
        protection.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(protection);
        // what each side uses, the findings and the rendering share the space below the fields
        TabFolder tabs = WidgetKeys.name(new TabFolder(control, SWT.TOP), "ams.policy.tabs"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(300, 150).applyTo(tabs);
        roles = WidgetKeys.name(new Text(tabs, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL), "ams.policy.roles"); //$NON-NLS-1$
        tab(tabs, Messages.Form_rolesTab, roles);
        Composite findingsPage = new Composite(tabs, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(findingsPage);
        findings = new FindingsList(findingsPage, "ams.policy.findings"); //$NON-NLS-1$
        findingsTab = tab(tabs, Messages.Form_findingsTab, findingsPage);
        rendered = WidgetKeys.name(new Text(tabs, SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL), "ams.policy.rendered"); //$NON-NLS-1$
        rendered.setFont(JFaceResources.getTextFont());
        tab(tabs, Messages.Form_renderedTab, rendered);
        show(null);
    }

    Composite control() {
        return control;
    }

    void onChange(Consumer<AmsPolicy> listener) {
        changed = listener;
    }

    /** Shows a policy (null: nothing to edit, the form disabled). */
    void show(AmsPolicy policy) {
        showing = true;
        try {
            AmsPolicy shown = policy == null ? new AmsPolicy("", null, null, null, null, false, AmsPolicy.KEY_REUSE_DISABLED) : policy; //$NON-NLS-1$
            name.setText(shown.name());
            signature.setText(shown.signature().keyword());
            encryption.setText(shown.encryption().keyword());
            signers.set(shown.signers());
            recipients.set(shown.recipients());
            tolerate.setSelection(shown.tolerate());
            keyReuse.setText(shown.keyReuseKeyword());
            keyReuseValue = shown.keyReuse();
            for (org.eclipse.swt.widgets.Control child : control.getChildren()) {
                child.setEnabled(policy != null);
            }
            describe(policy, List.of());
        } finally {
            showing = false;
        }
    }

    /** The form as a policy, with what could not be read from it. */
    private AmsPolicy read(List<Finding> problems) {
        try {
            keyReuseValue = AmsPolicy.keyReuseOf(keyReuse.getText());
        } catch (IllegalArgumentException e) {
            problems.add(Finding.error(AmsPolicy.KEY_REUSE_RANGE, "KEYREUSE", e.getMessage(), Messages.Form_keyReuseFix)); //$NON-NLS-1$
        }
        return new AmsPolicy(name.getText(), SignatureAlgorithm.of(signature.getText()).orElse(SignatureAlgorithm.NONE),
                EncryptionAlgorithm.of(encryption.getText()).orElse(EncryptionAlgorithm.NONE), signers.dns(), recipients.dns(),
                tolerate.getSelection(), keyReuseValue);
    }

    private void edited() {
        if (showing) {
            return;
        }
        List<Finding> problems = new ArrayList<>();
        AmsPolicy policy = read(problems);
        describe(policy, problems);
        changed.accept(policy);
    }

    private void describe(AmsPolicy policy, List<Finding> problems) {
        if (policy == null) {
            protection.setText(Messages.Form_nothing);
            roles.setText(""); //$NON-NLS-1$
            findings.show(List.of());
            findingsTab.setText(Messages.Form_findingsTab);
            rendered.setText(""); //$NON-NLS-1$
            return;
        }
        protection.setText(Messages.bind(Messages.Form_protection, policy.protection(), policy.protection().explanation()));
        StringBuilder text = new StringBuilder(Messages.Form_putter).append('\n');
        policy.putterUses().forEach(sentence -> text.append("\u2022 ").append(sentence).append('\n')); //$NON-NLS-1$
        text.append('\n').append(Messages.Form_getter).append('\n');
        policy.getterChecks().forEach(sentence -> text.append("\u2022 ").append(sentence).append('\n')); //$NON-NLS-1$
        roles.setText(text.toString().strip());
        List<Finding> all = new ArrayList<>(problems);
        all.addAll(policy.check());
        findings.show(all);
        findingsTab.setText(all.isEmpty() ? Messages.Form_findingsTab : Messages.Form_findingsTab + " (" + all.size() + ')'); //$NON-NLS-1$
        rendered.setText(render(policy, all));
        control.layout(true, true);
    }

    /** MQSC and setmqspl for the policy; nothing while MQ would refuse it. */
    private String render(AmsPolicy policy, List<Finding> all) {
        if (Finding.hasErrors(all)) {
            return Messages.Form_notRendered;
        }
        String qmgr = queueManager.get();
        return policy.step().toMqsc() + "\n" //$NON-NLS-1$
                + (qmgr.isBlank() ? Messages.Form_setmqsplNeedsQmgr : AmsPolicyText.setmqspl(qmgr, policy));
    }

    /** Renders again (the queue manager name changed). */
    void refreshRendering() {
        if (name.isEnabled()) {
            edited();
        }
    }

    private static TabItem tab(TabFolder tabs, String title, org.eclipse.swt.widgets.Control content) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(content);
        return item;
    }

    private Text text(String label, String key) {
        new Label(control, SWT.NONE).setText(label);
        Text field = WidgetKeys.name(new Text(control, SWT.BORDER), key);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(field);
        field.addListener(SWT.Modify, e -> edited());
        return field;
    }

    private Combo combo(String label, String key, String[] items, int style) {
        new Label(control, SWT.NONE).setText(label);
        Combo combo = WidgetKeys.name(new Combo(control, SWT.DROP_DOWN | style), key);
        combo.setItems(items);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        combo.addListener(SWT.Modify, e -> edited());
        combo.addListener(SWT.Selection, e -> edited());
        return combo;
    }

    /** A list of DNs with Pick, Type and Remove buttons. */
    private final class DnList {

        private final org.eclipse.swt.widgets.List list;

        DnList(String label, String key, Supplier<List<String>> picker) {
            Label title = new Label(control, SWT.NONE);
            title.setText(label);
            GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(title);
            Composite box = new Composite(control, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(4).applyTo(box);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
            list = WidgetKeys.name(new org.eclipse.swt.widgets.List(box, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL), key);
            GridDataFactory.fillDefaults().grab(true, false).hint(200, 44).applyTo(list);
            for (Button button : new Button[] {
                    WidgetKeys.pushButton(box, key + ".pick", Messages.Form_pick, () -> add(picker.get())), //$NON-NLS-1$
                    WidgetKeys.pushButton(box, key + ".type", Messages.Form_type, this::type), //$NON-NLS-1$
                    WidgetKeys.pushButton(box, key + ".remove", Messages.Form_remove, () -> { //$NON-NLS-1$
                        list.remove(list.getSelectionIndices());
                        edited();
                    }) }) {
                GridDataFactory.swtDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(button);
            }
        }

        void set(List<String> dns) {
            list.setItems(dns.toArray(String[]::new));
        }

        List<String> dns() {
            return List.of(list.getItems());
        }

        private void add(List<String> dns) {
            boolean added = false;
            for (String dn : dns) {
                if (!dns().contains(dn)) {
                    list.add(dn);
                    added = true;
                }
            }
            if (added) {
                edited();
            }
        }

        /** A DN typed by hand, checked as AMS reads it before it is taken. */
        private void type() {
            InputDialog dialog = new InputDialog(control.getShell(), Messages.Form_typeTitle, Messages.Form_typeMessage, "", //$NON-NLS-1$
                    text -> {
                        return AmsPolicyNames.parse(text).findings().stream().filter(f -> Finding.hasErrors(List.of(f)))
                                .map(Finding::message).findFirst().orElse(null);
                    });
            if (dialog.open() == Window.OK) {
                add(List.of(dialog.getValue().strip()));
            }
        }
    }
}
