package org.plantrace.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.plantrace.core.text.Csv;
import org.plantrace.core.text.Json;
import org.plantrace.core.trace.LinkTable;
import org.plantrace.core.trace.Scheme;
import org.plantrace.core.trace.TraceIndex;
import org.plantrace.model.io.ModelLoadException;

/** {@code plantrace links}: the alignment relation of one scheme as data. */
final class LinksCommand implements Command {

    @Override
    public String name() {
        return "links";
    }

    @Override
    public String summary() {
        return "list the plan's links to one framework scheme as CSV or JSON";
    }

    @Override
    public String help() {
        return "Usage: plantrace links <plan> --scheme " + Scheme.names() + " [--format csv|json]\n\n"
                + """
                Prints the alignment relation, one row per link: the plan element it starts from
                (objective, key activity or measure: id, type, printed number, title, objective id),
                the national item it reaches as printed in the plan (e.g. PSA 24 PA1, SPP 1, NI 16,
                SPI 1.1), its title and stable id, the published table it came from, the key
                activities and lead business groups it carries.

                Options:
                  --scheme NAME    framework scheme (required)
                  --format FORMAT  csv (default) or json
                  --help           this help
                """;
    }

    @Override
    public Set<String> options() {
        return Set.of("scheme", "format");
    }

    @Override
    public int run(Args args, List<String> positionals, PrintStream out, PrintStream err)
            throws UsageException, ModelLoadException {
        String schemeName = args.get("scheme", null);
        if (schemeName == null) {
            throw new UsageException("--scheme is required (" + Scheme.names() + ")");
        }
        Scheme scheme = Scheme.parse(schemeName)
                .orElseThrow(() -> new UsageException("unknown scheme '" + schemeName + "'; use one of " + Scheme.names()));
        String format = args.choice("format", "csv", List.of("csv", "json"));
        TraceIndex index = TraceIndex.of(PlanArgument.load(positionals));
        List<List<String>> rows = LinkTable.rows(index.links(scheme));
        if (format.equals("json")) {
            Json j = new Json().beginArray();
            for (List<String> r : rows) {
                j.beginObject();
                for (int i = 0; i < LinkTable.HEADER.size(); i++) {
                    j.field(LinkTable.HEADER.get(i), r.get(i));
                }
                j.endObject();
            }
            out.print(j.endArray());
        } else {
            Csv csv = new Csv().row(LinkTable.HEADER);
            rows.forEach(csv::row);
            out.print(csv);
        }
        return OK;
    }
}
