package org.plantrace.ui.internal.progress;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.plantrace.core.progress.Figures;
import org.plantrace.core.progress.ProgressRow;
import org.plantrace.core.progress.TrendSeries;
import org.plantrace.docgen.progress.TrendImages;
import org.plantrace.model.Result;

/**
 * The detail of the measure selected in the Progress view: its trend chart (the one the progress report prints) and
 * its history, one line per result: period, value, status against the target of its year, commentary. Hidden while
 * nothing is selected.
 */
public final class ProgressDetail {

    private final SashForm sash;
    private final ScrolledComposite scroll;
    private final Composite body;
    private final Label heading;
    private final Label chart;
    private final Table history;
    private final java.util.function.Function<org.plantrace.core.progress.Rag, Color> colours;
    private Image image;
    private ProgressRow shown;

    /**
     * The detail as the lower part of {@code sash}, below its first control (the view's tree), which fills the sash
     * while nothing is selected.
     */
    public ProgressDetail(SashForm sash, java.util.function.Function<org.plantrace.core.progress.Rag, Color> colours) {
        this.sash = sash;
        this.colours = colours;
        ScrolledComposite scroll = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        body = new Composite(scroll, SWT.NONE);
        scroll.setContent(body);
        this.scroll = scroll;
        GridLayoutFactory.fillDefaults().margins(4, 2).spacing(0, 2).applyTo(body);
        heading = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(heading);
        chart = new Label(body, SWT.NONE);
        chart.setData("org.plantrace.ui.progress", "chart");
        GridDataFactory.swtDefaults().applyTo(chart);
        history = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        history.setHeaderVisible(true);
        history.setLinesVisible(true);
        history.setData("org.plantrace.ui.progress", "history");
        for (String[] c : new String[][] { { "Period", "110" }, { "Result", "90" }, { "Target", "70" },
                { "Status", "70" }, { "Commentary", "400" } }) {
            TableColumn col = new TableColumn(history, SWT.LEFT);
            col.setText(c[0]);
            col.setWidth(Integer.parseInt(c[1]));
        }
        GridDataFactory.fillDefaults().grab(true, false).hint(200, 5 * history.getItemHeight() + history.getHeaderHeight())
                .applyTo(history);
        body.addDisposeListener(e -> disposeImage());
        show(null);
    }

    /** The row shown, or null. */
    public ProgressRow shown() {
        return shown;
    }

    /** The chart's label (its image is the chart). */
    public Label chart() {
        return chart;
    }

    /** The history table: one item per result with a figure, oldest first. */
    public Table history() {
        return history;
    }

    /** Shows {@code row}'s chart and history; null hides the detail. */
    public void show(ProgressRow row) {
        shown = row;
        sash.setMaximizedControl(row == null ? sash.getChildren()[0] : null);
        disposeImage();
        history.removeAll();
        if (row != null) {
            heading.setText(row.measureId() + (row.breakdown().isEmpty() ? "" : " / " + row.breakdown()) + "  "
                    + row.measure().getLabel() + (row.conflict().isEmpty() ? "" : "\nTarget conflict: " + row.conflict()));
            image = new Image(body.getDisplay(), new ImageData(new ByteArrayInputStream(TrendImages.chart(row, 1))));
            chart.setImage(image);
            chart.setToolTipText(TrendImages.describe(row));
            List<TrendSeries.Point> points = TrendSeries.of(row);
            for (TrendSeries.Point p : points) {
                Result r = p.result();
                TableItem item = new TableItem(history, SWT.NONE);
                item.setText(new String[] { p.period(),
                        r.getText() != null && !r.getText().isBlank() ? r.getText() : Figures.format(p.value(), row.measure().getUnit()),
                        p.target() == null ? "baselining" : Figures.format(p.target(), row.measure().getUnit()),
                        p.rag().label(), r.getCommentary() == null ? "" : r.getCommentary() });
                Color c = colours.apply(p.rag());
                if (c != null) {
                    item.setBackground(3, c);
                    item.setForeground(3, body.getDisplay().getSystemColor(SWT.COLOR_WHITE));
                }
                item.setData(r);
            }
        } else {
            heading.setText("");
            chart.setImage(null);
        }
        body.layout(true, true);
        scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    private void disposeImage() {
        if (image != null) {
            chart.setImage(null);
            image.dispose();
            image = null;
        }
    }
}
