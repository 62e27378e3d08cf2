package org.plantrace.ui.matrix.internal.grid;

import org.eclipse.nebula.widgets.nattable.command.AbstractLayerCommandHandler;
import org.eclipse.nebula.widgets.nattable.edit.command.UpdateDataCommand;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;

/**
 * Writes an edited value to the body data without firing NatTable's data update event: the value is a
 * link toggle, executed as an EMF command, and the matrix repaints from the command stack (the touched
 * cells only), while the default handler's event would make NatTable repaint the whole table a moment
 * later.
 */
final class QuietUpdateDataCommandHandler extends AbstractLayerCommandHandler<UpdateDataCommand> {

    private final DataLayer dataLayer;

    QuietUpdateDataCommandHandler(DataLayer dataLayer) {
        this.dataLayer = dataLayer;
    }

    @Override
    public Class<UpdateDataCommand> getCommandClass() {
        return UpdateDataCommand.class;
    }

    @Override
    protected boolean doCommand(UpdateDataCommand command) {
        dataLayer.setDataValueByPosition(command.getColumnPosition(), command.getRowPosition(), command.getNewValue());
        return true;
    }
}
