package org.plantrace.docgen.template;

/** A template that cannot be filled: not a DOCX, or a placeholder naming something the plan does not have. */
public final class TemplateException extends Exception {

    private static final long serialVersionUID = 1L;

    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
