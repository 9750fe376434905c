package org.mqsec.ui.internal.tokens;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.part.ViewPart;
import org.mqsec.core.dn.DistinguishedName;
import org.mqsec.core.tls.HardwareKeySettings;
import org.mqsec.crypto.certificates.CertificateProfile;
import org.mqsec.crypto.certificates.CertificateTemplate;
import org.mqsec.crypto.keystore.CertificateExport;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.operations.ReceiveReplyOperation;
import org.mqsec.crypto.pkcs11.Pkcs11Module;
import org.mqsec.crypto.pkcs11.Pkcs11Modules;
import org.mqsec.crypto.pkcs11.TokenBrowser;
import org.mqsec.crypto.pkcs11.TokenEntry;
import org.mqsec.crypto.pkcs11.TokenInfoView;
import org.mqsec.crypto.pkcs11.TokenObject;
import org.mqsec.crypto.pkcs11.TokenOperations;
import org.mqsec.crypto.pkcs11.TokenSelector;
import org.mqsec.ui.TokenJobs;
import org.mqsec.ui.internal.FileChoosers;
import org.mqsec.ui.internal.KeyRepositoryWork;
import org.mqsec.ui.internal.WidgetKeys;
import org.mqsec.ui.internal.keystore.NewPasswordDialog;
import org.mqsec.ui.internal.keystore.PasswordDialog;
import org.mqsec.ui.internal.keystore.RememberedPasswords;

/**
 * PKCS#11 tokens as key repositories: the configured and usual modules with their tokens and flags;
 * every object of the chosen token paired into entries (those Java's KeyStore would hide marked);
 * log in with the user PIN (optionally remembered in secure storage), generate key pairs on the token,
 * write a CA's reply beside its key, delete, change the PIN; and for a key with its certificate the
 * SSLCRYP, mqclient.ini and keystore.conf settings MQ needs. All PKCS#11 work runs in Jobs.
 */
public final class TokensView extends ViewPart {

    public static final String ID = "org.mqsec.ui.tokensView"; //$NON-NLS-1$
    private static final String REMEMBERED = "org.mqsec/tokens"; //$NON-NLS-1$

    private final Map<Pkcs11Module, List<TokenInfoView>> slots = new LinkedHashMap<>();
    private final Map<Pkcs11Module, String> problems = new HashMap<>();
    /** The PINs of the tokens logged in, by library and token label, while the view is open. */
    private final Map<String, char[]> pins = new HashMap<>();
    private List<Pkcs11Module> configured = List.of();
    private Pkcs11Module module;
    private TokenInfoView token;
    /** The library and label of a token to choose once the modules are loaded; null when none. */
    private String[] pending;
    private TokenBrowser.Contents contents;
    private Label summary;
    private Tree tree;
    private Label status;
    private Table objects;
    private Text details;
    private Button login;
    private Button logout;
    private Button genkey;
    private Button writeCertificates;
    private Button delete;
    private Button export;
    private Button passwd;

    /** The token last read, with what was read of it, for pickers in other views; null when none is read. */
    public TokenBrowser.Contents contents() {
        return contents;
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.swtDefaults().applyTo(parent);
        summary = WidgetKeys.name(new Label(parent, SWT.WRAP), "tokens.summary"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(summary);
        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(10).applyTo(buttons);
        WidgetKeys.pushButton(buttons, "tokens.addModule", Messages.View_addModule, this::addModule); //$NON-NLS-1$
        WidgetKeys.pushButton(buttons, "tokens.removeModule", Messages.View_removeModule, this::removeModule); //$NON-NLS-1$
        WidgetKeys.pushButton(buttons, "tokens.refresh", Messages.View_refresh, this::loadModules); //$NON-NLS-1$
        login = WidgetKeys.pushButton(buttons, "tokens.login", Messages.View_login, this::logIn); //$NON-NLS-1$
        logout = WidgetKeys.pushButton(buttons, "tokens.logout", Messages.View_logout, this::logOut); //$NON-NLS-1$
        genkey = WidgetKeys.pushButton(buttons, "tokens.genkey", Messages.View_genkey, this::generate); //$NON-NLS-1$
        writeCertificates = WidgetKeys.pushButton(buttons, "tokens.writeCertificates", Messages.View_writeCertificates, this::writeCertificates); //$NON-NLS-1$
        export = WidgetKeys.pushButton(buttons, "tokens.export", Messages.View_export, this::export); //$NON-NLS-1$
        delete = WidgetKeys.pushButton(buttons, "tokens.delete", Messages.View_delete, this::deleteEntry); //$NON-NLS-1$
        passwd = WidgetKeys.pushButton(buttons, "tokens.passwd", Messages.View_passwd, this::changePin); //$NON-NLS-1$

        SashForm columns = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(columns);
        tree = WidgetKeys.name(new Tree(columns, SWT.BORDER | SWT.SINGLE), "tokens.tree"); //$NON-NLS-1$
        tree.addListener(SWT.Selection, e -> chooseToken());
        Composite right = new Composite(columns, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(right);
        status = WidgetKeys.name(new Label(right, SWT.WRAP), "tokens.status"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(status);
        SashForm rows = new SashForm(right, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(rows);
        objects = WidgetKeys.name(new Table(rows, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "tokens.objects"); //$NON-NLS-1$
        objects.setHeaderVisible(true);
        for (String[] column : new String[][] { { Messages.View_columnEntry, "170" }, { Messages.View_columnLabel, "130" }, //$NON-NLS-1$ //$NON-NLS-2$
                { Messages.View_columnId, "130" }, { Messages.View_columnKey, "90" }, { Messages.View_columnCertificate, "220" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                { Messages.View_columnJava, "90" } }) { //$NON-NLS-1$
            TableColumn tableColumn = new TableColumn(objects, SWT.NONE);
            tableColumn.setText(column[0]);
            tableColumn.setWidth(Integer.parseInt(column[1]));
        }
        objects.addListener(SWT.Selection, e -> showEntry());
        details = WidgetKeys.name(new Text(rows, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL), "tokens.details"); //$NON-NLS-1$
        rows.setWeights(55, 45);
        columns.setWeights(28, 72);
        enableButtons();
        loadModules();
    }

    @Override
    public void setFocus() {
        tree.setFocus();
    }

    @Override
    public void dispose() {
        pins.values().forEach(pin -> Arrays.fill(pin, '\0'));
        pins.clear();
        super.dispose();
    }

    private String key() {
        return module.library() + "/" + token.label(); //$NON-NLS-1$
    }

    private void enableButtons() {
        boolean chosen = token != null;
        boolean loggedIn = chosen && pins.containsKey(key());
        login.setEnabled(chosen && !loggedIn);
        logout.setEnabled(loggedIn);
        genkey.setEnabled(loggedIn);
        writeCertificates.setEnabled(loggedIn);
        passwd.setEnabled(loggedIn);
        delete.setEnabled(loggedIn && selectedEntry() != null);
        export.setEnabled(chosen && selectedEntry() != null);
    }

    /** The configured modules and the usual ones installed here, each loaded with its slots, in a Job. */
    private void loadModules() {
        summary.setText(Messages.View_loading);
        new KeyRepositoryWork<TokenModules.Loaded>(Messages.View_loadJob, TokenJobs.READ, monitor -> TokenModules.load())
                .runThen(summary.getDisplay(), loaded -> {
                    if (summary.isDisposed()) {
                        return;
                    }
                    configured = loaded.configured();
                    slots.clear();
                    slots.putAll(loaded.slots());
                    problems.clear();
                    problems.putAll(loaded.problems());
                    fillTree();
                    selectPending();
                }, failure -> summary.setText(KeyRepositoryWork.inWords(failure)));
    }

    /**
     * Chooses a token (the security navigator's double-click): at once when the modules are loaded,
     * else once they are.
     */
    public void select(String library, String tokenLabel) {
        pending = new String[] { library, tokenLabel };
        selectPending();
    }

    private void selectPending() {
        if (pending == null) {
            return;
        }
        for (TreeItem moduleItem : tree.getItems()) {
            if (moduleItem.getData() instanceof Pkcs11Module each && each.library().equals(pending[0])) {
                for (TreeItem tokenItem : moduleItem.getItems()) {
                    if (tokenItem.getData() instanceof TokenInfoView slot && slot.label().equals(pending[1])) {
                        pending = null;
                        tree.setSelection(tokenItem);
                        chooseToken();
                        return;
                    }
                }
            }
        }
    }

    private void fillTree() {
        tree.removeAll();
        int tokens = 0;
        for (Map.Entry<Pkcs11Module, List<TokenInfoView>> each : slots.entrySet()) {
            TreeItem moduleItem = new TreeItem(tree, SWT.NONE);
            moduleItem.setText(each.getKey().name() + " (" + each.getKey().library() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
            moduleItem.setData(each.getKey());
            for (TokenInfoView slot : each.getValue()) {
                if (slot.present() && slot.initialized() && each.getKey().shows(slot.label())) {
                    TreeItem tokenItem = new TreeItem(moduleItem, SWT.NONE);
                    tokenItem.setText(tokenText(slot));
                    tokenItem.setData(slot);
                    tokens++;
                }
            }
            moduleItem.setExpanded(true);
        }
        problems.forEach((each, problem) -> {
            TreeItem moduleItem = new TreeItem(tree, SWT.NONE);
            moduleItem.setText(Messages.bind(Messages.View_moduleFailed, each.name(), problem));
            moduleItem.setData(each);
        });
        summary.setText(Messages.bind(Messages.View_summary, new Object[] { slots.size() + problems.size(), tokens, Pkcs11Modules.defaultFile() }));
        summary.getParent().layout(true, true);
    }

    private static String tokenText(TokenInfoView slot) {
        StringBuilder text = new StringBuilder(slot.label()).append(" — ").append(slot.model()); //$NON-NLS-1$
        if (slot.pinLocked()) {
            text.append(" [").append(Messages.View_pinLocked).append(']'); //$NON-NLS-1$
        } else if (slot.pinFinalTry()) {
            text.append(" [").append(Messages.View_pinFinalTry).append(']'); //$NON-NLS-1$
        } else if (slot.pinCountLow()) {
            text.append(" [").append(Messages.View_pinCountLow).append(']'); //$NON-NLS-1$
        }
        return text.toString();
    }

    private void chooseToken() {
        TreeItem[] selection = tree.getSelection();
        if (selection.length == 0 || !(selection[0].getData() instanceof TokenInfoView chosen)) {
            token = null;
            enableButtons();
            return;
        }
        module = (Pkcs11Module) selection[0].getParentItem().getData();
        token = chosen;
        readToken();
    }

    /** Reads the chosen token: with its PIN when logged in, else its public objects. */
    private void readToken() {
        Pkcs11Module readModule = module;
        TokenInfoView readToken = token;
        char[] pin = pins.get(key());
        char[] copy = pin == null ? null : pin.clone();
        status.setText(Messages.bind(Messages.View_reading, readToken.label()));
        new KeyRepositoryWork<>(Messages.bind(Messages.View_readJob, readToken.label()), TokenJobs.READ, monitor -> {
            try {
                return TokenBrowser.read(readModule.library(), TokenSelector.slot(readToken.slotId()), copy, monitor);
            } finally {
                if (copy != null) {
                    Arrays.fill(copy, '\0');
                }
            }
        }).runThen(status.getDisplay(), read -> {
            if (status.isDisposed() || token != readToken) {
                return;
            }
            contents = read;
            showContents();
        }, failure -> {
            if (!status.isDisposed()) {
                status.setText(KeyRepositoryWork.inWords(failure));
                status.getParent().layout(true, true);
            }
        });
    }

    private void showContents() {
        objects.removeAll();
        for (TokenEntry entry : contents.entries()) {
            TableItem item = new TableItem(objects, SWT.NONE);
            item.setText(new String[] { kindText(entry.kind()), entry.label(), entry.id(), entry.keyDescription(), entry.certificateSubject(),
                    entry.visibleToJavaKeyStore() ? Messages.View_shown : Messages.View_hidden });
            item.setData(entry);
        }
        status.setText(Messages.bind(contents.loggedIn() ? Messages.View_loggedIn : Messages.View_publicOnly,
                new Object[] { contents.token().label(), contents.objects().size(), contents.entries().size() }));
        status.getParent().layout(true, true);
        details.setText(""); //$NON-NLS-1$
        enableButtons();
    }

    private static String kindText(TokenEntry.Kind kind) {
        return switch (kind) {
            case KEY_AND_CERTIFICATE -> Messages.View_keyAndCertificate;
            case KEY_WITHOUT_CERTIFICATE -> Messages.View_keyWithoutCertificate;
            case CERTIFICATE_ONLY -> Messages.View_certificateOnly;
            case PUBLIC_KEY_ONLY -> Messages.View_publicKeyOnly;
            case SECRET_KEY -> Messages.View_secretKey;
            case OTHER -> Messages.View_other;
        };
    }

    private TokenEntry selectedEntry() {
        TableItem[] selection = objects.getSelection();
        return selection.length == 0 ? null : (TokenEntry) selection[0].getData();
    }

    /** The selected entry's objects, and for a key with its certificate what MQ needs to use it. */
    private void showEntry() {
        TokenEntry entry = selectedEntry();
        enableButtons();
        if (entry == null) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (TokenObject object : new TokenObject[] { entry.privateKey(), entry.certificate(), entry.publicKey() }) {
            if (object != null) {
                text.append(Messages.bind(Messages.View_object, new Object[] { object.kind(), object.label(), object.id(),
                        object.flags().stream().map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).sorted().toList() })).append('\n');
            }
        }
        if (!entry.visibleToJavaKeyStore()) {
            text.append(Messages.View_hiddenExplained).append('\n');
        }
        if (entry.kind() == TokenEntry.Kind.KEY_AND_CERTIFICATE) {
            HardwareKeySettings settings = new HardwareKeySettings(module.library(), contents.token().label(), entry.certificate().label(), null, false);
            text.append('\n').append(Messages.View_forQueueManager).append('\n').append(settings.queueManagerMqsc());
            text.append('\n').append(Messages.View_forClient).append('\n').append(settings.mqclientIni());
            text.append('\n').append(Messages.View_forAms).append('\n').append(settings.keystoreConf());
        }
        details.setText(text.toString());
    }

    private PasswordDialog.Texts pinTexts() {
        return new PasswordDialog.Texts(Messages.Pin_title, Messages.Pin_message, Messages.Pin_login);
    }

    /** Asks for the PIN (or takes the remembered one) and reads the token with it; a wrong PIN is told in place. */
    private void logIn() {
        String storage = key();
        char[] pin = RememberedPasswords.get(REMEMBERED, storage);
        boolean remember = false;
        if (pin == null) {
            PasswordDialog dialog = new PasswordDialog(getSite().getShell(), Messages.bind(Messages.Pin_token, token.label()), false, pinTexts());
            if (dialog.open() != Window.OK) {
                return;
            }
            pin = dialog.password();
            remember = dialog.rememberChosen();
        }
        char[] tried = pin;
        boolean keep = remember;
        TokenInfoView loggingIn = token;
        Pkcs11Module in = module;
        char[] copy = tried.clone();
        new KeyRepositoryWork<>(Messages.bind(Messages.View_loginJob, loggingIn.label()), TokenJobs.READ, monitor -> {
            try {
                return TokenBrowser.read(in.library(), TokenSelector.slot(loggingIn.slotId()), copy, monitor);
            } finally {
                Arrays.fill(copy, '\0');
            }
        }).runThen(status.getDisplay(), read -> {
            pins.put(in.library() + "/" + loggingIn.label(), tried); //$NON-NLS-1$
            if (keep) {
                RememberedPasswords.put(REMEMBERED, storage, tried);
            }
            if (!status.isDisposed() && token == loggingIn) {
                contents = read;
                showContents();
            }
        }, failure -> {
            Arrays.fill(tried, '\0');
            RememberedPasswords.forget(REMEMBERED, storage);
            if (!status.isDisposed()) {
                status.setText(KeyRepositoryWork.inWords(failure));
                status.getParent().layout(true, true);
            }
        });
    }

    private void logOut() {
        char[] pin = pins.remove(key());
        if (pin != null) {
            Arrays.fill(pin, '\0');
        }
        readToken();
    }

    private TokenOperations.Target target() {
        return new TokenOperations.Target(module.library(), TokenSelector.slot(token.slotId()));
    }

    /** Runs a change with a copy of the PIN, then reads the token again; a failure is told in place. */
    private <R> void change(String job, KeyRepositoryWork.Work<R> work, java.util.function.Consumer<R> then) {
        new KeyRepositoryWork<>(job, TokenJobs.WRITE, work).runThen(status.getDisplay(), result -> {
            if (!status.isDisposed()) {
                then.accept(result);
                readToken();
            }
        }, failure -> {
            if (!status.isDisposed()) {
                status.setText(KeyRepositoryWork.inWords(failure));
                status.getParent().layout(true, true);
            }
        });
    }

    private char[] pinCopy() {
        return pins.get(key()).clone();
    }

    private void generate() {
        List<String> taken = contents == null ? List.of() : contents.objects().stream().map(TokenObject::label).distinct().toList();
        GenerateKeyDialog dialog = new GenerateKeyDialog(getSite().getShell(), taken);
        if (dialog.open() != Window.OK) {
            return;
        }
        GenerateKeyDialog.Request request = dialog.result();
        TokenOperations.Target target = target();
        char[] pin = pinCopy();
        change(Messages.bind(Messages.View_genkeyJob, request.label()), monitor -> {
            try {
                SecureRandom random = new SecureRandom();
                TokenEntry entry = TokenOperations.generateKeyPair(target, pin, request.label(), request.key(), random);
                if (!request.subject().isEmpty()) {
                    TokenOperations.selfSign(target, pin, request.label(), CertificateTemplate.typed(DistinguishedName.parse(request.subject()),
                            List.of(), CertificateProfile.TLS_SERVER_AND_CLIENT, request.days(), request.key().defaultHash()), random);
                }
                return entry;
            } finally {
                Arrays.fill(pin, '\0');
            }
        }, entry -> details.setText(Messages.bind(Messages.View_generated, entry.label(), entry.id())));
    }

    private void writeCertificates() {
        Path file = FileChoosers.chooseOne(getSite().getShell(),
                FileChoosers.Request.open(Messages.View_writeCertificatesTitle, "*.pem;*.crt;*.cer;*.der;*.p7b", "*")); //$NON-NLS-1$ //$NON-NLS-2$
        if (file == null) {
            return;
        }
        TokenOperations.Target target = target();
        char[] pin = pinCopy();
        change(Messages.bind(Messages.View_writeJob, file.getFileName()), monitor -> {
            try {
                return TokenOperations.writeCertificates(target, pin, ReceiveReplyOperation.certificatesIn(file, SubMonitor.convert(monitor)));
            } finally {
                Arrays.fill(pin, '\0');
            }
        }, written -> details.setText(Messages.bind(Messages.View_written, written.size(), String.join(", ", written)))); //$NON-NLS-1$
    }

    private void deleteEntry() {
        TokenEntry entry = selectedEntry();
        if (entry == null || !MessageDialog.openConfirm(getSite().getShell(), Messages.View_deleteTitle,
                Messages.bind(Messages.View_deleteQuestion, entry.label(), token.label()))) {
            return;
        }
        TokenOperations.Target target = target();
        char[] pin = pinCopy();
        change(Messages.bind(Messages.View_deleteJob, entry.label()), monitor -> {
            try {
                return TokenOperations.delete(target, pin, entry.label());
            } finally {
                Arrays.fill(pin, '\0');
            }
        }, count -> details.setText(Messages.bind(Messages.View_deleted, count, entry.label())));
    }

    private void changePin() {
        char[] newPin = NewPasswordDialog.ask(getSite().getShell(), Messages.View_passwdTitle, Messages.bind(Messages.View_passwdMessage, token.label()));
        if (newPin == null) {
            return;
        }
        TokenOperations.Target target = target();
        char[] pin = pinCopy();
        char[] keep = newPin.clone();
        String storage = key();
        change(Messages.bind(Messages.View_passwdJob, token.label()), monitor -> {
            try {
                TokenOperations.changePin(target, pin, newPin);
                return Boolean.TRUE;
            } finally {
                Arrays.fill(pin, '\0');
                Arrays.fill(newPin, '\0');
            }
        }, done -> {
            char[] old = pins.put(storage, keep);
            if (old != null) {
                Arrays.fill(old, '\0');
            }
            RememberedPasswords.forget(REMEMBERED, storage);
            details.setText(Messages.View_pinChanged);
        });
    }

    /** The selected entry's certificate (or public key) to a file; private keys never leave the token. */
    private void export() {
        TokenEntry entry = selectedEntry();
        if (entry == null) {
            return;
        }
        Path file = FileChoosers.chooseOne(getSite().getShell(),
                FileChoosers.Request.save(Messages.View_exportTitle, entry.label() + ".pem", "*.pem;*.crt", "*.der;*.cer", "*")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        if (file == null) {
            return;
        }
        TokenOperations.Target target = target();
        char[] pin = pins.containsKey(key()) ? pinCopy() : null;
        change(Messages.bind(Messages.View_exportJob, entry.label()), monitor -> {
            try {
                TokenOperations.Exportable exportable = TokenOperations.exportable(target, pin, entry.label());
                if (exportable.certificate() != null) {
                    CertificateExport.write(exportable.certificate(), CertificateExport.Encoding.forFileName(file.getFileName().toString()), file);
                } else {
                    CertificateExport.writeText(file, CertificateExport.publicKeyPem(exportable.publicKey()));
                }
                return exportable.certificate() != null;
            } catch (IOException e) {
                throw new KeyRepositoryException(KeyRepositoryException.Problem.WRITE_FAILED, Messages.bind(Messages.View_exportFailed, file,
                        e.getMessage()), ""); //$NON-NLS-1$
            } finally {
                if (pin != null) {
                    Arrays.fill(pin, '\0');
                }
            }
        }, certificate -> details.setText(Messages.bind(certificate ? Messages.View_exportedCertificate : Messages.View_exportedKey,
                entry.label(), file)));
    }

    /** Removes a configured module from the file mqsec shares; modules found on this machine stay. */
    private void removeModule() {
        TreeItem[] selection = tree.getSelection();
        Pkcs11Module chosen = selection.length == 0 ? null
                : selection[0].getData() instanceof Pkcs11Module direct ? direct
                : selection[0].getParentItem() != null ? (Pkcs11Module) selection[0].getParentItem().getData() : null;
        if (chosen == null) {
            return;
        }
        if (!configured.contains(chosen)) {
            MessageDialog.openInformation(getSite().getShell(), Messages.View_removeModule, Messages.bind(Messages.View_detectedModule, chosen.name()));
            return;
        }
        List<Pkcs11Module> updated = new ArrayList<>(configured);
        updated.remove(chosen);
        saveModules(updated);
    }

    /** Adds a module to the modules file mqsec shares, in a Job, then loads the modules again. */
    private void addModule() {
        ModuleDialog dialog = new ModuleDialog(getSite().getShell());
        if (dialog.open() != Window.OK) {
            return;
        }
        List<Pkcs11Module> updated = new ArrayList<>(configured);
        updated.add(dialog.result());
        saveModules(updated);
    }

    private void saveModules(List<Pkcs11Module> updated) {
        new KeyRepositoryWork<>(Messages.View_saveModulesJob, TokenJobs.WRITE, monitor -> {
            TokenModules.save(updated);
            return updated;
        }).runThen(summary.getDisplay(), saved -> loadModules(), failure -> summary.setText(KeyRepositoryWork.inWords(failure)));
    }
}
