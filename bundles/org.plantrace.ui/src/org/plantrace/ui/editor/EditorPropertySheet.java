package org.plantrace.ui.editor;

import java.util.function.Supplier;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.plantrace.ui.internal.editor.EditorActions;
import org.plantrace.ui.internal.emf.ModelPropertySourceProvider;

/** The Properties view page of a plan editor: the model's property sources, and the editor's edit handlers. */
final class EditorPropertySheet {

    private final ComposedAdapterFactory adapterFactory;
    private final Supplier<EditorActions> actions;
    private PropertySheetPage page;

    EditorPropertySheet(ComposedAdapterFactory adapterFactory, Supplier<EditorActions> actions) {
        this.adapterFactory = adapterFactory;
        this.actions = actions;
    }

    /** The page, made again when the Properties view disposed the last one. */
    PropertySheetPage page() {
        if (page == null || page.getControl() == null || page.getControl().isDisposed()) {
            page = new PropertySheetPage() {
                @Override
                public void setActionBars(IActionBars bars) {
                    super.setActionBars(bars);
                    if (actions.get() != null) {
                        actions.get().setGlobalHandlers(bars, false);
                    }
                }
            };
            page.setPropertySourceProvider(new ModelPropertySourceProvider(adapterFactory));
        }
        return page;
    }

    /** Shows the values as they are now (after a change). */
    void refresh() {
        if (page != null && page.getControl() != null && !page.getControl().isDisposed()) {
            page.refresh();
        }
    }

    void dispose() {
        if (page != null) {
            page.dispose();
        }
    }
}
