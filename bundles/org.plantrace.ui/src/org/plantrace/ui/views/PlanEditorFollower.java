package org.plantrace.ui.views;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.plantrace.ui.editor.PlanEditor;

/**
 * Tells a view which plan editor to follow: the one activated or brought to top, and, when the followed one closes,
 * the page's next active plan editor (or none). Shared by the views that show one plan at a time.
 */
final class PlanEditorFollower implements IPartListener2 {

    private final IWorkbenchPage page;
    private final Supplier<PlanEditor> followed;
    private final Consumer<PlanEditor> follow;

    private PlanEditorFollower(IWorkbenchPage page, Supplier<PlanEditor> followed, Consumer<PlanEditor> follow) {
        this.page = page;
        this.followed = followed;
        this.follow = follow;
    }

    /** Starts following on {@code page}: {@code follow} is called now with the active plan editor (or null). */
    static PlanEditorFollower start(IWorkbenchPage page, Supplier<PlanEditor> followed, Consumer<PlanEditor> follow) {
        PlanEditorFollower f = new PlanEditorFollower(page, followed, follow);
        page.addPartListener(f);
        follow.accept(page.getActiveEditor() instanceof PlanEditor e ? e : null);
        return f;
    }

    void stop() {
        page.removePartListener(this);
    }

    @Override
    public void partActivated(IWorkbenchPartReference ref) {
        if (ref.getPart(false) instanceof PlanEditor e) {
            follow.accept(e);
        }
    }

    @Override
    public void partBroughtToTop(IWorkbenchPartReference ref) {
        partActivated(ref);
    }

    @Override
    public void partClosed(IWorkbenchPartReference ref) {
        PlanEditor current = followed.get();
        if (ref.getPart(false) == current) {
            IEditorPart next = page.getActiveEditor();
            follow.accept(next instanceof PlanEditor p && p != current ? p : null);
        }
    }
}
