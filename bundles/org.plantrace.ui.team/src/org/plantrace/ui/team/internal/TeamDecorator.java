package org.plantrace.ui.team.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.plantrace.team.PlanRepository;
import org.plantrace.team.RepoStatus;
import org.plantrace.team.TeamException;

/**
 * The state marks of the Plans view: a plan folder kept in git shows its branch, commits to publish (↑n), commits
 * to bring in (↓n), {@code *} when something is changed and {@code !} with conflicts; a changed file shows
 * {@code *}, a file with conflicts {@code (conflicts)}. States are read once and kept until the workspace changes.
 */
public final class TeamDecorator extends LabelProvider implements ILightweightLabelDecorator, IResourceChangeListener {

    public static final String ID = "org.plantrace.ui.team.decorator";

    private static final Map<Path, Optional<RepoStatus>> STATES = new ConcurrentHashMap<>();
    private static volatile TeamDecorator instance;

    public TeamDecorator() {
        instance = this;
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
    }

    @Override
    public void decorate(Object element, IDecoration decoration) {
        if (!(element instanceof IResource r)) {
            return;
        }
        IPath loc = r.getLocation();
        if (loc == null) {
            return;
        }
        Path path = loc.toFile().toPath().toAbsolutePath().normalize();
        Path root = PlanRepository.root(path);
        if (root == null) {
            return;
        }
        RepoStatus s = state(root);
        if (s == null) {
            return;
        }
        if (r instanceof IContainer && path.equals(root)) {
            decoration.addSuffix(" " + s.mark());
            return;
        }
        String rel = root.relativize(path).toString().replace('\\', '/');
        if (s.conflicts().contains(rel)) {
            decoration.addSuffix(" (conflicts)");
        } else if (s.changed().contains(rel)) {
            decoration.addSuffix(" *");
        } else if (r instanceof IContainer && s.changed().stream().anyMatch(c -> c.startsWith(rel + "/"))) {
            decoration.addSuffix(" *");
        }
    }

    /** The state of a repository, read once until {@link #refresh()}. */
    public static RepoStatus state(Path root) {
        return STATES.computeIfAbsent(root, r -> {
            try (PlanRepository repo = PlanRepository.open(r)) {
                return Optional.of(repo.status());
            } catch (TeamException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    /** Forgets the states read so far and repaints the marks. */
    public static void refresh() {
        STATES.clear();
        TeamDecorator d = instance;
        Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
        if (d != null && display != null && !display.isDisposed()) {
            display.asyncExec(() -> d.fireLabelProviderChanged(new LabelProviderChangedEvent(d)));
        }
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        if (event.getDelta() != null && touchesFiles(event.getDelta())) {
            refresh();
        }
    }

    /** Whether files were added, removed or changed (not only problem markers). */
    private static boolean touchesFiles(org.eclipse.core.resources.IResourceDelta delta) {
        int kind = delta.getKind();
        if (kind == org.eclipse.core.resources.IResourceDelta.ADDED || kind == org.eclipse.core.resources.IResourceDelta.REMOVED
                || (delta.getFlags() & (org.eclipse.core.resources.IResourceDelta.CONTENT
                        | org.eclipse.core.resources.IResourceDelta.REPLACED)) != 0) {
            return true;
        }
        for (var child : delta.getAffectedChildren()) {
            if (touchesFiles(child)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isLabelProperty(Object element, String property) {
        return false;
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
        if (instance == this) {
            instance = null;
        }
        super.dispose();
    }
}
