package org.mqsec.ui.internal.chlauth;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.chlauth.ChlauthType;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.findings.Severity;
import org.mqsec.ui.internal.FindingsList;
import org.mqsec.ui.internal.WidgetKeys;

/**
 * The form for one channel authentication record. It shows the fields of the chosen TYPE only, and
 * under them the findings for the record as typed (what MQ would refuse, what it leaves open); OK is
 * enabled when there is no error.
 */
final class RecordDialog extends TitleAreaDialog {

    private static final EnumSet<ChlauthType> MAPPINGS = EnumSet.of(ChlauthType.SSLPEERMAP, ChlauthType.ADDRESSMAP,
            ChlauthType.USERMAP, ChlauthType.QMGRMAP);

    /** The fields, in form order, and the types that have each. */
    private enum Field {
        PROFILE(EnumSet.allOf(ChlauthType.class)),
        USERLIST(EnumSet.of(ChlauthType.BLOCKUSER)),
        ADDRLIST(EnumSet.of(ChlauthType.BLOCKADDR)),
        SSLPEER(EnumSet.of(ChlauthType.SSLPEERMAP)),
        SSLCERTI(EnumSet.of(ChlauthType.SSLPEERMAP)),
        CLNTUSER(EnumSet.of(ChlauthType.USERMAP)),
        QMNAME(EnumSet.of(ChlauthType.QMGRMAP)),
        ADDRESS(MAPPINGS),
        USERSRC(MAPPINGS),
        MCAUSER(MAPPINGS),
        CHCKCLNT(EnumSet.of(ChlauthType.SSLPEERMAP, ChlauthType.ADDRESSMAP, ChlauthType.USERMAP)),
        WARN(EnumSet.allOf(ChlauthType.class)),
        DESCR(EnumSet.allOf(ChlauthType.class));

        final Set<ChlauthType> types;

        Field(Set<ChlauthType> types) {
            this.types = types;
        }
    }

    private final RecordSetModel model;
    private final RecordSetModel.Row row;
    private final ChlauthRecord original;
    private final Map<Field, Control[]> rows = new LinkedHashMap<>();
    private Combo type;
    private Text profile;
    private Text userList;
    private Text addrList;
    private Text sslPeer;
    private Text sslCertIssuer;
    private Text clientUser;
    private Text queueManagerName;
    private Text address;
    private Combo userSource;
    private Text mcaUser;
    private Combo checkClient;
    private Button warn;
    private Text description;
    private FindingsList findings;
    private ChlauthRecord result;

    /** @param row the row to edit, or null to add a record */
    RecordDialog(Shell parent, RecordSetModel model, RecordSetModel.Row row) {
        super(parent);
        this.model = model;
        this.row = row;
        this.original = row == null ? null : row.record();
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The record as the user left it when pressing OK. */
    ChlauthRecord result() {
        return result;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(original == null ? Messages.Record_addTitle : Messages.Record_editTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(original == null ? Messages.Record_addTitle : Messages.Record_editTitle);
        Composite body = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);

        type = combo(body, Messages.Record_type, "chlauth.record.type", //$NON-NLS-1$
                Stream.of(ChlauthType.values()).map(Enum::name).toArray(String[]::new), null);
        profile = text(body, Field.PROFILE, Messages.Record_profile, "chlauth.record.profile"); //$NON-NLS-1$
        userList = text(body, Field.USERLIST, Messages.Record_userList, "chlauth.record.userlist"); //$NON-NLS-1$
        addrList = text(body, Field.ADDRLIST, Messages.Record_addrList, "chlauth.record.addrlist"); //$NON-NLS-1$
        sslPeer = text(body, Field.SSLPEER, Messages.Record_sslPeer, "chlauth.record.sslpeer"); //$NON-NLS-1$
        sslCertIssuer = text(body, Field.SSLCERTI, Messages.Record_sslCertIssuer, "chlauth.record.sslcerti"); //$NON-NLS-1$
        clientUser = text(body, Field.CLNTUSER, Messages.Record_clientUser, "chlauth.record.clntuser"); //$NON-NLS-1$
        queueManagerName = text(body, Field.QMNAME, Messages.Record_qmName, "chlauth.record.qmname"); //$NON-NLS-1$
        address = text(body, Field.ADDRESS, Messages.Record_address, "chlauth.record.address"); //$NON-NLS-1$
        userSource = combo(body, Messages.Record_userSource, "chlauth.record.usersrc", //$NON-NLS-1$
                new String[] { "MAP", "NOACCESS", "CHANNEL" }, Field.USERSRC); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        mcaUser = text(body, Field.MCAUSER, Messages.Record_mcaUser, "chlauth.record.mcauser"); //$NON-NLS-1$
        checkClient = combo(body, Messages.Record_checkClient, "chlauth.record.chckclnt", //$NON-NLS-1$
                new String[] { "ASQMGR", "REQUIRED", "REQDADM" }, Field.CHCKCLNT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Label warnCaption = new Label(body, SWT.NONE);
        warn = WidgetKeys.name(new Button(body, SWT.CHECK), "chlauth.record.warn"); //$NON-NLS-1$
        warn.setText(Messages.Record_warn);
        rows.put(Field.WARN, new Control[] { warnCaption, warn });
        description = text(body, Field.DESCR, Messages.Record_description, "chlauth.record.descr"); //$NON-NLS-1$
        findings = new FindingsList(body, "chlauth.record.findings"); //$NON-NLS-1$

        fill(original != null ? original
                : new ChlauthRecord("", ChlauthType.ADDRESSMAP, List.of(), List.of(), "", "", "", "", "", "MAP", "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                        "ASQMGR", false, "", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        type.addListener(SWT.Selection, e -> {
            if (ChlauthType.BLOCKADDR.name().equals(type.getText())) {
                profile.setText("*"); //$NON-NLS-1$
            }
            update();
        });
        userSource.addListener(SWT.Selection, e -> update());
        warn.addListener(SWT.Selection, e -> update());
        for (Text text : new Text[] { profile, userList, addrList, sslPeer, sslCertIssuer, clientUser, queueManagerName, address,
                mcaUser, description }) {
            text.addListener(SWT.Modify, e -> update());
        }
        checkClient.addListener(SWT.Selection, e -> update());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        update();
    }

    private Text text(Composite body, Field field, String label, String name) {
        Label caption = new Label(body, SWT.NONE);
        caption.setText(label);
        Text text = WidgetKeys.name(new Text(body, SWT.BORDER), name);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(text);
        rows.put(field, new Control[] { caption, text });
        return text;
    }

    private Combo combo(Composite body, String label, String name, String[] items, Field field) {
        Label caption = new Label(body, SWT.NONE);
        caption.setText(label);
        Combo combo = WidgetKeys.name(new Combo(body, SWT.READ_ONLY), name);
        combo.setItems(items);
        if (field != null) {
            rows.put(field, new Control[] { caption, combo });
        }
        return combo;
    }

    private void fill(ChlauthRecord record) {
        type.setText(record.type().name());
        profile.setText(record.profile());
        userList.setText(String.join(",", record.userList())); //$NON-NLS-1$
        addrList.setText(String.join(",", record.addressList())); //$NON-NLS-1$
        sslPeer.setText(record.sslPeer());
        sslCertIssuer.setText(record.sslCertIssuer());
        clientUser.setText(record.clientUser());
        queueManagerName.setText(record.queueManagerName());
        address.setText(record.address());
        userSource.setText(record.userSource().isEmpty() ? "MAP" : record.userSource()); //$NON-NLS-1$
        mcaUser.setText(record.mcaUser());
        checkClient.setText(record.checkClient());
        warn.setSelection(record.warn());
        description.setText(record.description());
    }

    /** The record the form describes now; fields the type does not have are left out. */
    private ChlauthRecord record() {
        ChlauthType chosen = ChlauthType.valueOf(type.getText());
        boolean mapping = MAPPINGS.contains(chosen);
        return new ChlauthRecord(profile.getText().strip(), chosen, shown(Field.USERLIST, chosen) ? list(userList) : List.of(),
                shown(Field.ADDRLIST, chosen) ? list(addrList) : List.of(), value(Field.ADDRESS, chosen, address),
                value(Field.SSLPEER, chosen, sslPeer), value(Field.SSLCERTI, chosen, sslCertIssuer),
                value(Field.CLNTUSER, chosen, clientUser), value(Field.QMNAME, chosen, queueManagerName),
                mapping ? userSource.getText() : "", mapping && "MAP".equals(userSource.getText()) ? mcaUser.getText().strip() : "", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                shown(Field.CHCKCLNT, chosen) ? checkClient.getText() : "ASQMGR", //$NON-NLS-1$
                warnApplies(chosen) && warn.getSelection(), description.getText(), original == null ? "" : original.custom()); //$NON-NLS-1$
    }

    private boolean warnApplies(ChlauthType chosen) {
        return !MAPPINGS.contains(chosen) || "NOACCESS".equals(userSource.getText()); //$NON-NLS-1$
    }

    private static boolean shown(Field field, ChlauthType chosen) {
        return field.types.contains(chosen);
    }

    private static String value(Field field, ChlauthType chosen, Text text) {
        return shown(field, chosen) ? text.getText().strip() : ""; //$NON-NLS-1$
    }

    private static List<String> list(Text text) {
        List<String> items = new ArrayList<>();
        for (String item : text.getText().split(",")) { //$NON-NLS-1$
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    /** Shows the type's fields and the findings for the record as it stands. */
    private void update() {
        ChlauthType chosen = ChlauthType.valueOf(type.getText());
        boolean map = "MAP".equals(userSource.getText()); //$NON-NLS-1$
        for (Map.Entry<Field, Control[]> entry : rows.entrySet()) {
            boolean visible = shown(entry.getKey(), chosen) && (entry.getKey() != Field.MCAUSER || map)
                    && (entry.getKey() != Field.WARN || warnApplies(chosen))
                    && (entry.getKey() != Field.CHCKCLNT || !"NOACCESS".equals(userSource.getText())); //$NON-NLS-1$
            for (Control control : entry.getValue()) {
                control.setVisible(visible);
                layoutData(control).exclude = !visible;
            }
        }
        profile.setEditable(chosen != ChlauthType.BLOCKADDR);
        profile.getParent().layout(true);
        ChlauthRecord record = record();
        List<Finding> current = new ArrayList<>(model.findings(record));
        if (model.hasOther(row, record)) {
            current.add(0, Finding.error(Messages.Record_duplicate, Messages.Record_duplicateFix));
        }
        findings.show(current);
        Finding error = current.stream().filter(f -> f.severity() == Severity.ERROR).findFirst().orElse(null);
        setMessage(Messages.bind(Messages.Record_message, chosen), IMessageProvider.INFORMATION);
        setErrorMessage(error == null ? null : error.message());
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(error == null);
        }
    }

    private static GridData layoutData(Control control) {
        if (!(control.getLayoutData() instanceof GridData)) {
            control.setLayoutData(new GridData());
        }
        return (GridData) control.getLayoutData();
    }

    @Override
    protected void okPressed() {
        result = record();
        super.okPressed();
    }
}
