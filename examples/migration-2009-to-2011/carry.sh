#!/usr/bin/env bash
# The worked example of README.md in this folder: carries a copy of the 2009-12 sample onto two frameworks of
# the 2011 era with `plantrace migrate`, using the decisions files kept here, then validates the result.
# Usage: examples/migration-2009-to-2011/carry.sh [OUTPUT-FOLDER]   (default: ./carried-2011; the sample
# itself is never changed)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-carried-2011}
mkdir -p "$out"
out=$(cd "$out" && pwd)
# The plan and the frameworks it refers to, in the same relative layout, so its references resolve.
for d in policing-london-2009-12 frameworks frameworks-2011; do
  rm -rf "${out:?}/$d"
  cp -R "$root/examples/$d" "$out/$d"
done
# One project holds them (an Eclipse .project: File > Import > Existing Projects opens it in the workbench).
[ -e "$out/.project" ] || cat > "$out/.project" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<projectDescription><name>$(basename "$out")</name><comment></comment><projects></projects>
<buildSpec></buildSpec><natures></natures></projectDescription>
XML
plan="$out/policing-london-2009-12/plan.plan"
run() { echo; echo "\$ plantrace $*"; "$root/plantrace" "$@"; }

run migrate "$plan" --from "$out/policing-london-2009-12/mayor-2009-10.framework" \
  --to "$out/frameworks-2011/mayor-strategies-2011.framework" --decisions "$here/mayor-decisions.txt"
run migrate "$plan" --from "$out/frameworks/nis-2008.framework" \
  --to "$out/frameworks-2011/mpa-kpis-2011-12.framework" --decisions "$here/nis-decisions.txt"
status=0
run validate "$plan" || status=$?
echo
echo "carried plan: $plan (validate exit code $status)"
