package org.plantrace.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plantrace.core.era.FrameworkMigration.Choice;

/**
 * Reads a decisions file for {@code plantrace migrate}: one line per link, {@code <link id> follow <item>},
 * {@code <link id> remove} or {@code <link id> keep}; blank lines and {@code #} comments are ignored.
 */
final class MigrationDecisions {

    private MigrationDecisions() {
    }

    static Map<String, Choice> read(Path file) throws UsageException, IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such decisions file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new UsageException(file + ": not a UTF-8 text file");
        }
        Map<String, Choice> out = new LinkedHashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).replaceFirst("(^|\\s)#.*$", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] w = line.split("\\s+", 3);
            String where = file + ":" + (n + 1) + ": ";
            if (w.length < 2) {
                throw new UsageException(where + "expected '<link id> follow <item>', '<link id> remove' or"
                        + " '<link id> keep', got '" + line + "'");
            }
            Choice c = switch (w[1]) {
                case "follow" -> {
                    if (w.length < 3 || w[2].isBlank()) {
                        throw new UsageException(where + "'follow' needs the id or code of an item of the new framework");
                    }
                    yield new Choice.Follow(w[2].strip());
                }
                case "remove" -> new Choice.Remove();
                case "keep" -> new Choice.Keep();
                default -> throw new UsageException(where + "unknown decision '" + w[1]
                        + "' (follow, remove or keep)");
            };
            if (w.length == 3 && !(c instanceof Choice.Follow)) {
                throw new UsageException(where + "unexpected text after '" + w[1] + "': '" + w[2] + "'");
            }
            if (out.putIfAbsent(w[0], c) != null) {
                throw new UsageException(where + "a second decision for link " + w[0]);
            }
        }
        return out;
    }
}
