package org.plantrace.diagram.layout;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * ELK's one-time set-up, started on a daemon thread when a diagram is being built ({@code Diagrams}), so that it runs
 * on the second core while the diagram's model is read instead of at the start of its layout: the class
 * initialisation of ELK's graph model (an EMF package), of Layered's and ELK's core options (each option's meta data)
 * and of {@link DiagramLayouter} and Layered's provider. A layout that starts before it is done waits for the classes
 * it needs (the JVM initialises each class once); nothing is laid out here, so layouts are the same with or without
 * it.
 */
public final class ElkSetUp {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private ElkSetUp() {
    }

    /** Starts the set-up once per JVM; returns at once. */
    public static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(ElkSetUp::run, "ELK set-up for diagrams");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        try {
            ElkNode graph = ElkGraphUtil.createGraph();
            graph.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
            Class.forName(DiagramLayouter.class.getName(), true, ElkSetUp.class.getClassLoader());
            new LayeredLayoutProvider();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // the layout itself will meet and report whatever failed here
        }
    }
}
