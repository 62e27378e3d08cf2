#!/usr/bin/env bash
# The whole-process benchmarks of run.sh (see its usage): `cold` (the rows of the "fast from the first click" table)
# and `scale` (appendices at 10x/100x/1000x, time and peak memory). Each figure is a fresh process, as a user, a git
# hook or CI meets it; the first process of each tree is not counted (it may build the tree or write its start-up
# caches: what a user sees from the second start on). With --base TREE, that tree (built once, e.g. a worktree of
# main) is measured in the same run, alternating with this one, and each row prints after/before.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=../scripts/java-home.sh
. "$root/releng/scripts/java-home.sh"
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
classes="$root/releng/benchmarks/target/classes"
# each tree reads its own copy of the sample (an older tree may not read a newer file format)
sample_of() {
  echo "$1/examples/policing-london-2009-12/plan.plan"
}

mode=$1
shift
runs=5
base=""
factors=10,100,1000
timeout_s=900
rows=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) shift; runs=$1 ;;
    --base) shift; base=$(cd "$1" && pwd) ;;
    --factors) shift; factors=$1 ;;
    --timeout) shift; timeout_s=$1 ;;
    -*) echo "cold: unknown option $1" >&2; exit 2 ;;
    *) rows+=("$1") ;;
  esac
  shift
done
[ ${#rows[@]} -gt 0 ] || rows=(validate appendix appendix-100x workbench matrix matrix-after-warm-up diagram diagram-after-warm-up)

work=$(mktemp -d "${TMPDIR:-/tmp}/plantrace-cold.XXXXXX")
xvfb=""
cleanup() {
  [ -z "$xvfb" ] || kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

trees=("$root")
labels=("this")
if [ -n "$base" ]; then
  trees=("$base" "$root")
  labels=("base" "this")
fi

median() {
  sort -g | awk '{a[NR]=$1} END {if (NR == 0) print "nan"; else if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'
}
range() {
  sort -g | awk 'NR==1{lo=$1} {hi=$1} END {if (NR) printf "%s-%s", lo, hi}'
}

# one process under /usr/bin/time: prints "<wall seconds> <peak KB> <exit code> <CPU seconds>"; output in $1.log
timed() {
  local out=$1
  shift
  local rc=0
  timeout "$timeout_s" /usr/bin/time -f "%e %M %U %S" -o "$out.time" "$@" >"$out.log" 2>&1 || rc=$?
  local t
  t=$(tail -n 1 "$out.time" 2>/dev/null || true)
  [[ "$t" =~ ^[0-9.]+\ [0-9]+\ [0-9.]+\ [0-9.]+$ ]] || t="nan 0 0 0"
  read -r wall kb user sys <<<"$t"
  echo "$wall $kb $rc $(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')"
}

display() {
  if [ -z "${DISPLAY-}" ]; then
    Xvfb :96 -screen 0 1920x1200x24 >/dev/null 2>&1 &
    xvfb=$!
    export DISPLAY=:96
    sleep 1
  fi
}

# The rows of the first matrix and diagram run as the workbench runs: its JVM options (releng/scripts/gui-jvm.sh: C1
# only, the serial collector, metaspace threshold and young generation) and, with JDK 25 (unless PLANTRACE_AOT=off), an
# ahead-of-time cache. The product records its cache in its first session after a build; here each tree gets one
# recorded by a training process (AotTraining) with the measured class path and options, which runs the tree's
# warm-up when the tree's workbench runs its warm-ups before the recording session closes (core AotRecording), else
# only starts (an older tree whose first session closed before its warm-ups ran). The JDK caches no class path
# directories, so directories are put in jars first.
product_jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MetaspaceSize=128m -Xmn256m)
aot=false
if [ "${PLANTRACE_AOT-}" != off ] && [ "$(plantrace_java_major "${JAVA_HOME:-/nonexistent}")" -ge 25 ]; then
  aot=true
fi

tree_key() {
  echo "$1" | md5sum | cut -c1-8
}

# a class path directory as a jar (made once per run)
as_jar() {
  local dir=$1 jar
  jar="$work/jar-$(tree_key "$dir").jar"
  [ -f "$jar" ] || "${java_cmd%java}jar" cf "$jar" -C "$dir" . >&2
  echo "$jar"
}

# A class path with each signed jar replaced by a copy without its signature files (made once per run), as the product
# runs them: the JDK leaves classes of signed jars out of its ahead-of-time caches and checks their digests as it loads
# them from the jar; the product's OSGi framework defines the classes of its bundles unsigned (it verifies no
# signatures), so their classes are in its cache (./plantrace's command-line caches use unsigned copies likewise)
unsigned_cp() {
  local memo
  memo="$work/cp-$(echo "$1" | md5sum | cut -c1-8)"
  [ -f "$memo" ] || unsigned_jars "$1" >"$memo"
  cat "$memo"
}

unsigned_jars() {
  local out="" jar copy
  local -a parts
  IFS=: read -ra parts <<<"$1"
  for jar in "${parts[@]}"; do
    copy=$jar
    if [ -f "$jar" ] && plantrace_jar_signed "$jar"; then
      copy="$work/unsigned-$(tree_key "$jar")-$(basename "$jar")"
      [ -f "$copy" ] || { cp "$jar" "$copy" && plantrace_unsign_jar "$copy"; } || copy=$jar
    fi
    out+="${out:+:}$copy"
  done
  echo "$out"
}

# the AOT option of a row family (matrix, diagram) in a tree, recording the cache first (once per run); prints nothing
# without AOT or when the cache could not be made (the row then runs without, as before)
aot_option() {
  local family=$1 tree=$2 cp=$3
  shift 3
  $aot || return 0
  local cache
  cache="$work/aot-$family-$(tree_key "$tree").aot"
  if [ ! -e "$cache.tried" ]; then
    touch "$cache.tried"
    local warm=()
    [ ! -f "$tree/bundles/org.plantrace.core/src/org/plantrace/core/jvm/AotRecording.java" ] || warm=(--warm-up)
    "$java_cmd" "${product_jvm[@]}" "$@" -XX:AOTCacheOutput="$cache" -Xlog:aot=off -Xlog:cds=off -cp "$cp" \
      org.plantrace.benchmarks.AotTraining "$family" ${warm[@]+"${warm[@]}"} >"$cache.log" 2>&1 || true
    [ -s "$cache" ] || echo "  (no AOT cache for $family in $tree: $(grep -m 1 -i error "$cache.log" | cut -c1-120))" >&2
  fi
  [ ! -s "$cache" ] || echo "-XX:AOTCache=$cache"
}

product_of() {
  echo "$1/releng/org.plantrace.product/target/products/org.plantrace.product/linux/gtk/x86_64"
}

# the class path of the matrix benchmark, as run.sh matrix takes it: the bundles of the OSGi configuration the matrix
# UI tests ran with (plain Java, no framework) and the test classes
matrix_cp() {
  local tests="$1/tests/org.plantrace.ui.matrix.tests"
  local ini="$tests/target/work/configuration/config.ini"
  [ -f "$ini" ] || { echo "cold: $ini is missing; run the matrix UI tests of $1 once" >&2; return 1; }
  local jar
  grep -o 'reference\\:file\\:[^,@]*\.jar' "$ini" | sed 's/^reference\\:file\\://' \
    | grep -v -e 'org\.eclipse\.osgi' -e 'tycho' -e 'junit' | while read -r jar; do own_jar "$1" "$jar"; done | paste -sd: -
  echo ":$tests/target/classes"
}

# The tree's own build of a Plantrace bundle the configuration takes from the local Maven repository (~/.m2/repository
# is shared by every tree and worktree and holds whichever installed last: without this, --base measured the same
# Plantrace jars in both trees); other jars as they are
own_jar() {
  local tree=$1 jar=$2 name d
  case "$jar" in
    */org/plantrace/*-SNAPSHOT.jar)
      name=$(basename "$(dirname "$(dirname "$jar")")")
      for d in "$tree/bundles/$name/target" "$tree/tests/$name/target"; do
        if [ -f "$d/$(basename "$jar")" ]; then
          echo "$d/$(basename "$jar")"
          return
        fi
      done
      ;;
  esac
  echo "$jar"
}

# Before 7ec60f1 the matrix's preferences needed the OSGi framework (plain Java stopped at start with
# NoClassDefFoundError org/osgi/framework/InvalidSyntaxException). For such a tree the row puts ahead of its jars
# the same class with the setting in memory (what 7ec60f1 does outside OSGi); nothing on the timed path changes.
matrix_shim() {
  local tree=$1
  local src="$tree/bundles/org.plantrace.ui.matrix/src/org/plantrace/ui/matrix/internal/MatrixPreferences.java"
  if [ ! -f "$src" ] || grep -q 'noPlatform' "$src"; then
    return 0
  fi
  local dir="$work/matrix-shim"
  if [ ! -f "$dir/org/plantrace/ui/matrix/internal/MatrixPreferences.class" ]; then
    mkdir -p "$dir/src"
    cat >"$dir/src/MatrixPreferences.java" <<'JAVA'
package org.plantrace.ui.matrix.internal;

public final class MatrixPreferences {
    public static final String NODE = "org.plantrace.ui.matrix";
    public static final String SINGLE_CLICK_TOGGLES = "singleClickToggles";
    private static volatile boolean singleClick;

    private MatrixPreferences() {
    }

    public static boolean singleClickToggles() {
        return singleClick;
    }

    public static void setSingleClickToggles(boolean on) {
        singleClick = on;
    }
}
JAVA
    "${java_cmd%java}javac" -d "$dir" "$dir/src/MatrixPreferences.java" >&2 || return 1
  fi
  echo "$dir:"
}

# the sample of a tree copied N times, written by that tree's own library (in the file format it reads); when that
# fails, returns 1 and leaves why in $dir.failed (the first error of ScaleModel's log), printed by model_failure
scaled_model() {
  local factor=$1 tree=$2
  local dir
  dir="$work/model-$factor-$(echo "$tree" | md5sum | cut -c1-8)"
  [ ! -f "$dir.failed" ] || return 1
  if [ ! -f "$dir.plan-path" ]; then
    if ! "$java_cmd" -Xmx6g -cp "$tree/bundles/org.plantrace.cli/target/lib/*:$classes" org.plantrace.benchmarks.ScaleModel \
        "$(sample_of "$tree")" "$factor" "$dir" >"$dir.plan-path.tmp" 2>"$dir.log" || [ ! -s "$dir.plan-path.tmp" ]; then
      local line
      line=$(grep -m 1 -E 'Exception|Error|error' "$dir.log" 2>/dev/null | cut -c1-160 || true)
      echo "the ${factor}x model could not be written by the tree's ScaleModel: ${line:-no output (log: $dir.log)}" \
        >"$dir.failed"
      return 1
    fi
    mv -f "$dir.plan-path.tmp" "$dir.plan-path"
  fi
  cat "$dir.plan-path"
}

model_failure() {
  cat "$work/model-$1-$(echo "$2" | md5sum | cut -c1-8).failed" 2>/dev/null || echo "the ${1}x model could not be written"
}

# why a measurement gave no figure: the first line of its log that says (an exception, an error, a usage message),
# kept for the row's summary line ($1: the log, $2: the row, $3: the tree's index)
why() {
  local line
  line=$(grep -m 1 -E 'Exception|Error|error:|plantrace[: ]|no window|missing' "$1" 2>/dev/null | cut -c1-160 || true)
  echo "${line:-no figure in $1}" >"$work/$2-$3.why"
}

# Makes room for a run's documents: the previous run's are moved aside, not deleted, and go with the work folder
# when the benchmark ends. On a file system without a journal (this virtual machine's ext4), the kernel gives a new
# file its inode only after stepping over every inode freed in the last minutes, so deleting the 2,700 files of a
# 100x run just before the next one charged that run with it, more with every run: a series of five 100x runs took
# 2.0-3.7 s of system time each after `rm -rf`, 1.2-1.5 s with nothing deleted (wall medians 13.3 s and 11.8 s, one
# series after the other). A user's first run does not pay this, and on a journalled file system no run does.
set_aside_out() {
  [ ! -e "$work/out" ] || mv "$work/out" "$(mktemp -d "$work/spent.XXXXXX")/"
}

# one measurement of a row in a tree: prints the figure (seconds) and, after it, the peak memory in MB
measure() {
  local row=$1 tree=$2 tag=$3
  local out="$work/$row-$tag" t=${3##*-}
  case "$row" in
    validate)
      read -r s kb rc cpu < <(timed "$out" "$tree/plantrace" validate "$(sample_of "$tree")")
      [ "$rc" -le 1 ] || { s=nan; why "$out.log" "$row" "$t"; }
      echo "$s $((kb / 1024)) $cpu"
      ;;
    appendix)
      set_aside_out
      read -r s kb rc cpu < <(timed "$out" "$tree/plantrace" appendix "$(sample_of "$tree")" --out "$work/out" --quiet)
      [ "$rc" -le 1 ] || { s=nan; why "$out.log" "$row" "$t"; }
      echo "$s $((kb / 1024)) $cpu"
      ;;
    appendix-docx | appendix-html | appendix-pdf | appendix-csv | appendix-xlsx)
      # one format alone, sample: where the cold time of each writer goes
      set_aside_out
      read -r s kb rc cpu < <(timed "$out" "$tree/plantrace" appendix "$(sample_of "$tree")" --out "$work/out" --quiet \
        --format "${row#appendix-}")
      [ "$rc" -le 1 ] || { s=nan; why "$out.log" "$row" "$t"; }
      echo "$s $((kb / 1024)) $cpu"
      ;;
    appendix-100x)
      set_aside_out
      local model
      if ! model=$(scaled_model 100 "$tree"); then
        model_failure 100 "$tree" >"$work/$row-$t.why"
        echo "nan 0 nan"
        return 0
      fi
      read -r s kb rc cpu < <(timed "$out" "$tree/plantrace" appendix "$model" --out "$work/out" --quiet)
      [ "$rc" -le 1 ] || { s=nan; why "$out.log" "$row" "$t"; }
      echo "$s $((kb / 1024)) $cpu"
      ;;
    diagram | diagram-after-warm-up)
      # the workbench's JVM options; the figure is the one the program prints (the diagram, not the JVM start);
      # after-warm-up: first the tree's own warm-up (what its workbench runs in the background after start-up)
      local warm=() cp aot_opt
      [ "$row" = diagram ] || warm=(--warm-up)
      cp=$(printf '%s:' "$tree"/bundles/org.plantrace.cli/target/lib/*.jar)
      cp=$(unsigned_cp "$cp$(as_jar "$classes")")
      aot_opt=$(aot_option diagram "$tree" "$cp")
      timed "$out" "$java_cmd" "${product_jvm[@]}" ${aot_opt:+"$aot_opt"} -cp "$cp" org.plantrace.benchmarks.FirstDiagram \
        ${warm[@]+"${warm[@]}"} >/dev/null
      # printed: whole (build, layout, drawing) wall and CPU ms, then build and layout only (the view's background job)
      local ms cpu lms
      read -r ms cpu lms < <(sed -n 's/^first-diagram \([0-9.]*\) \([0-9.]*\) \([0-9.]*\).*$/\1 \2 \3/p' "$out.log")
      if [ -n "$ms" ]; then awk -v m="$ms" -v c="$cpu" -v l="$lms" 'BEGIN {print m / 1000, 0, c / 1000, l / 1000}'
      else why "$out.log" "$row" "$t"; echo "nan 0 nan nan"; fi
      ;;
    matrix | matrix-after-warm-up)
      display
      # after-warm-up: first the tree's own matrix warm-up (what its workbench runs after start-up); a tree without
      # one opens its first matrix as it is
      local warm=()
      [ "$row" = matrix ] || [ ! -f "$tree/bundles/org.plantrace.ui.matrix/src/org/plantrace/ui/matrix/internal/warmup/MatrixWarmUp.java" ] \
        || warm=(--warm-up)
      local cp aot_opt shim
      shim=$(matrix_shim "$tree")
      [ -z "$shim" ] || shim="$(as_jar "${shim%:}"):"
      cp="$shim$(matrix_cp "$tree" | tr -d '\n')"
      cp=$(unsigned_cp "${cp%:*}:$(as_jar "${cp##*:}"):$(as_jar "$classes")")
      aot_opt=$(aot_option matrix "$tree" "$cp" -Xmx2g)
      timed "$out" "$java_cmd" "${product_jvm[@]}" -Xmx2g ${aot_opt:+"$aot_opt"} -cp "$cp" \
        org.plantrace.ui.matrix.tests.MatrixBenchmark ${warm[@]+"${warm[@]}"} 2000 2000 1 1 >/dev/null
      local ms
      ms=$(sed -n 's/^ *open, first in this JVM *\([0-9.]*\) ms.*/\1/p' "$out.log")
      if [ -n "$ms" ]; then awk -v m="$ms" 'BEGIN {print m / 1000, 0, "nan"}'; else why "$out.log" "$row" "$t"; echo "nan 0 nan"; fi
      ;;
    workbench)
      display
      # launch to first window, by the tree's own script and options; one start per call (after its first start)
      "$tree/releng/scripts/startup-time.sh" --runs 2 >"$out.log" 2>&1 || true
      local ms
      ms=$(sed -n 's/.*median of the 1 later run(s): \([0-9]*\) ms.*/\1/p' "$out.log")
      if [ -n "$ms" ]; then awk -v m="$ms" 'BEGIN {print m / 1000, 0, "nan"}'; else why "$out.log" "$row" "$t"; echo "nan 0 nan"; fi
      ;;
  esac
}

goal_of() {
  case "$1" in
    validate) echo 0.3 ;;
    appendix | appendix-docx | appendix-html | appendix-pdf | appendix-csv | appendix-xlsx) echo 1.5 ;;
    appendix-100x) echo 10 ;;
    workbench) echo 2 ;;
    matrix | matrix-after-warm-up) echo 0.4 ;;
    diagram | diagram-after-warm-up) echo 0.5 ;;
  esac
}

what_of() {
  case "$1" in
    validate) echo "plantrace validate, sample" ;;
    appendix) echo "plantrace appendix, all formats, sample" ;;
    appendix-docx | appendix-html | appendix-pdf | appendix-csv | appendix-xlsx)
      echo "plantrace appendix --format ${1#appendix-}, sample (the all-formats goal)" ;;
    appendix-100x) echo "plantrace appendix, all formats, 100x model" ;;
    workbench) echo "workbench, launch to first window" ;;
    matrix) echo "first 2,000 x 2,000 matrix in a session" ;;
    matrix-after-warm-up) echo "the same after the workbench's warm-up job" ;;
    diagram) echo "first 1,000-node diagram in a session" ;;
    diagram-after-warm-up) echo "the same after the workbench's warm-up job" ;;
  esac
}

cold() {
  echo "cold benchmarks: $runs runs per row and tree (whole processes, medians; first process of each tree not counted)"
  echo "trees: ${trees[*]}   load: $(cut -d' ' -f1-3 /proc/loadavg)"
  if $aot; then
    echo "matrix and diagram rows: the workbench's JVM options and an AOT cache recorded per tree as its first session would"
  else
    echo "matrix and diagram rows: the workbench's JVM options, no AOT cache (PLANTRACE_AOT=off or JDK < 25)"
  fi
  local summary=()
  for row in "${rows[@]}"; do
    local n=$runs
    [ "$row" = appendix-100x ] && n=$(((runs + 1) / 2))
    if [ "$row" = appendix-100x ]; then
      # a tree whose model cannot be written gets no figure and says why (before, the whole run stopped with rc=1)
      for t in "${trees[@]}"; do scaled_model 100 "$t" >/dev/null || true; done
    fi
    for t in "${!trees[@]}"; do
      case "$row" in
        validate | appendix | appendix-100x | appendix-*) measure "$row" "${trees[$t]}" "warm-$t" >/dev/null ;;
      esac
      : >"$work/$row-$t.values"
    done
    for i in $(seq 1 "$n"); do
      for t in "${!trees[@]}"; do
        measure "$row" "${trees[$t]}" "$i-$t" >>"$work/$row-$t.values"
      done
    done
    local goal line
    goal=$(goal_of "$row")
    line=$(printf '%-48s' "$(what_of "$row")")
    local meds=() cpus=()
    for t in "${!trees[@]}"; do
      local med rng mem cpu
      med=$(cut -d' ' -f1 "$work/$row-$t.values" | { grep -v nan || true; } | median)
      rng=$(cut -d' ' -f1 "$work/$row-$t.values" | { grep -v nan || true; } | range)
      mem=$(cut -d' ' -f2 "$work/$row-$t.values" | median)
      cpu=$(cut -d' ' -f3 "$work/$row-$t.values" | { grep -v nan || true; } | median)
      meds+=("$med")
      cpus+=("$cpu")
      line+=$(printf '  %s %6.2f s (%s)' "${labels[$t]}" "$med" "$rng")
      [ "$cpu" = nan ] || line+=$(printf ' cpu %.2f s' "$cpu")
      # diagram rows: the build and layout part of the figure (what the view's job does before it paints)
      local lay
      lay=$(cut -s -d' ' -f4 "$work/$row-$t.values" | { grep -v nan || true; } | median)
      [ -z "$lay" ] || [ "$lay" = nan ] || line+=$(printf ' (layout %.2f s)' "$lay")
      # a median of an even number of runs may be fractional (4206.5): %d refused it and set -e ended the run, rc=1
      [ "$mem" = 0 ] || line+=$(printf ' %.0f MB' "$mem")
    done
    local last=${meds[$((${#meds[@]} - 1))]}
    if [ ${#meds[@]} -gt 1 ]; then
      line+=$(awk -v a="$last" -v b="${meds[0]}" 'BEGIN {printf "  this/base %.2f", a / b}')
      [ "${cpus[0]}" = nan ] || line+=$(awk -v a="${cpus[1]}" -v b="${cpus[0]}" 'BEGIN {printf " (cpu %.2f)", a / b}')
    fi
    line+=$(awk -v a="$last" -v g="$goal" 'BEGIN {printf "  goal %s s: %.2f of it", g, a / g}')
    echo "$line"
    for t in "${!trees[@]}"; do
      [ ! -f "$work/$row-$t.why" ] || echo "  ${labels[$t]}: no figure in some runs: $(cat "$work/$row-$t.why")"
    done
    summary+=("$line")
  done
}

scale() {
  echo "appendix at scale: plantrace appendix (all formats) on the sample copied N times, one process each"
  echo "trees: ${trees[*]}   timeout ${timeout_s} s   load: $(cut -d' ' -f1-3 /proc/loadavg)"
  local f
  declare -A first
  for f in 1 ${factors//,/ }; do
    local line
    line=$(printf '%5sx' "$f")
    for t in "${!trees[@]}"; do
      local model
      model=$(sample_of "${trees[$t]}")
      if [ "$f" != 1 ] && ! model=$(scaled_model "$f" "${trees[$t]}"); then
        line+="  ${labels[$t]} no figure: $(model_failure "$f" "${trees[$t]}")"
        continue
      fi
      [ "$f" != 1 ] || measure appendix "${trees[$t]}" "warm-$t" >/dev/null
      set_aside_out
      local s kb rc cpu
      read -r s kb rc cpu < <(timed "$work/scale-$f-$t" "${trees[$t]}/plantrace" appendix "$model" --out "$work/out" --quiet)
      local status=ok
      [ "$rc" -le 1 ] || status="exit $rc"
      [ "$rc" != 124 ] || status="killed at ${timeout_s} s"
      [ "$f" != 1 ] || first[$t]=$s
      line+=$(printf '  %s %8.1f s cpu %7.1f s %6d MB peak (%s, %.2f of linear)' "${labels[$t]}" "$s" "$cpu" \
        "$((kb / 1024))" "$status" \
        "$(awk -v s="$s" -v b="${first[$t]}" -v f="$f" 'BEGIN {print s / b / f}')")
    done
    echo "$line"
  done
}

"$mode"
