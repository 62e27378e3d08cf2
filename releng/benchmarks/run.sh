#!/usr/bin/env bash
# Runs one of the benchmarks on a built tree (after `./mvnw verify`, or `./plantrace --help` for the headless ones).
#
#   releng/benchmarks/run.sh trace    [plan] [iterations]        load + validate + coverage, sample and 10x/100x
#   releng/benchmarks/run.sh appendix [plan] [...]               all appendices in all formats
#   releng/benchmarks/run.sh diagram  [plan] [iterations]        ELK layout + render up to 1,000 nodes / 3,000 edges
#   releng/benchmarks/run.sh layout   [plan] [rounds]            ELK layout of a plan's per-objective diagrams (100x model), cold and warm
#                                     layout --svg-digests FILE PLAN...   SHA-256 of every diagram's SVG, to compare two trees' layouts
#   releng/benchmarks/run.sh matrix   [rows] [cols] [opens] [toggles]   the NatTable matrix, 2,000 x 2,000 by default
#   releng/benchmarks/run.sh merge    [plan] [iterations] [before-tree]   merge by id of two edited copies of the 100x model, warm
#                                                                and as a cold `plantrace merge` (clean, and with 5 conflicts), beside `git merge-file`;
#                                                                before-tree: an older built tree, its cold merge timed alongside
#   releng/benchmarks/run.sh fuzz     [--inputs N] [--seed S] [--timeout-ms T] [--appendix-every K]   hostile models
#   releng/benchmarks/run.sh cold     [--runs N] [--base TREE] [ROW ...]   whole processes, medians, ratio to the goal
#        ROW: validate appendix appendix-100x workbench matrix matrix-after-warm-up diagram diagram-after-warm-up
#             appendix-docx appendix-html appendix-pdf appendix-csv appendix-xlsx (one format alone, sample)
#        (default: all; *-after-warm-up: first the tree's own background warm-up, as its workbench runs it; matrix/diagram:
#        the workbench's JVM options and, JDK 25, an AOT cache recorded per tree as its first session would; see cold.sh)
#        --base: an older built tree (e.g. a `git worktree` of main, built once) measured in the same run, alternating
#   releng/benchmarks/run.sh scale    [--base TREE] [--factors 10,100,1000] [--timeout S]   appendix at scale:
#        `plantrace appendix` (all formats) on the sample copied N times, time and peak memory per process
#   releng/benchmarks/run.sh progress [iterations]               RAG/trend/rolling year of 33 scopes x 200 measures x
#                                                                36 months, growth 1..33 scopes, import of the CSV/XLSX
#   (diagram --warm-up: first the warm-up the workbench runs in the background after start-up)
#
# trace, appendix, diagram and layout run as plain Java on the headless slice (bundles/org.plantrace.cli/target/lib).
# matrix needs SWT and a display: it starts Xvfb on :97 when DISPLAY is unset, and takes its class path from the
# OSGi configuration the matrix UI tests ran with (tests/org.plantrace.ui.matrix.tests/target/work), so run
# `xvfb-run -a ./mvnw verify` (or at least the matrix tests) once before.
# Benchmarks print their figures; they never fail on a time (the goals are reported as ratios).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=../scripts/java-home.sh
. "$root/releng/scripts/java-home.sh"
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
cd "$root"

which=${1-}
[ -n "$which" ] || { sed -n '2,25p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2; }
shift

classes="$root/releng/benchmarks/target/classes"
headless_cp="$root/bundles/org.plantrace.cli/target/lib/*:$classes"

need() {
  [ -e "$1" ] || { echo "run.sh: $1 is missing; build first: $2" >&2; exit 2; }
}

case "$which" in
  trace | appendix | diagram | layout | merge | progress)
    need "$root/bundles/org.plantrace.cli/target/lib" "./plantrace --help"
    if [ ! -d "$classes/org/plantrace/benchmarks" ]; then
      ./mvnw -B -q -o compile -pl :org.plantrace.benchmarks -am >/dev/null
    fi
    main="org.plantrace.benchmarks.$(tr '[:lower:]' '[:upper:]' <<<"${which:0:1}")${which:1}Benchmark"
    exec "$java_cmd" -Xmx3g -Dplantrace.launcher="$root/plantrace" -cp "$headless_cp" "$main" "$@"
    ;;
  fuzz)
    # counts by outcome (clean, findings, unusable input, internal error, crash, hang, network, out-of-tree access);
    # the harness is the one FuzzTest runs in CI (tests/org.plantrace.cli.tests), here with 10,000 inputs by default
    need "$root/bundles/org.plantrace.cli/target/lib" "./plantrace --help"
    tests="$root/tests/org.plantrace.cli.tests/target/classes"
    need "$tests/org/plantrace/cli/tests/fuzz/Fuzz.class" "./mvnw -o -q verify -pl :org.plantrace.cli.tests -am -DskipTests"
    support="$root/tests/org.plantrace.tests.support/target/classes"   # the shared test helpers (Examples)
    exec "$java_cmd" -Xmx3g -cp "$root/bundles/org.plantrace.cli/target/lib/*:$tests:$support" org.plantrace.cli.tests.fuzz.Fuzz \
      --examples "$root/examples" "$@"
    ;;
  matrix)
    tests="$root/tests/org.plantrace.ui.matrix.tests"
    ini="$tests/target/work/configuration/config.ini"
    need "$ini" "xvfb-run -a ./mvnw verify -pl :org.plantrace.ui.matrix.tests -am"
    cp=$(grep -o 'reference\\:file\\:[^,@]*\.jar' "$ini" | sed 's/^reference\\:file\\://' \
      | grep -v -e 'org\.eclipse\.osgi' -e 'tycho' -e 'junit' | paste -sd: -)
    cp="$cp:$tests/target/classes"
    if [ -z "${DISPLAY-}" ]; then
      Xvfb :97 -screen 0 1920x1200x24 >/dev/null 2>&1 &
      xvfb=$!
      trap 'kill $xvfb 2>/dev/null || true' EXIT
      export DISPLAY=:97
      sleep 1
    fi
    "$java_cmd" -Xmx2g -cp "$cp" org.plantrace.ui.matrix.tests.MatrixBenchmark "$@"
    ;;
  cold | scale)
    need "$root/bundles/org.plantrace.cli/target/lib" "./plantrace --help"
    # compiled when missing or older than a source (a pull may bring a newer benchmark)
    stamp="$classes/org/plantrace/benchmarks/AotTraining.class"
    if [ ! -f "$stamp" ] || [ -n "$(find "$root/releng/benchmarks/src" -newer "$stamp" -name '*.java' -print -quit)" ]; then
      ./mvnw -B -q -o compile -pl :org.plantrace.benchmarks -am >/dev/null
    fi
    exec "$root/releng/benchmarks/cold.sh" "$which" "$@"
    ;;
  *)
    echo "run.sh: unknown benchmark '$which' (trace, appendix, diagram, layout, merge, progress, matrix, fuzz, cold, scale)" >&2
    exit 2
    ;;
esac
