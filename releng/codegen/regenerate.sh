#!/usr/bin/env bash
# Regenerates bundles/org.plantrace.model/src-gen and bundles/org.plantrace.edit/src-gen from
# bundles/org.plantrace.model/model/plantrace.genmodel. Run after changing the .ecore/.genmodel.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
"$root/mvnw" -q -f "$here/pom.xml" compile exec:java -Dexec.args="$root/bundles $*"
