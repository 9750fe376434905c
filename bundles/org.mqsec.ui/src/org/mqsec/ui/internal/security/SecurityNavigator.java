package org.mqsec.ui.internal.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.mqsec.core.plan.QueueManagerState;
import org.mqsec.qmgr.target.ConnectionProfile;
import org.mqsec.ui.internal.WidgetKeys;
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

    private final List<QueueManagerNode> nodes = new ArrayList<>();
    private final List<QueueManagerNode> dumps = new ArrayList<>();
    private Label summary;
    private TreeViewer tree;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.swtDefaults().applyTo(parent);
        summary = WidgetKeys.name(new Label(parent, SWT.WRAP), "navigator.summary"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(summary);
        Composite buttons = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
        WidgetKeys.pushButton(buttons, "navigator.refresh", Messages.Navigator_refresh, this::loadProfiles); //$NON-NLS-1$
        WidgetKeys.pushButton(buttons, "navigator.loadDump", Messages.View_loadDump, this::loadDump); //$NON-NLS-1$
        tree = new TreeViewer(parent, SWT.BORDER | SWT.SINGLE);
        WidgetKeys.name(tree.getTree(), "navigator.tree"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.getControl());
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return nodes.toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                if (parentElement instanceof QueueManagerNode node) {
                    return java.util.Arrays.stream(Area.values()).map(area -> new AreaNode(node, area)).toArray();
                }
                return new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return element instanceof AreaNode area ? area.queueManager() : null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof QueueManagerNode;
            }
        });
        tree.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof QueueManagerNode node) {
                    return node.name;
                }
                return ((AreaNode) element).area().label();
            }

            @Override
            public Image getImage(Object element) {
                ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
                return images.getImage(element instanceof QueueManagerNode ? ISharedImages.IMG_OBJ_PROJECT : ISharedImages.IMG_OBJ_FOLDER);
            }
        });
        tree.setInput(nodes);
        tree.addDoubleClickListener(event -> {
            Object chosen = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (chosen instanceof AreaNode area) {
                open(area.queueManager(), area.area());
            } else if (chosen instanceof QueueManagerNode node) {
                open(node, Area.OVERVIEW);
            }
        });
        loadProfiles();
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    /** Reads the profiles file again (states read so far are dropped: Refresh reads queue managers anew). */
    private void loadProfiles() {
        ProfilesFile.load(getSite().getShell().getDisplay(), loaded -> {
            if (summary.isDisposed()) {
                return;
            }
            nodes.clear();
            loaded.forEach(profile -> nodes.add(new QueueManagerNode(profile, profile.name(), null)));
            nodes.addAll(dumps);
            summary.setText(nodes.isEmpty() ? Messages.Navigator_empty : Messages.bind(Messages.Navigator_summary, loaded.size(), dumps.size()));
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
