# shellcheck shell=sh
# Plantrace: choose a JDK >= 21 for the build and the CLI.
#
# Sourced (POSIX sh, safe under `set -euf`) by ./mvnw, ./plantrace and .ci/run.
# Keeps JAVA_HOME when it already points to a JDK >= 21; otherwise prefers
# /usr/lib/jvm/temurin-25-jdk-amd64, then the newest JDK >= 21 under /usr/lib/jvm,
# then the `java` on PATH if that is new enough. Exports JAVA_HOME and puts its
# bin/ first on PATH. Prints a warning (and changes nothing) when no JDK >= 21 exists;
# the Maven enforcer rule then stops the build with a clear message.

PLANTRACE_MIN_JAVA=21

# Major Java version of the JDK in $1, or 0 when it is not a JDK.
plantrace_java_major() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || { echo 0; return 0; }
  if [ -f "$1/release" ]; then
    # read with shell built-ins (no sed): ./plantrace runs this before every command
    _pt_v=
    while IFS= read -r _pt_l || [ -n "$_pt_l" ]; do
      case "$_pt_l" in
        JAVA_VERSION=\"*\"*)
          _pt_v=${_pt_l#JAVA_VERSION=\"}
          _pt_v=${_pt_v%%\"*}
          break
          ;;
      esac
    done <"$1/release"
  else
    _pt_v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  case "$_pt_v" in
    1.*) _pt_v=${_pt_v#1.} ;;
  esac
  _pt_v=${_pt_v%%[!0-9]*}
  echo "${_pt_v:-0}"
}

plantrace_choose_java_home() {
  if [ -n "${JAVA_HOME-}" ] && [ "$(plantrace_java_major "$JAVA_HOME")" -ge "$PLANTRACE_MIN_JAVA" ]; then
    return 0
  fi
  _pt_best=
  _pt_best_major=0
  if [ "$(plantrace_java_major /usr/lib/jvm/temurin-25-jdk-amd64)" -ge "$PLANTRACE_MIN_JAVA" ]; then
    _pt_best=/usr/lib/jvm/temurin-25-jdk-amd64
  else
    # no globbing: mvnw runs with `set -f`
    for _pt_d in $(ls -1 /usr/lib/jvm 2>/dev/null); do
      _pt_m=$(plantrace_java_major "/usr/lib/jvm/$_pt_d")
      if [ "$_pt_m" -ge "$PLANTRACE_MIN_JAVA" ] && [ "$_pt_m" -gt "$_pt_best_major" ]; then
        _pt_best="/usr/lib/jvm/$_pt_d"
        _pt_best_major=$_pt_m
      fi
    done
    if [ -z "$_pt_best" ] && command -v javac >/dev/null 2>&1; then
      _pt_d=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
      if [ "$(plantrace_java_major "$_pt_d")" -ge "$PLANTRACE_MIN_JAVA" ]; then
        _pt_best=$_pt_d
      fi
    fi
  fi
  if [ -n "$_pt_best" ]; then
    JAVA_HOME=$_pt_best
    export JAVA_HOME
    PATH="$JAVA_HOME/bin:$PATH"
    export PATH
  else
    echo "plantrace: no JDK >= $PLANTRACE_MIN_JAVA found (JAVA_HOME='${JAVA_HOME-}');" \
      "install one, e.g. under /usr/lib/jvm, or set JAVA_HOME" >&2
  fi
}

# Whether a jar is signed (has a signature file). The JDK leaves classes of signed jars out of its ahead-of-time caches
# (and checks their digests as it loads them), so the caches of ./plantrace, of the workbench and of the cold benchmarks
# are made from unsigned jars.
plantrace_jar_signed() {
  _pt_sig=$(unzip -Z1 "$1" 2>/dev/null | grep -m 1 '^META-INF/[^/]*\.SF$' || true)
  [ -n "$_pt_sig" ]
}

# Drops the signature files of a signed jar in place (its classes and manifest stay as they are); fails if they stay.
plantrace_unsign_jar() {
  ! plantrace_jar_signed "$1" || zip -q -d "$1" 'META-INF/*.SF' 'META-INF/*.RSA' 'META-INF/*.DSA' 'META-INF/*.EC' \
    >/dev/null 2>&1
}

plantrace_choose_java_home
