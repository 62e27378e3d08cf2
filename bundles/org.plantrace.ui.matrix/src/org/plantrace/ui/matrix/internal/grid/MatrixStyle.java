package org.plantrace.ui.matrix.internal.grid;

import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.painter.cell.BackgroundPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.BeveledBorderDecorator;
import org.eclipse.nebula.widgets.nattable.sort.config.DefaultSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.style.VerticalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.tree.TreeLayer;
import org.eclipse.nebula.widgets.nattable.tree.config.TreeConfigAttributes;
import org.eclipse.nebula.widgets.nattable.tree.painter.IndentedTreeImagePainter;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.plantrace.matrix.MatrixModel;
import org.plantrace.matrix.RowKind;

/**
 * Painters, styles and the link editor, registered against {@link MatrixLabels}: outcome rows shaded and
 * bold, objectives bold, measures in italics; one pastel colour per framework for its group header and
 * item headers; gaps in red; the selected cell's row and column tinted.
 */
public final class MatrixStyle extends AbstractRegistryConfiguration {

    static final int FRAMEWORK_COLOURS = 8;
    static final Color[] FRAMEWORK = {
        GUIHelper.getColor(205, 222, 240), GUIHelper.getColor(214, 234, 211), GUIHelper.getColor(252, 228, 200),
        GUIHelper.getColor(226, 214, 238), GUIHelper.getColor(204, 236, 232), GUIHelper.getColor(247, 214, 226),
        GUIHelper.getColor(233, 223, 207), GUIHelper.getColor(225, 225, 225) };
    public static final Color OUTCOME_BG = GUIHelper.getColor(232, 238, 245);
    public static final Color GAP_ROW_BG = GUIHelper.getColor(252, 222, 222);
    public static final Color GAP_FG = GUIHelper.getColor(160, 0, 0);
    public static final Color GAP_COLUMN_BG = GUIHelper.getColor(253, 238, 236);
    public static final Color CROSSHAIR_BG = GUIHelper.getColor(255, 245, 200);
    static final Color MEASURE_FG = GUIHelper.getColor(90, 90, 90);

    private final MatrixModel model;

    public MatrixStyle(MatrixModel model) {
        this.model = model;
    }

    @Override
    public void configureRegistry(IConfigRegistry reg) {
        FontData base = GUIHelper.DEFAULT_FONT.getFontData()[0];
        Font bold = GUIHelper.getFont(new FontData(base.getName(), base.getHeight(), SWT.BOLD));
        Font italic = GUIHelper.getFont(new FontData(base.getName(), base.getHeight(), SWT.ITALIC));

        // body cells
        reg.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, new TextPainter(false, true, 3),
                DisplayMode.NORMAL, MatrixLabels.TREE);
        reg.registerConfigAttribute(TreeConfigAttributes.TREE_STRUCTURE_PAINTER,
                new BackgroundPainter(new IndentedTreeImagePainter(14)), DisplayMode.NORMAL);
        reg.registerConfigAttribute(CellConfigAttributes.CELL_STYLE,
                style(null, null, null, HorizontalAlignmentEnum.LEFT), DisplayMode.NORMAL, TreeLayer.TREE_COLUMN_CELL);
        reg.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, new TextPainter(false, true),
                DisplayMode.NORMAL, MatrixLabels.COUNT);
        reg.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, new BackgroundPainter(new LinkPainter(model)),
                DisplayMode.NORMAL, MatrixLabels.LINK);
        reg.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new LinkCellEditor.Mark(),
                DisplayMode.NORMAL, MatrixLabels.LINK);

        reg.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style(OUTCOME_BG, null, bold, null),
                DisplayMode.NORMAL, MatrixLabels.rowLabel(RowKind.OUTCOME));
        reg.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style(null, null, bold, null),
                DisplayMode.NORMAL, MatrixLabels.rowLabel(RowKind.OBJECTIVE));
        reg.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style(null, MEASURE_FG, italic, null),
                DisplayMode.NORMAL, MatrixLabels.rowLabel(RowKind.MEASURE));
        reg.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style(GAP_ROW_BG, GAP_FG, null, null),
                DisplayMode.NORMAL, MatrixLabels.GAP_ROW);
        reg.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style(GAP_COLUMN_BG, null, null, null),
                DisplayMode.NORMAL, MatrixLabels.GAP_COLUMN);
        reg.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style(CROSSHAIR_BG, null, null, null),
                DisplayMode.NORMAL, MatrixLabels.CROSSHAIR);

        // toggling links: NatTable's check-box editing, activated by a click or the space key
        reg.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.ALWAYS_EDITABLE,
                DisplayMode.EDIT, MatrixLabels.LINK_EDITABLE);
        reg.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, new LinkCellEditor(), DisplayMode.EDIT,
                MatrixLabels.LINK_EDITABLE);
        reg.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new LinkCellEditor.Checked(),
                DisplayMode.EDIT, MatrixLabels.LINK_EDITABLE);
        reg.registerConfigAttribute(EditConfigAttributes.SUPPORT_MULTI_EDIT, Boolean.FALSE, DisplayMode.EDIT,
                MatrixLabels.LINK_EDITABLE);

        // column header: codes upwards with the coverage strip; framework colours; gaps in red
        HeaderPainter header = new HeaderPainter(new ItemHeaderPainter(model));
        for (String label : new String[] {GridRegion.COLUMN_HEADER, DefaultSortConfiguration.SORT_UP_CONFIG_TYPE,
            DefaultSortConfiguration.SORT_DOWN_CONFIG_TYPE}) {
            reg.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, header, DisplayMode.NORMAL, label);
        }
        Style itemHeader = style(null, null, null, HorizontalAlignmentEnum.CENTER);
        itemHeader.setAttributeValue(CellStyleAttributes.VERTICAL_ALIGNMENT, VerticalAlignmentEnum.BOTTOM);
        reg.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, itemHeader, DisplayMode.NORMAL,
                MatrixLabels.ITEM_HEADER);
        Style fixedHeader = style(null, null, bold, HorizontalAlignmentEnum.LEFT);
        fixedHeader.setAttributeValue(CellStyleAttributes.VERTICAL_ALIGNMENT, VerticalAlignmentEnum.BOTTOM);
        reg.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, fixedHeader, DisplayMode.NORMAL,
                MatrixLabels.FIXED_HEADER);
        for (int i = 0; i < FRAMEWORK_COLOURS; i++) {
            reg.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style(FRAMEWORK[i], null, null, null),
                    DisplayMode.NORMAL, MatrixLabels.FRAMEWORK_PREFIX + i);
        }
        reg.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style(null, GAP_FG, bold, null),
                DisplayMode.NORMAL, MatrixLabels.GAP_HEADER);
        reg.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER,
                new BeveledBorderDecorator(new TextPainter(false, true, 3)), DisplayMode.NORMAL,
                GridRegion.COLUMN_GROUP_HEADER);
        Style group = style(null, null, bold, HorizontalAlignmentEnum.LEFT);
        reg.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, group, DisplayMode.NORMAL,
                GridRegion.COLUMN_GROUP_HEADER);

        // row header: printed references, gaps in red
        reg.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style(null, null, null, HorizontalAlignmentEnum.LEFT),
                DisplayMode.NORMAL, MatrixLabels.ROW_HEADER_TEXT);
        // a measure's status (RAG from its results files) as a bar at the left of its row header
        reg.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, new RagHeaderPainter(model,
                new org.eclipse.nebula.widgets.nattable.painter.cell.decorator.BeveledBorderDecorator(
                        new org.eclipse.nebula.widgets.nattable.painter.cell.decorator.PaddingDecorator(
                                new org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter(), 0, 0, 0,
                                RagHeaderPainter.BAR + 2))),
                DisplayMode.NORMAL, MatrixLabels.ROW_HEADER_TEXT);
    }

    static Style style(Color bg, Color fg, Font font, HorizontalAlignmentEnum align) {
        Style s = new Style();
        if (bg != null) {
            s.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, bg);
        }
        if (fg != null) {
            s.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, fg);
        }
        if (font != null) {
            s.setAttributeValue(CellStyleAttributes.FONT, font);
        }
        if (align != null) {
            s.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, align);
        }
        return s;
    }
}
