package org.mqsec.ui.internal.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.mqsec.core.plan.QueueManagerState;
import org.mqsec.qmgr.target.ConnectionProfile;
import org.mqsec.ui.internal.Icons;
import org.mqsec.ui.internal.WidgetKeys;
import org.mqsec.ui.internal.KeyRepositoryWork;
import org.mqsec.ui.internal.tokens.TokenModules;
import org.mqsec.ui.internal.tokens.TokensView;
import org.mqsec.ui.TokenJobs;
import org.mqsec.crypto.pkcs11.Pkcs11Module;
import org.mqsec.crypto.pkcs11.TokenInfoView;
import org.mqsec.ui.internal.qmgr.QueueManagersView;
import org.mqsec.ui.internal.ams.AmsPolicyView;
import org.mqsec.ui.internal.chlauth.ChlauthView;
import org.mqsec.ui.internal.keystore.KeyRepositoryEditors;
import org.mqsec.ui.internal.qmgr.ProfileChooser;
import org.mqsec.ui.internal.qmgr.ProfilesFile;

/**
 * The queue managers this workbench knows (its connection profiles, and dumps loaded here), each with
 * the parts of its security under it: overview, key repository, channels, channel authentication,
 * AMS policies, certificates. Double-click opens the matching view on that queue manager (read once
 * through its profile, then kept until Refresh), or the key repository editor for SSLKEYR when the
 * file is reachable from this machine.
 */
public final class SecurityNavigator extends ViewPart {

    public static final String ID = "org.mqsec.ui.securityNavigator"; //$NON-NLS-1$

    /** The parts shown under each queue manager. */
    public enum Area {
        OVERVIEW, KEY_REPOSITORY, CHANNELS, CHLAUTH, AMS, CERTIFICATES;

        String icon() {
            return switch (this) {
                case OVERVIEW -> Icons.SECURITY;
                case KEY_REPOSITORY -> Icons.KEYSTORE;
                case CHANNELS -> Icons.TLS_CHANNEL;
                case CHLAUTH -> Icons.CHLAUTH;
                case AMS -> Icons.AMS;
                case CERTIFICATES -> Icons.REPORT;
            };
        }

        String label() {
            return switch (this) {
                case OVERVIEW -> Messages.Navigator_overview;
                case KEY_REPOSITORY -> Messages.Navigator_keyRepository;
                case CHANNELS -> Messages.Navigator_channels;
                case CHLAUTH -> Messages.Navigator_chlauth;
                case AMS -> Messages.Navigator_ams;
                case CERTIFICATES -> Messages.Navigator_certificates;
            };
        }
    }

    /** A queue manager: from a profile (state read on first use) or a dump (state at hand). */
    static final class QueueManagerNode {
        final ConnectionProfile profile;
        final String name;
        QueueManagerState state;

        QueueManagerNode(ConnectionProfile profile, String name, QueueManagerState state) {
            this.profile = profile;
            this.name = name;
            this.state = state;
        }
    }

    /** A part of one queue manager's security. */
    record AreaNode(QueueManagerNode queueManager, Area area) {
    }

    /** The PKCS#11 tokens beside the queue managers: one node, the tokens under it. */
    enum TokensNode {
        INSTANCE
    }

    /** A token of a PKCS#11 module. */
    record TokenNode(Pkcs11Module module, TokenInfoView token) {
    }

    private final List<QueueManagerNode> nodes = new ArrayList<>();
    private final List<QueueManagerNode> dumps = new ArrayList<>();
    private List<TokenNode> tokens = List.of();
    /** Whether the tokens were listed: the first expansion of their node lists them (loading PKCS#11 libraries only when asked). */
    private boolean tokensListed;
    private Label summary;
    private Composite welcome;
    private TreeViewer tree;
    private LocalResourceManager images;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.swtDefaults().applyTo(parent);
        summary = WidgetKeys.name(new Label(parent, SWT.WRAP), "navigator.summary"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(summary);
        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
        WidgetKeys.pushButton(buttons, "navigator.refresh", Messages.Navigator_refresh, this::loadProfiles); //$NON-NLS-1$
        WidgetKeys.pushButton(buttons, "navigator.loadDump", Messages.View_loadDump, this::loadDump); //$NON-NLS-1$
        welcome = welcome(parent);
        tree = new TreeViewer(parent, SWT.BORDER | SWT.SINGLE);
        images(parent);
        WidgetKeys.name(tree.getTree(), "navigator.tree"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.getControl());
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                List<Object> elements = new ArrayList<>(nodes);
                elements.add(TokensNode.INSTANCE);
                return elements.toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                if (parentElement instanceof QueueManagerNode node) {
                    return java.util.Arrays.stream(Area.values()).map(area -> new AreaNode(node, area)).toArray();
                }
                return parentElement == TokensNode.INSTANCE ? tokens.toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return element instanceof AreaNode area ? area.queueManager() : element instanceof TokenNode ? TokensNode.INSTANCE : null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof QueueManagerNode || element == TokensNode.INSTANCE;
            }
        });
        tree.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof QueueManagerNode node) {
                    return node.name;
                }
                if (element == TokensNode.INSTANCE) {
                    return Messages.Navigator_tokens;
                }
                if (element instanceof TokenNode token) {
                    return Messages.bind(Messages.Navigator_token, token.token().label(), token.module().name());
                }
                return ((AreaNode) element).area().label();
            }

            @Override
            public Image getImage(Object element) {
                String icon = element instanceof AreaNode area ? area.area().icon()
                        : element instanceof TokenNode || element == TokensNode.INSTANCE ? Icons.TOKEN : Icons.QUEUE_MANAGER;
                return images.create(Icons.descriptor(icon));
            }
        });
        tree.setInput(nodes);
        tree.addTreeListener(new org.eclipse.jface.viewers.ITreeViewerListener() {
            @Override
            public void treeExpanded(org.eclipse.jface.viewers.TreeExpansionEvent event) {
                if (event.getElement() == TokensNode.INSTANCE && !tokensListed) {
                    loadTokens();
                }
            }

            @Override
            public void treeCollapsed(org.eclipse.jface.viewers.TreeExpansionEvent event) {
                // nothing to do
            }
        });
        tree.addDoubleClickListener(event -> {
            Object chosen = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (chosen instanceof AreaNode area) {
                open(area.queueManager(), area.area());
            } else if (chosen instanceof QueueManagerNode node) {
                open(node, Area.OVERVIEW);
            } else if (chosen instanceof TokenNode token) {
                openToken(token);
            }
        });
        loadProfiles();
    }

    /**
     * What the product does and its three first steps, shown while the navigator has no queue
     * manager (the first start): open a key repository, make a TLS channel, add a queue manager.
     */
    private Composite welcome(Composite parent) {
        Composite panel = WidgetKeys.name(new Composite(parent, SWT.NONE), "navigator.welcome"); //$NON-NLS-1$
        GridLayoutFactory.fillDefaults().applyTo(panel);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(panel);
        Label title = new Label(panel, SWT.WRAP);
        title.setText(Messages.Welcome_title);
        title.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(title);
        Label text = new Label(panel, SWT.WRAP);
        text.setText(Messages.Welcome_text);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
        step(panel, "navigator.welcome.openKeyRepository", Messages.Welcome_openKeyRepository, Icons.KEYSTORE, //$NON-NLS-1$
                () -> command("org.mqsec.ui.openKeyRepository")); //$NON-NLS-1$
        step(panel, "navigator.welcome.newTlsChannel", Messages.Welcome_newTlsChannel, Icons.TLS_CHANNEL, //$NON-NLS-1$
                () -> command("org.mqsec.ui.newTlsChannel")); //$NON-NLS-1$
        step(panel, "navigator.welcome.addQueueManager", Messages.Welcome_addQueueManager, Icons.QUEUE_MANAGER, this::addQueueManager); //$NON-NLS-1$
        return panel;
    }

    private void step(Composite panel, String key, String label, String icon, Runnable action) {
        org.eclipse.swt.widgets.Button button = WidgetKeys.pushButton(panel, key, label, action);
        button.setImage(images(panel).create(Icons.descriptor(icon)));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
    }

    private LocalResourceManager images(Composite owner) {
        if (images == null) {
            images = new LocalResourceManager(JFaceResources.getResources(), owner);
        }
        return images;
    }

    private void showWelcome(boolean show) {
        ((GridData) welcome.getLayoutData()).exclude = !show;
        welcome.setVisible(show);
        welcome.getParent().layout(true, true);
    }

    private void command(String id) {
        try {
            getSite().getService(IHandlerService.class).executeCommand(id, null);
        } catch (CommandException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Navigator_title, e.getMessage());
        }
    }

    /** The Queue Managers view with its new-profile dialog; Refresh here then lists the profile. */
    private void addQueueManager() {
        try {
            ((QueueManagersView) getSite().getPage().showView(QueueManagersView.ID)).addProfile();
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Navigator_title, e.getMessage());
        }
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    /** The tokens of the configured and detected PKCS#11 modules, listed in a Job beside the queue managers. */
    private void loadTokens() {
        tokensListed = true;
        new KeyRepositoryWork<TokenModules.Loaded>(Messages.Navigator_tokensJob, TokenJobs.READ, monitor -> TokenModules.load())
                .runThen(getSite().getShell().getDisplay(), loaded -> {
                    if (summary.isDisposed()) {
                        return;
                    }
                    List<TokenNode> found = new ArrayList<>();
                    loaded.tokens().forEach((module, list) -> list.forEach(token -> found.add(new TokenNode(module, token))));
                    tokens = found;
                    tree.refresh();
                    tree.setExpandedState(TokensNode.INSTANCE, true);
                }, failure -> {
                    // a module that cannot be listed is the Tokens view's to explain; the navigator shows what it can
                });
    }

    /** The Tokens view on the token, read there (with its PIN when logged in). */
    private void openToken(TokenNode token) {
        try {
            ((TokensView) getSite().getPage().showView(TokensView.ID)).select(token.module().library(), token.token().label());
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Navigator_title, e.getMessage());
        }
    }

    /** Reads the profiles file again (states read so far are dropped: Refresh reads queue managers anew), and the tokens. */
    private void loadProfiles() {
        if (tokensListed) {
            loadTokens();
        }
        ProfilesFile.load(getSite().getShell().getDisplay(), loaded -> {
            if (summary.isDisposed()) {
                return;
            }
            nodes.clear();
            loaded.forEach(profile -> nodes.add(new QueueManagerNode(profile, profile.name(), null)));
            nodes.addAll(dumps);
            summary.setText(nodes.isEmpty() ? Messages.Navigator_empty : Messages.bind(Messages.Navigator_summary, loaded.size(), dumps.size()));
            showWelcome(nodes.isEmpty());
            tree.refresh();
            summary.getParent().layout(true, true);
        }, problem -> {
            if (!summary.isDisposed()) {
                summary.setText(problem);
            }
        });
    }

    private void loadDump() {
        DumpLoading.load(getSite().getShell(), "navigator", read -> { //$NON-NLS-1$
            if (summary.isDisposed()) {
                return;
            }
            QueueManagerNode node = new QueueManagerNode(null, Messages.bind(Messages.Navigator_dump, read.name().isEmpty() ? "?" : read.name(), //$NON-NLS-1$
                    Path.of(read.source()).getFileName()), read);
            dumps.add(node);
            nodes.add(node);
            showWelcome(false);
            tree.refresh();
            tree.setExpandedState(node, true);
        });
    }

    /** Opens the part of a queue manager's security, reading it first through its profile when not read yet. */
    void open(QueueManagerNode node, Area area) {
        withState(node, state -> {
            IWorkbenchPage page = getSite().getPage();
            String profile = node.profile == null ? "" : node.profile.name(); //$NON-NLS-1$
            try {
                switch (area) {
                    case CHLAUTH -> ((ChlauthView) page.showView(ChlauthView.ID)).show(state, profile);
                    case AMS -> ((AmsPolicyView) page.showView(AmsPolicyView.ID)).show(state, profile);
                    case KEY_REPOSITORY -> openKeyRepository(state);
                    default -> {
                        SecurityView view = (SecurityView) page.showView(SecurityView.ID);
                        view.show(state, profile);
                        view.showTab(area == Area.CHANNELS ? 1 : area == Area.CERTIFICATES ? 2 : 0);
                    }
                }
            } catch (PartInitException e) {
                MessageDialog.openError(getSite().getShell(), Messages.Navigator_title, e.getMessage());
            }
        });
    }

    private void withState(QueueManagerNode node, Consumer<QueueManagerState> then) {
        if (node.state != null) {
            then.accept(node.state);
            return;
        }
        ProfileChooser.read(getSite().getShell(), Messages.View_readQmgrTitle, node.profile, (profile, state) -> {
            node.state = state;
            if (!summary.isDisposed()) {
                then.accept(state);
            }
        });
    }

    /** The key repository SSLKEYR names, in its editor when the file is on this machine. */
    private void openKeyRepository(QueueManagerState state) {
        String stem = state.queueManager().valueOr("SSLKEYR", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
        for (String extension : new String[] { ".kdb", ".p12" }) { //$NON-NLS-1$ //$NON-NLS-2$
            Path file = Path.of(stem + extension);
            if (!stem.isEmpty() && Files.isRegularFile(file)) {
                KeyRepositoryEditors.open(getSite().getPage(), file);
                return;
            }
        }
        MessageDialog.openInformation(getSite().getShell(), Messages.Navigator_title, Messages.bind(Messages.Navigator_keyRepositoryAway, stem));
    }
}
