package org.plantrace.cli.tests.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.plantrace.tests.support.Examples;
import org.plantrace.cli.Main;

/**
 * Runs {@code plantrace validate} (and, for some inputs, {@code appendix}) in-process on mutated copies of the
 * example files and on hostile inputs, and sorts every run by outcome: clean (exit 0), findings (1), unusable input
 * (2), internal error (3), crash (an exception escaping the command line, or a stack trace printed), hang (no answer
 * in the time limit), network access (a connection to a loopback listener every hostile address points at) and
 * out-of-tree access (an open of a file outside the plan's project: a FIFO that counts its readers).
 *
 * <p>The examples are copied into a project folder ({@code .project}); a mutated plan is written beside the original
 * ({@code fuzz.plan}), a mutated framework over its original (restored after the run). Everything is deterministic
 * for a seed. Used by {@code FuzzTest} (a few hundred inputs, in CI) and by {@code releng/benchmarks/run.sh fuzz}.
 */
public final class Fuzz {

    public enum Outcome {
        CLEAN, FINDINGS, UNUSABLE, INTERNAL_ERROR, CRASH, HANG, NETWORK, OUT_OF_TREE
    }

    /** One input: files to write (relative to the project), the plan to validate, a label. */
    public record Input(String label, Map<String, byte[]> files, String plan) {
    }

    /** The outcome of one input, with the first line of the command's error output. */
    public record Run(Input input, Outcome outcome, int exitCode, String message, long millis) {
    }

    private final Path root;
    private final Path project;
    private final Path outside;
    private final Path canary;
    private final ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger canaryOpens = new AtomicInteger();
    private final long timeoutMillis;
    private final ExecutorService runner = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz-run");
        t.setDaemon(true);
        return t;
    });
    private final Mutator mutator;
    private final List<Run> runs = new ArrayList<>();

    public Fuzz(Path workDir, Path examples, long seed, long timeoutMillis) throws IOException {
        this.root = workDir;
        this.timeoutMillis = timeoutMillis;
        project = Files.createDirectories(workDir.resolve("project"));
        Files.writeString(project.resolve(".project"), "<projectDescription/>");
        copy(examples, project);
        Path reproducers = examples.toAbsolutePath().getParent().resolve("tests/org.plantrace.core.tests/reproducers");
        if (Files.isDirectory(reproducers)) {
            copy(reproducers, workDir.resolve("reproducers"));
        }
        outside = Files.createDirectories(workDir.resolve("outside"));
        canary = outside.resolve("secret.framework");
        listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try {
                    Socket s = listener.accept();
                    connections.incrementAndGet();
                    s.close();
                } catch (IOException e) {
                    return;
                }
            }
        }, "fuzz-listener");
        acceptor.setDaemon(true);
        acceptor.start();
        makeCanary();
        mutator = new Mutator(seed, project, this::url, canary);
    }

    /** A FIFO whose every open for reading is counted (Linux); a plain file when FIFOs cannot be made. */
    private void makeCanary() throws IOException {
        boolean fifo = false;
        try {
            fifo = new ProcessBuilder("mkfifo", canary.toString()).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            fifo = false;
        }
        if (!fifo) {
            Files.writeString(canary, "<?xml version=\"1.0\"?><canary/>");
            return;
        }
        Thread watcher = new Thread(() -> {
            while (true) {
                try (OutputStream o = Files.newOutputStream(canary)) { // blocks until a reader opens it
                    canaryOpens.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        }, "fuzz-canary");
        watcher.setDaemon(true);
        watcher.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + listener.getLocalPort() + "/" + path;
    }

    Path project() {
        return project;
    }

    public Mutator mutator() {
        return mutator;
    }

    private static void copy(Path from, Path to) throws IOException {
        Examples.copyTree(from, to);
    }

    /**
     * How good the one-line messages of unusable inputs are: how many name no line ("file.plan: reason" rather than
     * "file.plan:12: reason"), print a Java object ("...Impl@1a2b3c"), or name an encoding without saying it is one.
     */
    static Map<String, Integer> messageQuality(List<Run> runs) {
        Map<String, Integer> q = new LinkedHashMap<>();
        java.util.regex.Pattern withLine = java.util.regex.Pattern.compile("\\.(plan|framework|xmi)[^:\\s]*:\\d+:");
        for (Run r : runs) {
            if (r.outcome() != Outcome.UNUSABLE) {
                continue;
            }
            q.merge("all", 1, Integer::sum);
            String m = r.message();
            if (!withLine.matcher(m).find()) {
                q.merge("no line", 1, Integer::sum);
            }
            if (m.matches(".*Impl@[0-9a-f]+.*")) {
                q.merge("object dump", 1, Integer::sum);
            }
            if (m.matches(".*:\\s*[A-Z][A-Z0-9_-]*[0-9]+\\s*$") && !m.toLowerCase(Locale.ROOT).contains("encoding")) {
                q.merge("bare encoding name", 1, Integer::sum);
            }
        }
        return q;
    }

    /** Runs one input: writes its files, runs the command line, restores what it overwrote. */
    public Run run(Input in, boolean appendix) throws IOException {
        Map<Path, byte[]> saved = new LinkedHashMap<>();
        List<Path> created = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : in.files().entrySet()) {
            Path p = project.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            if (Files.exists(p)) {
                saved.put(p, Files.readAllBytes(p));
            } else {
                created.add(p);
            }
            Files.write(p, e.getValue());
        }
        try {
            Run r = execute(in, new String[] { "validate", project.resolve(in.plan()).toString(), "--severity", "info" });
            if (appendix && (r.outcome() == Outcome.CLEAN || r.outcome() == Outcome.FINDINGS)) {
                Path out = root.resolve("out");
                Run a = execute(in, new String[] { "appendix", project.resolve(in.plan()).toString(), "--out",
                        out.toString(), "--quiet", "--format", "csv,xlsx" });
                if (a.outcome() != Outcome.CLEAN && a.outcome() != Outcome.FINDINGS) {
                    r = new Run(in, a.outcome(), a.exitCode(), "appendix: " + a.message(), r.millis() + a.millis());
                }
            }
            runs.add(r);
            return r;
        } finally {
            for (Map.Entry<Path, byte[]> e : saved.entrySet()) {
                Files.write(e.getKey(), e.getValue());
            }
            for (Path p : created) {
                Files.deleteIfExists(p);
            }
        }
    }

    private Run execute(Input in, String[] args) {
        int net0 = connections.get();
        int tree0 = canaryOpens.get();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream sysOut = System.out;
        PrintStream sysErr = System.err;
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        Outcome outcome;
        int code = -1;
        String message;
        System.setOut(o);
        System.setErr(e);
        try {
            Future<Integer> f = runner.submit(() -> Main.run(args, o, e));
            try {
                code = f.get(timeoutMillis, TimeUnit.MILLISECONDS);
                outcome = switch (code) {
                    case 0 -> Outcome.CLEAN;
                    case 1 -> Outcome.FINDINGS;
                    case 2 -> Outcome.UNUSABLE;
                    case 3 -> Outcome.INTERNAL_ERROR;
                    default -> Outcome.CRASH;
                };
            } catch (TimeoutException t) {
                f.cancel(true);
                outcome = Outcome.HANG;
            } catch (java.util.concurrent.ExecutionException x) {
                outcome = Outcome.CRASH;
                e.println("escaped: " + x.getCause());
            } catch (InterruptedException x) {
                Thread.currentThread().interrupt();
                outcome = Outcome.CRASH;
            }
        } finally {
            System.setOut(sysOut);
            System.setErr(sysErr);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String errText = err.toString(StandardCharsets.UTF_8);
        message = errText.lines().findFirst().orElse("");
        if (errText.contains("\tat ") || errText.contains("Exception in thread")) {
            outcome = Outcome.CRASH; // a stack trace reached the user
        }
        if (canaryOpens.get() > tree0) {
            outcome = Outcome.OUT_OF_TREE;
        }
        if (connections.get() > net0) {
            outcome = Outcome.NETWORK;
        }
        return new Run(in, outcome, code, message, millis);
    }

    public List<Run> runs() {
        return runs;
    }

    public Map<Outcome, Integer> counts() {
        Map<Outcome, Integer> m = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            m.put(o, 0);
        }
        for (Run r : runs) {
            m.merge(r.outcome(), 1, Integer::sum);
        }
        return m;
    }

    public void close() throws IOException {
        listener.close();
        if (Files.exists(canary) && !Files.isRegularFile(canary)) {
            // unblock the watcher: open the FIFO for reading once
            runner.submit(() -> {
                Files.newInputStream(canary).close();
                return null;
            });
        }
        runner.shutdownNow();
    }

    /**
     * {@code Fuzz [--inputs N] [--seed S] [--timeout-ms T] [--appendix-every K] [--verbose]}: runs N mutated inputs
     * plus the hostile cases (every K-th also through {@code appendix} as CSV and XLSX) and prints the
     * counts by outcome (and each input that crashed, hung, reached the network or left the tree).
     */
    public static void main(String[] args) throws Exception {
        int inputs = 10_000;
        long seed = 16;
        long timeout = 5_000;
        Path examples = null;
        boolean verbose = false;
        int appendixEvery = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--inputs" -> inputs = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--timeout-ms" -> timeout = Long.parseLong(args[++i]);
                case "--examples" -> examples = Path.of(args[++i]);
                case "--verbose" -> verbose = true;
                case "--appendix-every" -> appendixEvery = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: fuzz [--inputs N] [--seed S] [--timeout-ms T] [--examples DIR]");
                    System.exit(2);
                }
            }
        }
        if (examples == null) {
            examples = Path.of("examples");
        }
        Path work = Files.createTempDirectory("plantrace-fuzz");
        Fuzz fuzz = new Fuzz(work, examples, seed, timeout);
        long start = System.nanoTime();
        List<Input> hostile = Boolean.getBoolean("fuzz.noHostile") ? List.of() : fuzz.mutator().hostile(true);
        Map<Outcome, Integer> hostileCounts = new EnumMap<>(Outcome.class);
        for (Input in : hostile) {
            Run r = fuzz.run(in, false);
            hostileCounts.merge(r.outcome(), 1, Integer::sum);
            System.out.printf(Locale.ROOT, "hostile %-34s %-14s %6d ms  %s%n", in.label(), r.outcome(), r.millis(),
                    shorten(r.message()));
        }
        Map<String, Integer> byMutation = new LinkedHashMap<>();
        for (int i = 0; i < inputs; i++) {
            Input in = fuzz.mutator().next();
            Run r = fuzz.run(in, appendixEvery > 0 && i % appendixEvery == 0);
            byMutation.merge(in.label().replaceAll(":.*", ""), 1, Integer::sum);
            if (verbose || r.outcome().ordinal() >= Outcome.INTERNAL_ERROR.ordinal()) {
                System.out.printf(Locale.ROOT, "input %5d %-30s %-14s %5d ms %s%n", i, in.label(), r.outcome(), r.millis(),
                        shorten(r.message()));
            }
            if ((i + 1) % 100 == 0) {
                System.out.printf(Locale.ROOT, "... %d inputs, %.0f s, so far (hostile included): %s%n", i + 1,
                        (System.nanoTime() - start) / 1e9, fuzz.counts());
            }
        }
        Map<Outcome, Integer> counts = fuzz.counts();
        long slowest = fuzz.runs().stream().mapToLong(Run::millis).max().orElse(0);
        System.out.printf(Locale.ROOT, "%nfuzz: %d mutated inputs + %d hostile cases, seed %d, %.0f s, slowest input %d ms%n",
                inputs, hostile.size(), seed, (System.nanoTime() - start) / 1e9, slowest);
        System.out.println("outcome          all   (hostile)");
        for (Outcome o : Outcome.values()) {
            System.out.printf(Locale.ROOT, "  %-14s %6d   (%d)%n", o.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + (o == Outcome.HANG ? " >" + timeout / 1000 + "s" : ""), counts.get(o), hostileCounts.getOrDefault(o, 0));
        }
        System.out.println("mutations applied: " + byMutation);
        System.out.println("unusable-input messages: " + messageQuality(fuzz.runs()));
        System.out.println("slowest inputs:");
        fuzz.runs().stream().sorted((a, b) -> Long.compare(b.millis(), a.millis())).limit(5).forEach(r -> System.out
                .printf(Locale.ROOT, "  %6d ms  %-14s %s%n", r.millis(), r.outcome(), r.input().label()));
        fuzz.close();
        boolean bad = counts.get(Outcome.CRASH) + counts.get(Outcome.HANG) + counts.get(Outcome.NETWORK)
                + counts.get(Outcome.OUT_OF_TREE) + counts.get(Outcome.INTERNAL_ERROR) > 0;
        System.exit(bad ? 1 : 0);
    }

    static String shorten(String s) {
        return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }
}
