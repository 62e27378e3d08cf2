package org.plantrace.ui.views;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Path;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.forms.IFormColors;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.plantrace.ui.PlantraceUi;

/**
 * Help &gt; Getting Started: a short guide to the workbench (help/getting-started.xml), shown in the product without a
 * browser or help server. Links of the form {@code command:<id>} run that command (e.g. open the sample plan).
 */
public class GettingStartedView extends ViewPart {

    public static final String ID = "org.plantrace.ui.views.GettingStarted";

    private FormToolkit toolkit;
    private ScrolledForm form;
    private FormText text;

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText("Plantrace");
        toolkit.decorateFormHeading(form.getForm());
        TableWrapLayout layout = new TableWrapLayout();
        layout.leftMargin = 12;
        layout.rightMargin = 12;
        form.getBody().setLayout(layout);
        text = toolkit.createFormText(form.getBody(), true);
        text.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        text.setColor("title", toolkit.getColors().getColor(IFormColors.TITLE));
        text.setFont("header", org.eclipse.jface.resource.JFaceResources.getBannerFont());
        text.setText(guide(), true, false);
        text.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                run(String.valueOf(e.getHref()));
            }
        });
        form.reflow(true);
    }

    /** The guide's text (FormText markup). */
    public static String guide() {
        URL url = FileLocator.find(PlantraceUi.getDefault().getBundle(), new Path("help/getting-started.xml"), null);
        if (url == null) {
            return "<form><p>The guide is missing from this installation.</p></form>";
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            PlantraceUi.log("Could not read the getting-started guide", e);
            return "<form><p>The guide could not be read.</p></form>";
        }
    }

    private void run(String href) {
        if (!href.startsWith("command:")) {
            return;
        }
        String id = href.substring("command:".length());
        try {
            Command c = getSite().getService(ICommandService.class).getCommand(id);
            if (c.isDefined()) {
                getSite().getService(IHandlerService.class).executeCommand(id, null);
            }
        } catch (Exception ex) {
            PlantraceUi.log("Could not run " + id, ex);
        }
    }

    /** For tests: the text shown. */
    public FormText getText() {
        return text;
    }

    @Override
    public void setFocus() {
        if (text != null && !text.isDisposed()) {
            text.setFocus();
        } else if (form != null) {
            form.setFocus();
        }
    }

    @Override
    public void dispose() {
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }

    static int style() {
        return SWT.NONE;
    }
}
