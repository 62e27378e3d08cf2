package org.plantrace.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.swt.widgets.Shell;
import org.plantrace.ui.PlantraceUi;

/**
 * Keeps an editor in step with its file on disk: remembers a hash of what it read or wrote, reloads when another
 * program changes the file (or asks first when the editor has unsaved changes), follows a move, closes on deletion,
 * and reloads the frameworks the plan refers to when they change.
 */
public final class DiskSync implements IResourceChangeListener {

    /** The editor side. */
    public interface Host {
        Path path();

        IFile file();

        /** The file was moved (renamed) in the workspace. */
        void moved(IFile to);

        boolean isDirty();

        boolean isUnreadable();

        void reload();

        void reloadOthers(List<Resource> changed);

        void close();

        ResourceSet resourceSet();

        Resource resource();

        Shell shell();

        boolean isGone();
    }

    private final Host host;
    /** SHA-256 of the bytes last read from or written to the file. */
    private String diskHash;
    /** Hash of a changed disk version the user chose to overwrite with the editor's changes. */
    private String acceptedDiskHash;

    public DiskSync(Host host) {
        this.host = host;
    }

    /** The editor read or wrote {@code bytes} (null: the file could not be read). */
    public void synced(byte[] bytes) {
        diskHash = bytes == null ? null : hash(bytes);
        acceptedDiskHash = null;
    }

    /** The file was deleted on disk while the editor kept its changes. */
    public void forget() {
        diskHash = null;
    }

    /** Whether the file on disk is another version than the editor's, which the user has not accepted to overwrite. */
    public boolean changedByOthers() {
        String onDisk = hashOnDisk();
        return onDisk != null && diskHash != null && !onDisk.equals(diskHash) && !onDisk.equals(acceptedDiskHash);
    }

    private String hashOnDisk() {
        try {
            return hash(Files.readAllBytes(host.path()));
        } catch (IOException e) {
            return null;
        }
    }

    public static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** On activation: a change made outside arrives as a resource delta after the refresh. */
    public void checkOnActivation() {
        IFile file = host.file();
        if (file != null && file.exists()) {
            try {
                file.refreshLocal(IResource.DEPTH_ZERO, null);
            } catch (CoreException e) {
                PlantraceUi.log(e.getStatus());
            }
        }
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        IResourceDelta delta = event.getDelta();
        IFile file = host.file();
        if (delta == null || file == null) {
            return;
        }
        IResourceDelta mine = delta.findMember(file.getFullPath());
        List<Resource> others = new ArrayList<>();
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        for (Resource r : List.copyOf(host.resourceSet().getResources())) {
            if (r == host.resource() || !r.getURI().isFile()) {
                continue;
            }
            IFile[] files;
            try {
                files = root.findFilesForLocationURI(Path.of(r.getURI().toFileString()).toUri());
            } catch (RuntimeException e) {
                continue;
            }
            for (IFile f : files) {
                IResourceDelta d = delta.findMember(f.getFullPath());
                if (d != null && (d.getKind() != IResourceDelta.CHANGED
                        || (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0)) {
                    others.add(r);
                }
            }
        }
        if (mine == null && others.isEmpty()) {
            return;
        }
        host.shell().getDisplay().asyncExec(() -> {
            if (host.isGone()) {
                return;
            }
            if (!others.isEmpty()) {
                host.reloadOthers(others);
            }
            if (mine != null) {
                fileChanged(mine);
            }
        });
    }

    private void fileChanged(IResourceDelta d) {
        if (d.getKind() == IResourceDelta.REMOVED) {
            if ((d.getFlags() & IResourceDelta.MOVED_TO) != 0) {
                host.moved(ResourcesPlugin.getWorkspace().getRoot().getFile(d.getMovedToPath()));
            } else if (!host.isDirty()) {
                host.close();
            } else {
                forget();
                Prompts.get().error(host.shell(), "File Deleted", "'" + host.path().getFileName()
                        + "' has been deleted on disk. Save to write your version again.");
            }
            return;
        }
        if (d.getKind() == IResourceDelta.CHANGED
                && (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) == 0) {
            return;
        }
        checkDisk();
    }

    /** Reloads when the file on disk is no longer what the editor read or wrote; asks first if dirty. */
    public void checkDisk() {
        String now = hashOnDisk();
        if (now == null || now.equals(diskHash) || now.equals(acceptedDiskHash)) {
            return;
        }
        if (!host.isDirty() || host.isUnreadable()) {
            host.reload();
            return;
        }
        switch (Prompts.get().changedOnDisk(host.shell(), host.path().getFileName().toString())) {
            case RELOAD -> host.reload();
            case KEEP_MINE -> acceptedDiskHash = now;
        }
    }
}
