package org.plantrace.ui.matrix.internal;

import java.util.function.Consumer;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.command.SortColumnCommand;
import org.eclipse.nebula.widgets.nattable.ui.NatEventData;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.menu.MenuItemProviders;
import org.eclipse.nebula.widgets.nattable.ui.menu.PopupMenuAction;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.SelectionEvent;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.plantrace.model.Framework;
import org.plantrace.matrix.MatrixModel;

/**
 * The column headers' context menu: sort the rows by the column (linked first or last), clear the
 * sort, hide the column's framework, show every framework.
 */
public final class HeaderMenu {

    private HeaderMenu() {
    }

    /**
     * @param hide hides a framework's column group
     * @param showAll shows every framework again
     */
    public static void install(NatTable natTable, MatrixModel model, Consumer<Framework> hide, Runnable showAll) {
        Menu menu = new Menu(natTable.getShell(), SWT.POP_UP);
        natTable.addDisposeListener(e -> menu.dispose());
        item(menu, "Sort rows: linked first / ascending", e -> sort(natTable, e, SortDirectionEnum.ASC));
        item(menu, "Sort rows: linked last / descending", e -> sort(natTable, e, SortDirectionEnum.DESC));
        item(menu, "Model order", e -> sort(natTable, e, SortDirectionEnum.NONE));
        new MenuItem(menu, SWT.SEPARATOR);
        MenuItem hideItem = item(menu, "Hide this framework", e -> {
            int col = column(natTable, e);
            if (col >= MatrixModel.FIXED_COLUMNS && col < model.gridColumnCount()) {
                hide.accept(model.columns().frameworkOf(model.column(col)));
            }
        });
        item(menu, "Show all frameworks", e -> showAll.run());
        menu.addListener(SWT.Show, e -> {
            NatEventData data = (NatEventData) menu.getData(MenuItemProviders.NAT_EVENT_DATA_KEY);
            int col = data == null ? -1 : natTable.getColumnIndexByPosition(data.getColumnPosition());
            hideItem.setEnabled(col >= MatrixModel.FIXED_COLUMNS);
        });
        PopupMenuAction action = new PopupMenuAction(menu);
        for (String region : new String[] {GridRegion.COLUMN_HEADER, GridRegion.COLUMN_GROUP_HEADER}) {
            natTable.getUiBindingRegistry().registerMouseDownBinding(
                    new MouseEventMatcher(SWT.NONE, region, MouseEventMatcher.RIGHT_BUTTON), action);
        }
    }

    private static MenuItem item(Menu menu, String text, Consumer<SelectionEvent> run) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(text);
        item.addListener(SWT.Selection, e -> run.accept(new SelectionEvent(e)));
        return item;
    }

    private static int column(NatTable natTable, SelectionEvent e) {
        NatEventData data = MenuItemProviders.getNatEventData(e);
        return data == null ? -1 : natTable.getColumnIndexByPosition(data.getColumnPosition());
    }

    private static void sort(NatTable natTable, SelectionEvent e, SortDirectionEnum direction) {
        NatEventData data = MenuItemProviders.getNatEventData(e);
        if (data != null) {
            natTable.doCommand(new SortColumnCommand(natTable, data.getColumnPosition(), false, direction));
        }
    }
}
