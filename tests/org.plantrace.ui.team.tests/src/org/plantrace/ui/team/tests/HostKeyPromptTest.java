package org.plantrace.ui.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.plantrace.ui.team.internal.HostKeyPrompt;

/**
 * The question asked when an SSH server is met for the first time: asked from the thread that connects, shown on the
 * UI thread with the server and its key's fingerprints; Yes trusts it, No refuses it.
 */
class HostKeyPromptTest {

    private static final String FINGERPRINTS = "The EC key's fingerprints are:\n"
            + "MD5:3c:1f:9a:07:55:e2:41:8b:90:6d:ee:12:c4:7a:0b:51\n"
            + "SHA256:q2Xv0b8Jm1QyT9cK3rH5nW7pL4sD6fG8hJ0kZ2xC4vB";

    @Test
    void theServerAndItsFingerprintAreShownAndTheAnswerIsTheUsers() throws Exception {
        List<String> shown = new ArrayList<>();
        assertTrue(ask("&Yes", shown), "Yes trusts the server");
        assertEquals(1, shown.size(), shown.toString());
        String message = shown.get(0);
        assertTrue(message.startsWith("Plantrace has not met the server plans.example.org:2222 before"), message);
        assertTrue(message.contains("SHA256:q2Xv0b8Jm1QyT9cK3rH5nW7pL4sD6fG8hJ0kZ2xC4vB"), message);
        assertTrue(message.endsWith("Trust this server and remember it (in ~/.ssh/known_hosts)?"), message);
        shown.clear();
        assertEquals(Boolean.FALSE, ask("&No", shown), "No refuses it");
        assertNull(Screen.shell(HostKeyPrompt.TITLE), "the question is closed");
    }

    /** Asks from another thread, as a connection does, and answers with the button {@code answer}. */
    private static boolean ask(String answer, List<String> shown) {
        HostKeyPrompt prompt = new HostKeyPrompt(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        AtomicReference<Boolean> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable driver = new Runnable() {
            int tries;

            @Override
            public void run() {
                Shell s = Screen.shell(HostKeyPrompt.TITLE);
                if (s == null) {
                    if (++tries < 300) {
                        Screen.display().timerExec(100, this);
                    }
                    return;
                }
                try {
                    Screen.spin(200);
                    Screen.screenshot(s, "unknown-ssh-server");
                    for (Label l : Screen.all(s, Label.class)) {
                        if (l.getText().contains("server")) {
                            shown.add(l.getText());
                        }
                    }
                    Button b = Screen.all(s, Button.class).stream().filter(x -> answer.equals(x.getText())).findFirst()
                            .orElseThrow(() -> new AssertionError("no button " + answer));
                    b.notifyListeners(SWT.Selection, new Event());
                } catch (Throwable t) {
                    failure.set(t);
                    s.close();
                }
            }
        };
        Screen.display().timerExec(100, driver);
        Thread connecting = new Thread(() -> result.set(prompt.trust("plans.example.org:2222", FINGERPRINTS)),
                "ssh connection");
        connecting.start();
        Screen.waitUntil("the question is answered", 30_000, () -> result.get() != null);
        if (failure.get() != null) {
            throw new AssertionError("in the question: " + failure.get(), failure.get());
        }
        return result.get();
    }
}
