package org.plantrace.core.validation;

import org.eclipse.emf.ecore.EObject;

/**
 * One validation finding: severity, the rule that raised it, the element concerned (with its id, its
 * path from the root and the file it lives in) and a message a strategy analyst can act on.
 */
public record Finding(Severity severity, String rule, EObject element, String elementId, String path, String file,
        String message) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line: severity, path, [id], message. */
    public String toLine() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-7s ", severity));
        if (path != null && !path.isEmpty()) {
            b.append(path);
        }
        if (elementId != null) {
            b.append(" [").append(elementId).append(']');
        }
        b.append(": ").append(message);
        return b.toString();
    }
}
