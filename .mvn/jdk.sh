# Finds a JDK 21 or newer and exports JAVA_HOME. Sourced by ./mvnw and ./onecheck (POSIX sh).
# Order: $JAVA_HOME if it is 21+, else the newest 21+ JDK in the usual install locations, else `java` on PATH.

onecheck_jdk_major() {
  # Prints the feature version of the JDK at $1, or nothing when $1 is not a JDK.
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -f "$1/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
  else
    v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')
  fi
  [ "$v" = 1 ] && v=8
  printf '%s' "$v"
}

onecheck_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ "$(onecheck_jdk_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  best=""; best_v=0
  for d in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /opt/*/jdk* \
           /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$d" ] || continue
    v=$(onecheck_jdk_major "$d")
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="$d"; best_v="$v"; fi
  done
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    d=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    v=$(onecheck_jdk_major "$d")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then best="$d"; fi
  fi
  if [ -z "$best" ]; then
    echo "OneCheck needs a JDK 21 or newer (found none in JAVA_HOME, /usr/lib/jvm, /opt or on PATH)." >&2
    echo "Install one, e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin 21/25, or set JAVA_HOME." >&2
    return 1
  fi
  JAVA_HOME="$best"
  export JAVA_HOME
}

case $- in *f*) _oc_noglob=1; set +f ;; *) _oc_noglob= ;; esac
onecheck_find_jdk || exit 1
[ -z "$_oc_noglob" ] || set -f
unset _oc_noglob best best_v d v
