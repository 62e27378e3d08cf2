package org.plantrace.core.validation;

import org.eclipse.emf.common.util.Diagnostic;

/** Severity of a finding, ordered from most to least severe. */
public enum Severity {
    ERROR, WARNING, INFO;

    public static Severity of(int emfSeverity) {
        if ((emfSeverity & Diagnostic.ERROR) != 0 || (emfSeverity & Diagnostic.CANCEL) != 0) {
            return ERROR;
        }
        if ((emfSeverity & Diagnostic.WARNING) != 0) {
            return WARNING;
        }
        return INFO;
    }

    public int toEmf() {
        return switch (this) {
            case ERROR -> Diagnostic.ERROR;
            case WARNING -> Diagnostic.WARNING;
            case INFO -> Diagnostic.INFO;
        };
    }
}
