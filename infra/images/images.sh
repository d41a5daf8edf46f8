#!/usr/bin/env bash
# Builds OneCheck's container images on this machine, pulling nothing (no image registry is reachable from a city
# intranet, nor from here): a Debian base made by debootstrap from the Debian mirror apt already uses, a Java runtime
# layer copied from the JDK that builds the project, then Elasticsearch (the integ-test zip from Maven Central with
# our analysis plugin), Neo4j (our stack's Neo4j alone), the development issuer, the gateway and the deployment's load
# balancer (nginx from Debian's packages). Starts a Docker
# daemon (Debian's docker.io, installed when absent) when none answers at $DOCKER_HOST.
#
#   infra/images/images.sh            build every image (the project's jars must be built: ./onecheck images does it)
#   infra/images/images.sh daemon     only make sure a daemon answers; print its DOCKER_HOST
#
# Images are tagged onecheck/<name>:dev. The daemon is the machine's (/run/onecheck/docker.sock): checkouts share it
# and its layer cache, each build retags what it built.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/.mvn/jdk.sh"
export DOCKER_HOST="${DOCKER_HOST:-unix:///run/onecheck/docker.sock}"
TAG="${ONECHECK_IMAGE_TAG:-dev}"

say() { printf 'images: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

daemon_answers() { docker version >/dev/null 2>&1; }

ensure_daemon() {
  daemon_answers && return 0
  case "$DOCKER_HOST" in
    unix:///run/onecheck/docker.sock) ;;
    *) die "no Docker daemon answers at $DOCKER_HOST" ;;
  esac
  [ "$(id -u)" = 0 ] || die "no Docker daemon answers at $DOCKER_HOST, and starting one needs root"
  if ! command -v dockerd >/dev/null || ! command -v debootstrap >/dev/null; then
    say "installing Debian's docker.io and debootstrap …"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker.io debootstrap >/dev/null
  fi
  mkdir -p /run/onecheck /var/lib/onecheck/docker
  say "starting dockerd ($DOCKER_HOST) …"
  # setsid: the daemon outlives this script and the CI step that ran it; stopped by its pid file.
  setsid dockerd --data-root /var/lib/onecheck/docker --exec-root /run/onecheck/docker-exec \
    --pidfile /run/onecheck/docker.pid -H "$DOCKER_HOST" >/var/log/onecheck-dockerd.log 2>&1 < /dev/null &
  for _ in $(seq 1 60); do daemon_answers && return 0; sleep 0.5; done
  die "dockerd did not answer within 30 s; see /var/log/onecheck-dockerd.log"
}

image_exists() { docker image inspect "$1" >/dev/null 2>&1; }

# The Debian mirror apt uses (deb822 or one-line sources), so debootstrap reaches what apt reaches.
debian_mirror() {
  local uri
  uri=$(sed -n 's/^URIs: *\([^ ]*debian\)\/*$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1)
  [ -n "$uri" ] || uri=$(sed -n 's/^deb \(\[[^]]*\] \)\?\([^ ]*debian\)\/* .*/\2/p' /etc/apt/sources.list 2>/dev/null | head -1)
  printf '%s' "${uri:-http://deb.debian.org/debian}"
}

# onecheck/base:bookworm — minbase plus what health checks and entrypoints need (curl, ca-certificates).
base_image() {
  image_exists onecheck/base:bookworm && return 0
  command -v debootstrap >/dev/null || die "debootstrap is missing (apt-get install debootstrap)"
  local rootfs; rootfs=$(mktemp -d /tmp/onecheck-rootfs.XXXX)
  say "making the base image with debootstrap from $(debian_mirror) (about 40 s) …"
  debootstrap --variant=minbase --include=ca-certificates,curl bookworm "$rootfs" "$(debian_mirror)" >/tmp/onecheck-debootstrap.log 2>&1 \
    || { rm -rf "$rootfs"; die "debootstrap failed; see /tmp/onecheck-debootstrap.log"; }
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  tar -C "$rootfs" -c . | docker import --change 'CMD ["/bin/bash"]' - onecheck/base:bookworm >/dev/null
  rm -rf "$rootfs"
}

# A build context folder: the Dockerfile and entrypoint of $1 from infra/images/$1, plus what the caller copies in.
context() {
  local dir; dir=$(mktemp -d /tmp/onecheck-image-"$1".XXXX)
  cp -r "$ROOT/infra/images/$1/." "$dir/"
  printf '%s' "$dir"
}

build() {
  local name=$1 dir=$2
  say "building onecheck/$name:$TAG …"
  docker build -q -t "onecheck/$name:$TAG" "$dir" >/dev/null || { rm -rf "$dir"; die "building onecheck/$name failed"; }
  rm -rf "$dir"
}

# onecheck/jre:<version> — the JDK that builds the project, without what only development needs.
jre_image() {
  local version; version=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$JAVA_HOME/release")
  JRE_TAG="onecheck/jre:${version//+/_}"
  image_exists "$JRE_TAG" && return 0
  local dir; dir=$(context jre)
  say "copying the Java runtime $version …"
  mkdir -p "$dir/jdk"
  tar -C "$JAVA_HOME" --exclude=./jmods --exclude=./lib/src.zip --exclude=./man --exclude=./demo -c . | tar -C "$dir/jdk" -x
  docker build -q -t "$JRE_TAG" "$dir" >/dev/null || { rm -rf "$dir"; die "building $JRE_TAG failed"; }
  rm -rf "$dir"
}

stack_property() { sed -n "s/^$1=//p" "$ROOT/infra/stack/target/classes/dev/onecheck/infra/stack/stack.properties"; }

elasticsearch_image() {
  local dir; dir=$(context elasticsearch)
  unzip -q "$(stack_property elasticsearch.distribution)" -d "$dir"
  mv "$dir"/elasticsearch-* "$dir/elasticsearch"
  cp "$(stack_property analysis.plugin)" "$dir/analysis-plugin.zip"
  sed -i "s|^FROM .*|FROM $JRE_TAG|" "$dir/Dockerfile"
  build elasticsearch "$dir"
}

neo4j_image() {
  local dir; dir=$(context neo4j)
  mkdir -p "$dir/lib"
  tr ':' '\n' < "$ROOT/infra/stack/target/classes/dev/onecheck/infra/stack/stack.classpath" | while read -r jar; do
    [ -n "$jar" ] && cp "$jar" "$dir/lib/"
  done
  (cd "$ROOT/infra/stack/target/classes" && "$JAVA_HOME/bin/jar" --create --file "$dir/lib/onecheck-stack.jar" .)
  sed -i "s|^FROM .*|FROM $JRE_TAG|" "$dir/Dockerfile"
  build neo4j "$dir"
}

jar_image() {
  local name=$1 jar=$2 dir
  [ -f "$jar" ] || die "$jar is missing: build the project first (./onecheck images does)"
  dir=$(context "$name")
  cp "$jar" "$dir/app.jar"
  sed -i "s|^FROM .*|FROM $JRE_TAG|" "$dir/Dockerfile"
  build "$name" "$dir"
}

case "${1:-all}" in
  daemon) ensure_daemon; printf '%s\n' "$DOCKER_HOST" ;;
  all)
    ensure_daemon
    base_image
    jre_image
    elasticsearch_image
    neo4j_image
    jar_image issuer "$ROOT/infra/dev-issuer/target/onecheck-dev-issuer.jar"
    jar_image gateway "$ROOT/gateway/target/onecheck-gateway.jar"
    build lb "$(context lb)"
    docker image ls --format '{{.Repository}}:{{.Tag}} {{.Size}}' | grep '^onecheck/' >&2
    ;;
  *) die "usage: images.sh [all|daemon]" ;;
esac
