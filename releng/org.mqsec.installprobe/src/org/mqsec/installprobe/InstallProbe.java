package org.mqsec.installprobe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Test only, installed with the feature into a bare Eclipse by the install test: when the system
 * property {@code mqsec.probe.report} names a file, checks that every bundle of ours resolved,
 * opens every view, the editor (on {@code mqsec.probe.file}) and every new-wizard that
 * {@code org.mqsec.ui} contributes (having checked first that none of our bundles was activated
 * by the platform's start-up: they start when one of our parts is opened), writes one line per check ("OK ..." or "FAILED ...") and closes
 * the workbench. With {@code mqsec.probe.timing} naming a file instead, writes the milliseconds from
 * the JVM's start to the workbench up and closes it (releng/benchmarks/startup-benchmark.sh).
 */
public final class InstallProbe implements IStartup {

    private static final String UI = "org.mqsec.ui"; //$NON-NLS-1$

    private final List<String> lines = new ArrayList<>();

    @Override
    public void earlyStartup() {
        String timing = System.getProperty("mqsec.probe.timing"); //$NON-NLS-1$
        if (timing != null) {
            // the start-up benchmark: milliseconds from the JVM's start to the workbench window up, then close
            Display.getDefault().asyncExec(() -> {
                long elapsed = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                try {
                    Files.writeString(Path.of(timing), Long.toString(elapsed), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    System.err.println("install probe: cannot write " + timing + ": " + e); //$NON-NLS-1$ //$NON-NLS-2$
                }
                PlatformUI.getWorkbench().close();
            });
            return;
        }
        String report = System.getProperty("mqsec.probe.report"); //$NON-NLS-1$
        if (report == null) {
            return;
        }
        Display.getDefault().asyncExec(() -> {
            try {
                bundles();
                IWorkbench workbench = PlatformUI.getWorkbench();
                IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
                views(page);
                editor(page);
                wizards(workbench);
            } catch (RuntimeException | LinkageError e) {
                lines.add("FAILED probe " + e); //$NON-NLS-1$
            }
            try {
                Files.write(Path.of(report), lines, StandardCharsets.UTF_8);
            } catch (IOException e) {
                System.err.println("install probe: cannot write " + report + ": " + e); //$NON-NLS-1$ //$NON-NLS-2$
            }
            PlatformUI.getWorkbench().close();
        });
    }

    private void bundles() {
        Bundle[] all = FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles();
        int ours = 0;
        for (Bundle bundle : all) {
            if (bundle.getSymbolicName().startsWith("org.mqsec.") && !bundle.getSymbolicName().equals("org.mqsec.installprobe")) { //$NON-NLS-1$ //$NON-NLS-2$
                ours++;
                int state = bundle.getState();
                boolean ok = state == Bundle.ACTIVE || state == Bundle.RESOLVED || state == Bundle.STARTING;
                lines.add((ok ? "OK" : "FAILED") + " bundle " + bundle.getSymbolicName() + " state " + state); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                // nothing of ours opened yet: a bundle of ours active now was started by the platform's start-up
                lines.add((state == Bundle.ACTIVE ? "FAILED" : "OK") + " not active at start-up " + bundle.getSymbolicName()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
        }
        if (ours == 0) {
            lines.add("FAILED bundle none of ours is installed"); //$NON-NLS-1$
        }
    }

    private static List<IConfigurationElement> contributed(String point, String element) {
        List<IConfigurationElement> found = new ArrayList<>();
        for (IConfigurationElement candidate : Platform.getExtensionRegistry().getConfigurationElementsFor(point)) {
            if (candidate.getContributor().getName().equals(UI) && candidate.getName().equals(element)) {
                found.add(candidate);
            }
        }
        return found;
    }

    private void views(IWorkbenchPage page) {
        List<IConfigurationElement> views = contributed("org.eclipse.ui.views", "view"); //$NON-NLS-1$ //$NON-NLS-2$
        if (views.isEmpty()) {
            lines.add("FAILED view none contributed"); //$NON-NLS-1$
        }
        for (IConfigurationElement view : views) {
            String id = view.getAttribute("id"); //$NON-NLS-1$
            try {
                IViewPart part = page.showView(id);
                boolean ok = part != null && !part.getClass().getName().contains("Error"); //$NON-NLS-1$
                lines.add((ok ? "OK" : "FAILED") + " view " + id + " " + (part == null ? null : part.getClass().getName())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            } catch (Exception e) {
                lines.add("FAILED view " + id + " " + e); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    private void editor(IWorkbenchPage page) {
        List<IConfigurationElement> editors = contributed("org.eclipse.ui.editors", "editor"); //$NON-NLS-1$ //$NON-NLS-2$
        String file = System.getProperty("mqsec.probe.file"); //$NON-NLS-1$
        if (editors.isEmpty() || file == null) {
            lines.add("FAILED editor none contributed, or no mqsec.probe.file"); //$NON-NLS-1$
            return;
        }
        for (IConfigurationElement editor : editors) {
            String id = editor.getAttribute("id"); //$NON-NLS-1$
            try {
                IEditorPart part = page.openEditor(new PathInput(Path.of(file)), id);
                boolean ok = part != null && !part.getClass().getName().contains("Error"); //$NON-NLS-1$
                lines.add((ok ? "OK" : "FAILED") + " editor " + id + " " + (part == null ? null : part.getClass().getName())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            } catch (Exception e) {
                lines.add("FAILED editor " + id + " " + e); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    private void wizards(IWorkbench workbench) {
        List<IConfigurationElement> wizards = contributed("org.eclipse.ui.newWizards", "wizard"); //$NON-NLS-1$ //$NON-NLS-2$
        if (wizards.isEmpty()) {
            lines.add("FAILED wizard none contributed"); //$NON-NLS-1$
        }
        for (IConfigurationElement element : wizards) {
            String id = element.getAttribute("id"); //$NON-NLS-1$
            try {
                IWizard wizard = (IWizard) element.createExecutableExtension("class"); //$NON-NLS-1$
                if (wizard instanceof IWorkbenchWizard workbenchWizard) {
                    workbenchWizard.init(workbench, StructuredSelection.EMPTY);
                }
                WizardDialog dialog = new WizardDialog(workbench.getActiveWorkbenchWindow().getShell(), wizard);
                dialog.setBlockOnOpen(false);
                dialog.open();
                boolean ok = dialog.getShell() != null && dialog.getShell().isVisible() && wizard.getPageCount() > 0;
                lines.add((ok ? "OK" : "FAILED") + " wizard " + id + " pages " + wizard.getPageCount()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                dialog.close();
            } catch (Exception e) {
                lines.add("FAILED wizard " + id + " " + e); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
    }

    /** A file as an editor input, as the workbench's Open File gives one. */
    private record PathInput(Path path) implements IPathEditorInput {
        @Override
        public org.eclipse.core.runtime.IPath getPath() {
            return org.eclipse.core.runtime.Path.fromOSString(path.toString());
        }

        @Override
        public boolean exists() {
            return Files.exists(path);
        }

        @Override
        public ImageDescriptor getImageDescriptor() {
            return ImageDescriptor.getMissingImageDescriptor();
        }

        @Override
        public String getName() {
            return path.getFileName().toString();
        }

        @Override
        public IPersistableElement getPersistable() {
            return null;
        }

        @Override
        public String getToolTipText() {
            return path.toString();
        }

        @Override
        public <T> T getAdapter(Class<T> adapter) {
            return null;
        }
    }
}
