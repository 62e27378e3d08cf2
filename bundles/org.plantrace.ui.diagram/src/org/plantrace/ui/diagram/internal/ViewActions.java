package org.plantrace.ui.diagram.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PlatformUI;
import org.plantrace.core.Labels;
import org.plantrace.core.trace.Scheme;
import org.plantrace.diagram.DiagramOptions;
import org.plantrace.diagram.DiagramType;
import org.plantrace.diagram.layout.Legend;
import org.plantrace.model.Alignment;
import org.plantrace.model.AlignmentTarget;
import org.plantrace.model.CorporateObjective;
import org.plantrace.ui.diagram.DiagramControl;
import org.plantrace.ui.diagram.DiagramView;

/** The actions of the diagram view: diagram kind, zoom, framework filter, link with editor, export. */
public final class ViewActions {

    private final DiagramView view;
    private final Action strategy;
    private final Action alignment;
    private final Action impact;
    private final Action wholePlan;
    private final Action zoomIn;
    private final Action zoomOut;
    private final Action fit;
    private final Action actual;
    private final Action link;
    private final Action export;
    private final Action allMeasures;
    private final MenuManager filter = new MenuManager("&Frameworks Shown");

    public ViewActions(DiagramView view) {
        this.view = view;
        strategy = new Action("&Strategy Map", IAction.AS_RADIO_BUTTON) {
            @Override
            public void run() {
                if (isChecked()) {
                    view.show(DiagramType.STRATEGY_MAP, null);
                }
            }
        };
        strategy.setToolTipText("Strategy map: outcomes, objectives, key activities and headline measures");
        strategy.setImageDescriptor(icon("elcl16/strategy.png"));

        alignment = new Action("&Alignment", IAction.AS_RADIO_BUTTON) {
            @Override
            public void run() {
                if (isChecked() || view.getType() == DiagramType.ALIGNMENT) {
                    view.show(DiagramType.ALIGNMENT, objectiveToShow());
                }
            }
        };
        alignment.setToolTipText("Alignment: the selected objective, or the whole plan, and the priorities it traces to");
        alignment.setImageDescriptor(icon("elcl16/alignment.png"));

        impact = new Action("&Impact", IAction.AS_RADIO_BUTTON) {
            @Override
            public void run() {
                AlignmentTarget t = priorityToShow();
                if (t != null) {
                    view.show(DiagramType.IMPACT, t);
                } else {
                    update();
                }
            }
        };
        impact.setToolTipText("Impact: everything in the plan that depends on the selected priority");
        impact.setImageDescriptor(icon("elcl16/impact.png"));

        wholePlan = new Action("Alignment of the &Whole Plan") {
            @Override
            public void run() {
                view.show(DiagramType.ALIGNMENT, null);
            }
        };

        zoomIn = new Action("Zoom &In") {
            @Override
            public void run() {
                control().zoomIn();
            }
        };
        zoomIn.setToolTipText("Zoom in (+, Ctrl+wheel)");
        zoomIn.setImageDescriptor(icon("elcl16/zoomin.png"));
        zoomOut = new Action("Zoom &Out") {
            @Override
            public void run() {
                control().zoomOut();
            }
        };
        zoomOut.setToolTipText("Zoom out (-, Ctrl+wheel)");
        zoomOut.setImageDescriptor(icon("elcl16/zoomout.png"));
        fit = new Action("Zoom to &Fit") {
            @Override
            public void run() {
                control().zoomToFit();
            }
        };
        fit.setToolTipText("Zoom to fit (0)");
        fit.setImageDescriptor(icon("elcl16/fit.png"));
        actual = new Action("&Actual Size") {
            @Override
            public void run() {
                control().actualSize();
            }
        };
        actual.setToolTipText("Actual size, 100 % (1)");
        actual.setImageDescriptor(icon("elcl16/actual.png"));

        link = new Action("&Link with Editor", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                view.setLinked(isChecked());
            }
        };
        link.setToolTipText("Link with editor: the objective or priority selected in the editor is the one shown");
        link.setImageDescriptor(shared(ISharedImages.IMG_ELCL_SYNCED));
        link.setChecked(view.isLinked());

        export = new Action("&Export Diagram...") {
            @Override
            public void run() {
                exportDiagram();
            }
        };
        export.setToolTipText("Export the diagram as SVG or PNG, laid out as shown");
        export.setImageDescriptor(shared(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));

        allMeasures = new Action("All &Measures in the Strategy Map", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                view.setAllMeasures(isChecked());
            }
        };

        filter.setImageDescriptor(icon("elcl16/filter.png"));
        filter.setRemoveAllWhenShown(true);
        filter.addMenuListener(this::fillFilter);
    }

    public void fillToolBar(IToolBarManager bar) {
        bar.add(strategy);
        bar.add(alignment);
        bar.add(impact);
        bar.add(new Separator());
        bar.add(zoomIn);
        bar.add(zoomOut);
        bar.add(fit);
        bar.add(actual);
        bar.add(new Separator());
        bar.add(link);
        bar.add(export);
    }

    public void fillViewMenu(IMenuManager menu) {
        menu.add(strategy);
        menu.add(alignment);
        menu.add(wholePlan);
        menu.add(impact);
        menu.add(new Separator());
        menu.add(filter);
        menu.add(allMeasures);
        menu.add(new Separator());
        menu.add(link);
        menu.add(export);
    }

    public void fillContextMenu(IMenuManager menu) {
        List<EObject> selected = control().getSelectedElements();
        EObject first = selected.isEmpty() ? null : selected.get(0);
        if (first != null) {
            menu.add(new Action("&Reveal in Editor") {
                @Override
                public void run() {
                    view.open(first);
                }
            });
        }
        if (first instanceof CorporateObjective o) {
            menu.add(new Action("Show &Alignment of Objective " + o.getNumber()) {
                @Override
                public void run() {
                    view.show(DiagramType.ALIGNMENT, o);
                }
            });
        }
        AlignmentTarget target = first instanceof AlignmentTarget t ? t
                : first instanceof Alignment a && a.getTarget() != null && !a.getTarget().eIsProxy() ? a.getTarget()
                        : null;
        if (target != null) {
            menu.add(new Action("Show &Impact of " + Labels.printedId(target)) {
                @Override
                public void run() {
                    view.show(DiagramType.IMPACT, target);
                }
            });
        }
        menu.add(new Separator());
        menu.add(wholePlan);
        menu.add(strategy);
        menu.add(new Separator());
        menu.add(zoomIn);
        menu.add(zoomOut);
        menu.add(fit);
        menu.add(actual);
        menu.add(new Separator());
        menu.add(export);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    private void fillFilter(IMenuManager menu) {
        Set<Scheme> available = view.availableSchemes();
        DiagramOptions options = view.getOptions();
        for (Scheme s : available) {
            Action a = new Action(Legend.schemeName(s) + " (" + s.title() + ")", IAction.AS_CHECK_BOX) {
                @Override
                public void run() {
                    Set<Scheme> shown = EnumSet.noneOf(Scheme.class);
                    shown.addAll(options.schemes().isEmpty() ? available : options.schemes());
                    if (isChecked()) {
                        shown.add(s);
                    } else {
                        shown.remove(s);
                    }
                    view.setSchemes(shown.containsAll(available) ? Set.of() : shown);
                }
            };
            a.setChecked(options.shows(s));
            menu.add(a);
        }
        menu.add(new Separator());
        menu.add(new Action("&Default (all but health indicators and LAA)") {
            @Override
            public void run() {
                view.setSchemes(DiagramOptions.DEFAULT_SCHEMES);
            }
        });
        menu.add(new Action("&All Frameworks") {
            @Override
            public void run() {
                view.setSchemes(Set.of());
            }
        });
    }

    /** Enables and checks the actions for what the view shows and what is selected. */
    public void update() {
        boolean hasPlan = view.getPlan() != null;
        boolean hasLayout = view.getDiagramLayout() != null;
        strategy.setChecked(view.getType() == DiagramType.STRATEGY_MAP);
        alignment.setChecked(view.getType() == DiagramType.ALIGNMENT);
        impact.setChecked(view.getType() == DiagramType.IMPACT);
        strategy.setEnabled(hasPlan);
        alignment.setEnabled(hasPlan);
        wholePlan.setEnabled(hasPlan);
        impact.setEnabled(hasPlan && (priorityToShow() != null || view.getType() == DiagramType.IMPACT));
        for (Action a : new Action[] { zoomIn, zoomOut, fit, actual, export }) {
            a.setEnabled(hasLayout);
        }
        allMeasures.setChecked(view.getOptions().allMeasures());
        link.setChecked(view.isLinked());
    }

    private CorporateObjective objectiveToShow() {
        for (EObject e : control().getSelectedElements()) {
            for (EObject c = e; c != null; c = c.eContainer()) {
                if (c instanceof CorporateObjective o) {
                    return o;
                }
            }
        }
        return view.getSubject() instanceof CorporateObjective o ? o : null;
    }

    private AlignmentTarget priorityToShow() {
        for (EObject e : control().getSelectedElements()) {
            if (e instanceof AlignmentTarget t) {
                return t;
            }
            if (e instanceof Alignment a && a.getTarget() != null && !a.getTarget().eIsProxy()) {
                return a.getTarget();
            }
        }
        return view.getSubject() instanceof AlignmentTarget t ? t : null;
    }

    private void exportDiagram() {
        FileDialog dialog = new FileDialog(control().getShell(), SWT.SAVE);
        dialog.setText("Export Diagram");
        dialog.setFilterExtensions(new String[] { "*.svg", "*.png" });
        dialog.setFilterNames(new String[] { "SVG (scalable, text kept)", "PNG (image, twice the screen size)" });
        dialog.setFileName(fileName());
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return;
        }
        if (!file.toLowerCase().endsWith(".svg") && !file.toLowerCase().endsWith(".png")) {
            file += dialog.getFilterIndex() == 1 ? ".png" : ".svg";
        }
        try {
            view.export(Path.of(file));
        } catch (IOException | RuntimeException ex) {
            MessageDialog.openError(control().getShell(), "Export Diagram", "The diagram could not be written to "
                    + file + ":\n" + ex.getMessage());
        }
    }

    private String fileName() {
        String base = switch (view.getType()) {
            case STRATEGY_MAP -> "strategy-map";
            case ALIGNMENT -> view.getSubject() instanceof CorporateObjective o ? "alignment-objective-" + o.getNumber()
                    : "alignment";
            case IMPACT -> "impact-" + (view.getSubject() instanceof AlignmentTarget t
                    ? Labels.printedId(t).toLowerCase().replaceAll("[^a-z0-9]+", "-") : "priority");
        };
        return base + ".svg";
    }

    private DiagramControl control() {
        return view.getControl();
    }

    private static ImageDescriptor icon(String path) {
        return ImageDescriptor.createFromURL(ViewActions.class.getResource("/icons/" + path));
    }

    private static ImageDescriptor shared(String name) {
        return PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(name);
    }
}
