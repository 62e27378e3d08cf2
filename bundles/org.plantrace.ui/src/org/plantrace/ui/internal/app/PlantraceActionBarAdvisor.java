package org.plantrace.ui.internal.app;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * Menus and tool bar: File, Edit (whose Undo, Redo, Cut, Copy, Paste and Delete the plan editor
 * handles), Plan (filled from plugin.xml: validate, export appendices), Window and Help.
 */
public class PlantraceActionBarAdvisor extends ActionBarAdvisor {

    public static final String PLAN_MENU = "org.plantrace.ui.menu.plan";

    private IWorkbenchAction newWizard;
    private IWorkbenchAction save;
    private IWorkbenchAction saveAs;
    private IWorkbenchAction saveAll;
    private IWorkbenchAction close;
    private IWorkbenchAction closeAll;
    private IWorkbenchAction importWizard;
    private IWorkbenchAction exportWizard;
    private IWorkbenchAction exit;
    private IWorkbenchAction undo;
    private IWorkbenchAction redo;
    private IWorkbenchAction cut;
    private IWorkbenchAction copy;
    private IWorkbenchAction paste;
    private IWorkbenchAction delete;
    private IWorkbenchAction rename;
    private IWorkbenchAction selectAll;
    private IWorkbenchAction preferences;
    private IWorkbenchAction resetPerspective;
    private IWorkbenchAction about;
    private IWorkbenchAction newWizardDropDown;

    public PlantraceActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    private IWorkbenchAction reg(IWorkbenchAction a) {
        register(a);
        return a;
    }

    @Override
    protected void makeActions(IWorkbenchWindow w) {
        newWizard = reg(ActionFactory.NEW.create(w));
        newWizard.setText("&Other...");
        newWizardDropDown = reg(ActionFactory.NEW_WIZARD_DROP_DOWN.create(w));
        save = reg(ActionFactory.SAVE.create(w));
        saveAs = reg(ActionFactory.SAVE_AS.create(w));
        saveAll = reg(ActionFactory.SAVE_ALL.create(w));
        close = reg(ActionFactory.CLOSE.create(w));
        closeAll = reg(ActionFactory.CLOSE_ALL.create(w));
        importWizard = reg(ActionFactory.IMPORT.create(w));
        exportWizard = reg(ActionFactory.EXPORT.create(w));
        exit = reg(ActionFactory.QUIT.create(w));
        undo = reg(ActionFactory.UNDO.create(w));
        redo = reg(ActionFactory.REDO.create(w));
        cut = reg(ActionFactory.CUT.create(w));
        copy = reg(ActionFactory.COPY.create(w));
        paste = reg(ActionFactory.PASTE.create(w));
        delete = reg(ActionFactory.DELETE.create(w));
        // F2: the plan editor's in-place rename handles the workbench's Rename command through this action
        rename = reg(ActionFactory.RENAME.create(w));
        selectAll = reg(ActionFactory.SELECT_ALL.create(w));
        preferences = reg(ActionFactory.PREFERENCES.create(w));
        resetPerspective = reg(ActionFactory.RESET_PERSPECTIVE.create(w));
        about = reg(ActionFactory.ABOUT.create(w));
        about.setText("&About Plantrace");
    }

    @Override
    protected void fillMenuBar(IMenuManager bar) {
        IWorkbenchWindow w = getActionBarConfigurer().getWindowConfigurer().getWindow();

        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        MenuManager newMenu = new MenuManager("&New", "new");
        // the short list ends with its own "Other..." (also what Ctrl+N shows): no second entry
        newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(w));
        file.add(newMenu);
        file.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        file.add(new GroupMarker("open"));
        file.add(new Separator());
        file.add(close);
        file.add(closeAll);
        file.add(new Separator());
        file.add(save);
        file.add(saveAs);
        file.add(saveAll);
        file.add(new Separator());
        file.add(importWizard);
        file.add(exportWizard);
        file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        // the recently opened plans in a submenu of their own: the workbench renders this dynamic list when the menu
        // is shown, and directly in the File menu it displaced the item after it (Exit was missing from the product)
        MenuManager recent = new MenuManager("Open &Recent", "recent");
        recent.add(ContributionItemFactory.REOPEN_EDITORS.create(w));
        recent.add(new GroupMarker(IWorkbenchActionConstants.MRU));
        file.add(recent);
        file.add(new Separator());
        file.add(exit);
        bar.add(file);

        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(undo);
        edit.add(redo);
        edit.add(new Separator());
        edit.add(cut);
        edit.add(copy);
        edit.add(paste);
        edit.add(new Separator());
        edit.add(delete);
        edit.add(rename);
        edit.add(selectAll);
        edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        bar.add(edit);

        MenuManager plan = new MenuManager("&Plan", PLAN_MENU);
        plan.add(new GroupMarker("check"));
        plan.add(new Separator("links")); // e.g. suspect links
        plan.add(new Separator("frameworks")); // e.g. Replace Framework
        plan.add(new Separator("publish"));
        plan.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        bar.add(plan);

        bar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager window = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        MenuManager showView = new MenuManager("Show &View", "showView");
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(w));
        window.add(showView);
        window.add(resetPerspective);
        window.add(new Separator());
        window.add(preferences);
        bar.add(window);

        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker("sample"));
        help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(new Separator());
        help.add(about);
        bar.add(help);
    }

    @Override
    protected void fillCoolBar(ICoolBarManager cool) {
        IToolBarManager main = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        main.add(newWizardDropDown);
        main.add(save);
        main.add(new Separator());
        main.add(undo);
        main.add(redo);
        main.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        cool.add(new ToolBarContributionItem(main, "org.plantrace.ui.toolbar.main"));
    }
}
