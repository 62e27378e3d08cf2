package org.plantrace.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.plantrace.model.io.AtomicFile;
import org.plantrace.docgen.AppendixBuilder;
import org.plantrace.docgen.docx.DocxTemplate;
import org.plantrace.docgen.template.PlanParts;
import org.plantrace.docgen.template.Placeholder;
import org.plantrace.docgen.template.TemplateException;
import org.plantrace.model.io.ModelLoadException;
import org.plantrace.model.io.ModelStore;

/** {@code plantrace document}: fills the team's Word template with the plan's generated parts. */
final class DocumentCommand implements Command {

    @Override
    public String name() {
        return "document";
    }

    @Override
    public String summary() {
        return "fill the team's Word template with the plan's appendices, tables and diagrams";
    }

    @Override
    public String help() {
        return "Usage: plantrace document <plan> [results...] --template FILE.docx -o OUT.docx [--framework FILE,...]\n"
                + "       plantrace document --template FILE.docx --list\n\n"
                + """
                Fills a Word document the team writes (their cover, styles, chapters, headers and
                footers) with the parts Plantrace generates from the plan. Each place to fill is a
                content control whose tag starts with plantrace: (Word: Developer > Rich Text
                Content Control > Properties > Tag), or a paragraph that reads, alone,
                {{plantrace appendix B}}:

                  appendix A ... appendix J    a whole appendix, with its heading
                  appendix budgets             every budget table
                  appendix diagrams            the alignment diagram of every objective
                  measures N                   objective N's measures and their targets
                  diagram N                    objective N's alignment diagram
                  budget N | budget TITLE      one budget table (N-th of the plan, or by title)
                  progress N                   objective N's progress table (give results files)

                Everything else is kept as written. The output is a template too: generate again
                from it (even -o onto the same file) and only the generated parts are replaced,
                keeping every word the team added or changed around them. The parts are printed as
                for publication (no findings, no model ids; see 'plantrace appendix --publication').

                Options:
                  --template FILE    the team's .docx (required)
                  -o, --out FILE     the document to write (required unless --list); written
                                     whole or not at all
                  --framework FILES  more framework files to print (comma-separated), e.g. the
                                     local health indicators of appendix G
                  --list             print the template's placeholders and stop
                  --help             this help

                Exit codes: 0 written, 1 written but the model has errors (check with 'plantrace
                validate'), 2 unusable input (an unreadable template, a placeholder naming what the
                plan lacks), 3 internal error.
                """;
    }

    @Override
    public Set<String> options() {
        return Set.of("template", "out", "framework");
    }

    @Override
    public Set<String> flags() {
        return Set.of("list");
    }

    @Override
    public int run(Args args, List<String> positionals, PrintStream out, PrintStream err)
            throws UsageException, ModelLoadException, IOException {
        String templateArg = args.get("template", null);
        if (templateArg == null || templateArg.isBlank()) {
            throw new UsageException("--template FILE.docx is required");
        }
        Path template = Path.of(templateArg);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(template);
        } catch (NoSuchFileException e) {
            throw new ModelLoadException(template, 0, 0, "no such file", e);
        }
        if (args.has("list")) {
            for (Placeholder p : placeholders(template, bytes)) {
                out.println(p.tag());
            }
            return OK;
        }
        String outArg = args.get("out", null);
        if (outArg == null || outArg.isBlank()) {
            throw new UsageException("-o OUT.docx is required");
        }
        Path target = Path.of(outArg);
        if (Files.isDirectory(target)) {
            throw new UsageException("-o " + outArg + " is a folder; give the .docx file to write");
        }
        ResultsArguments in = ResultsArguments.load(positionals, false);
        List<org.plantrace.model.Framework> extra = new java.util.ArrayList<>();
        for (String f : args.get("framework", "").split(",")) {
            if (!f.isBlank()) {
                extra.add(ModelStore.loadRoot(in.plan().eResource().getResourceSet(), Path.of(f.trim()),
                        org.plantrace.model.Framework.class));
            }
        }
        PlanParts parts = new PlanParts(in.plan(), in.sets(), extra, Instant.now());
        DocxTemplate.Filled filled;
        try {
            filled = DocxTemplate.fill(bytes, parts::resolve);
        } catch (TemplateException e) {
            throw new ModelLoadException(template, 0, 0, e.getMessage(), e);
        }
        AtomicFile.write(target, filled.docx());
        out.println("wrote " + target + " (" + filled.placeholders().size() + " generated part(s): "
                + filled.placeholders().stream().map(p -> p.kind() + " " + p.argument()).collect(Collectors.joining(", "))
                + ")");
        AppendixBuilder.Result r = parts.appendices();
        if (r.document().isDraft()) {
            err.println("plantrace document: the model has " + r.document().draft().errors() + " error(s); the "
                    + "document is not ready to publish (see 'plantrace validate " + positionals.get(0) + "')");
            return FINDINGS;
        }
        return OK;
    }

    private static List<Placeholder> placeholders(Path template, byte[] bytes) throws ModelLoadException {
        try {
            return DocxTemplate.placeholders(bytes);
        } catch (TemplateException e) {
            throw new ModelLoadException(template, 0, 0, e.getMessage(), e);
        }
    }
}
