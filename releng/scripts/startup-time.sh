#!/usr/bin/env bash
# Measures the workbench's start-up: time from launching the JVM to the first window, and the milestones
# the application logs on the way (ms since the JVM started; see org.plantrace.ui.internal.app.StartupTiming).
#
#   DISPLAY=:77 releng/scripts/startup-time.sh [--runs N] [--spifly] [--jvm "OPTIONS"] [--cold] [--sample]
#
#   --runs N     launches (default 5); each on a fresh workspace, each closed by the workbench itself once started
#                (-Dplantrace.timing=exit) so the OSGi and extension-registry caches are written; the median is of
#                the runs after the first (what a user sees from the second start on)
#   --spifly     start SPI Fly (the OSGi service-loader extender) at level 2, as the prototype did
#   --jvm OPTS   JVM options instead of the ones ./plantrace uses (releng/scripts/gui-jvm.sh: with JDK 25 the first run
#                records the ahead-of-time cache the later runs use; PLANTRACE_AOT=off: the dynamic CDS archive)
#   --cold       drop the product's OSGi cache first, as after installing it
#   --sample     open the sample plan at start (the first-start path of ./plantrace --sample)
#   --product D  the materialised product to copy (default: the one ./plantrace runs)
#
# Works on a copy of the materialised product in a temporary folder, so the real one is not changed.
# Needs a display (Xvfb :77 &). Prints one line per run, then the median.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=java-home.sh
. "$root/releng/scripts/java-home.sh"
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"

runs=5
spifly=false
cold=false
sample=false
jvm=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) shift; runs=$1 ;;
    --spifly) spifly=true ;;
    --jvm) shift; jvm=$1 ;;
    --cold) cold=true ;;
    --sample) sample=true ;;
    --product) shift; product_dir=$1 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[ -n "${DISPLAY-}" ] || { echo "startup-time: set DISPLAY (e.g. Xvfb :77 & DISPLAY=:77)" >&2; exit 2; }

src="${product_dir:-$root/releng/org.plantrace.product/target/products/org.plantrace.product/linux/gtk/x86_64}"
[ -d "$src/plugins" ] || { echo "startup-time: build the product first (./plantrace builds it)" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/plantrace-startup.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -r "$src" "$work/product"
info="$work/product/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
if $spifly; then
  sed -i -E 's/^(org\.apache\.aries\.spifly\.dynamic\.bundle,[^,]*,[^,]*),[0-9]+,false$/\1,2,true/' "$info"
  grep -q '^org.apache.aries.spifly.dynamic.bundle,.*,2,true$' "$info" || { echo "SPI Fly not found in bundles.info" >&2; exit 2; }
fi
if $cold; then
  rm -rf "$work/product/configuration/org.eclipse.osgi" "$work/product/configuration/org.eclipse.core.runtime"
fi
# the caches of the product's own runs are not the copy's: its first run writes its own
rm -f "$work/product/.plantrace.aot" "$work/product/.plantrace-classes.jsa"
# shellcheck source=gui-jvm.sh
. "$root/releng/scripts/gui-jvm.sh"
# the options ./plantrace uses (gui_jvm_options unsigns the framework's jars in the copy, before the launcher is found)
gui_jvm_options "$work/product" >/dev/null
launcher=$(ls -1 "$work/product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
# exit: the workbench closes itself once its event loop runs, so the OSGi and extension-registry caches are
# written as when a user closes it (a killed workbench writes none, and every start would parse all plugin.xml)
props=(-Dplantrace.timing=exit "-Dplantrace.examples=$root/examples")
if $sample; then
  props+=(-Dplantrace.offerSample=open)
else
  props+=(-Dplantrace.offerSample=false)
fi

results=()
for i in $(seq 1 "$runs"); do
  log="$work/run$i.log"
  opts=()
  if [ -n "$jvm" ]; then
    read -r -a opts <<<"$jvm"
  else
    mapfile -t opts < <(gui_jvm_options "$work/product" "$root/releng/org.plantrace.product/splash.png")
  fi
  start=$(date +%s%3N)
  "$java_cmd" "${opts[@]}" "${props[@]}" "-Dplantrace.launchMillis=$start" -jar "$launcher" -data "$work/ws$i" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    grep -q 'first window open' "$log" && break
    sleep 0.05
  done
  # (a run that records the ahead-of-time cache writes it on exit: up to a minute under load)
  for _ in $(seq 1 1200); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  wall=$(sed -n 's/.*first window open (wall clock \([0-9]*\)).*/\1/p' "$log" | head -n 1)
  if [ -z "$wall" ]; then
    echo "run $i: no window (log: $(tail -n 3 "$log" | tr '\n' ' '))"
    continue
  fi
  total=$((wall - start))
  results+=("$total")
  marks=$(sed -n 's/^plantrace: timing: *\([0-9]*\) ms  \(.*\)/\2 \1/p' "$log" | sed 's/ (wall clock [0-9]*)//' | tr '\n' ';')
  echo "run $i: first window after ${total} ms (launch to window); milestones since launch: ${marks}"
done
if [ ${#results[@]} -gt 1 ]; then
  # the first run of a fresh copy may still build caches; a user sees the later ones from the second start on
  later=("${results[@]:1}")
  median=$(printf '%s\n' "${later[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "first run ${results[0]} ms; median of the ${#later[@]} later run(s): ${median} ms  (spifly=$spifly cold=$cold sample=$sample jvm='${jvm:-as ./plantrace: ${opts[*]}}')"
elif [ ${#results[@]} -eq 1 ]; then
  echo "one run: ${results[0]} ms"
fi
