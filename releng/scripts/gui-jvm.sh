# shellcheck shell=bash
# The JVM options the workbench starts with, shared by ./plantrace and releng/scripts/startup-time.sh (sourced;
# needs java-home.sh sourced first). `gui_jvm_options PRODUCT [SPLASH]` prints them, one per line.
#
# - C1 only and the serial collector: start-up matters more than peak speed for a desktop tool on 2 cores; a metaspace
#   threshold and young generation large enough that the start runs without a garbage collection.
# - A splash (the JVM's own -splash, drawn before any class loads; closed when the first window opens).
# - JDK 25 and later: an ahead-of-time cache of the classes a session loads and links. The first session after a
#   build records it (-XX:AOTCacheOutput: the cache is written when the workbench closes); later starts use it
#   (-XX:AOTCache). The JDK leaves classes of signed jars out of its caches, so the framework's two jars (the launcher
#   and org.eclipse.osgi, on the application class path) are used without their signature files.
#   PLANTRACE_AOT=off, or an older JDK: the dynamic class-data-sharing archive instead (-XX:+AutoCreateSharedArchive).

# the JDK's major version (0 when unknown)
gui_java_major() {
  if [ -n "${JAVA_HOME-}" ] && command -v plantrace_java_major >/dev/null 2>&1; then
    plantrace_java_major "$JAVA_HOME"
  else
    echo 0
  fi
}

# drops the signature files of the framework's jars in the product (once; the classes stay as they are)
gui_unsign_framework() {
  local product=$1 jar
  command -v zip >/dev/null 2>&1 && command -v unzip >/dev/null 2>&1 || return 1
  for jar in "$product"/plugins/org.eclipse.equinox.launcher_*.jar "$product"/plugins/org.eclipse.osgi_*.jar; do
    [ -f "$jar" ] || return 1
    plantrace_unsign_jar "$jar" || return 1
  done
}

gui_jvm_options() {
  local product=$1 splash=${2-}
  echo "-XX:TieredStopAtLevel=1"
  echo "-XX:+UseSerialGC"
  # no collection on the way to the first window: the ~45 MB of class metadata a start loads passed the JVM's
  # initial 21 MB threshold twice (each a full collection, 0.1-0.8 s), and a start allocates ~200 MB, one young
  # collection with the default young generation of a third of the initial heap
  echo "-XX:MetaspaceSize=128m"
  echo "-Xmn256m"
  [ -z "$splash" ] || [ ! -f "$splash" ] || echo "-splash:$splash"
  if [ "${PLANTRACE_AOT-}" != off ] && [ "$(gui_java_major)" -ge 25 ] && gui_unsign_framework "$product"; then
    local cache="$product/.plantrace.aot" stamp="$product/.plantrace-built"
    [ -f "$stamp" ] || stamp="$product/configuration/config.ini"
    if [ -s "$cache" ] && ! [ "$stamp" -nt "$cache" ]; then
      echo "-XX:AOTCache=$cache"
    else
      rm -f "$cache"
      echo "-XX:AOTCacheOutput=$cache"
    fi
    # the launcher finds its install folder from its class's code source, which a cached class does not carry
    echo "-Dosgi.install.area=file:$product/"
    echo "-Xlog:aot=off"
    echo "-Xlog:cds=off"
  else
    echo "-XX:+AutoCreateSharedArchive"
    echo "-XX:SharedArchiveFile=$product/.plantrace-classes.jsa"
    echo "-Xlog:cds=off"
    echo "-Xlog:cds+dynamic=off"
  fi
}
