package org.plantrace.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.plantrace.model.Plan;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;

/**
 * The training run of the command line's ahead-of-time cache (JDK 25 {@code -XX:AOTCacheOutput}; see
 * {@code ../../plantrace --prepare}): runs the everyday commands once on a plan (the sample), output discarded, so
 * the classes they load and link are in the cache and the next start of any of them skips that work. Two caches:
 * one for the commands that read and check a plan ({@code commands}: validate, coverage, links, compare, and merge
 * of two edited copies) and one
 * for {@code appendix}; a JVM started with a cache loads every class in it, so the small commands would pay for
 * the document libraries if they shared one.
 *
 * <p>Usage: {@code Training commands|appendix <plan>}. Exit 0 when every command ran (findings included), 3 otherwise.
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !(args[0].equals("commands") || args[0].equals("appendix"))) {
            System.err.println("usage: Training commands|appendix <plan>");
            System.exit(2);
        }
        boolean appendix = args[0].equals("appendix");
        String plan = args[1];
        Path out = Files.createTempDirectory("plantrace-training");
        PrintStream none = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        List<String[]> runs = new ArrayList<>();
        if (appendix) {
            runs.add(new String[] {"appendix", plan, "--out", out.toString(), "--quiet"});
        } else {
            runs.add(new String[] {"validate", plan});
            runs.add(new String[] {"coverage", plan});
            runs.add(new String[] {"coverage", plan, "--format", "json"});
            runs.add(new String[] {"links", plan, "--scheme", "psa"});
            runs.add(new String[] {"compare", plan, plan});
            runs.add(mergeRun(Path.of(plan), out));
        }
        int worst = 0;
        try {
            for (String[] run : runs) {
                int code = Main.run(run, none, none);
                if (code > Command.FINDINGS) {
                    System.err.println("plantrace: training run '" + String.join(" ", run) + "' ended with exit " + code);
                    worst = Math.max(worst, code);
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(out)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(worst == 0 ? 0 : 3);
    }

    /** A merge by id of two edited copies of the plan (a git merge driver's run), written into {@code out}. */
    private static String[] mergeRun(Path plan, Path out) throws IOException {
        byte[] base = Files.readAllBytes(plan);
        Path b = Files.write(out.resolve("base.plan"), base);
        Path o = Files.write(out.resolve("ours.plan"), edited(base, b, p -> p.setTitle(p.getTitle() + " (revised)")));
        Path t = Files.write(out.resolve("theirs.plan"), edited(base, b, p -> p.setNote("Agreed at committee")));
        return new String[] {"merge", b.toString(), o.toString(), t.toString(), "-o", out.resolve("merged.plan").toString()};
    }

    private static byte[] edited(byte[] base, Path file, java.util.function.Consumer<Plan> edit) throws IOException {
        try {
            Resource r = ModelStore.load(ModelStore.newResourceSet(), base,
                    URI.createFileURI(file.toAbsolutePath().toString()), file.toString());
            edit.accept((Plan) r.getContents().get(0));
            return ModelStore.serialise(r);
        } catch (ModelLoadException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
