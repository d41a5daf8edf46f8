#!/usr/bin/env bash
# A scale-out OneCheck on one Docker host, from the images of infra/images (README, "Scale-out deployment"):
# two gateway replicas behind an nginx load balancer, a three-node Elasticsearch cluster, Neo4j and the development
# issuer, on a private network; only the load balancer (127.0.0.1:18080) and, for loading, Neo4j and one
# Elasticsearch node are published on loopback.
#
#   infra/deploy/deploy.sh up       build the images, start everything, load the bundled sample (laws subset + 江海市)
#   infra/deploy/deploy.sh test     the smoke queries through the load balancer, then the same with one gateway
#                                   replica stopped and with one Elasticsearch node stopped (both started again)
#   infra/deploy/deploy.sh down     remove the containers and the network (the generated secrets stay in var/deploy)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/.mvn/jdk.sh"
export DOCKER_HOST="${DOCKER_HOST:-unix:///run/onecheck/docker.sock}"
NET=onecheck-deploy
STATE="$ROOT/var/deploy"
LB="http://127.0.0.1:18080"
ISSUER="http://127.0.0.1:19000"
BOLT="bolt://127.0.0.1:17687"
ES="http://127.0.0.1:19200"
CONTAINERS="lb gateway-a gateway-b issuer es1 es2 es3 neo4j"
# Three Elasticsearch nodes need what a cluster's bootstrap checks ask of the host — above all 65,535 open files for
# the daemon's containers. Where the daemon's own limit is lower (this sandbox: 20,000, and root may not raise it), one
# node runs instead and the node-failure test is skipped; ES_NODES overrides.
docker_open_files() { awk '/Max open files/ {print $4}' "/proc/$(cat /run/onecheck/docker.pid 2>/dev/null || echo self)/limits" 2>/dev/null || echo 0; }
if [ -z "${ES_NODES:-}" ]; then
  if [ "$(docker_open_files)" -ge 65535 ] 2>/dev/null; then ES_NODES=3; else ES_NODES=1; fi
fi
ES_LIST=$(seq -s ' ' -f 'es%g' 1 "$ES_NODES")

say() { printf 'deploy: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

secret() {
  local file="$STATE/credentials/$1"
  if [ ! -f "$file" ]; then
    mkdir -p -m 700 "$STATE/credentials"
    (umask 077; head -c 24 /dev/urandom | base64 | tr -d '/+=\n' > "$file")
  fi
  cat "$file"
}

# One CA and one transport certificate for the Elasticsearch nodes (security on a cluster needs TLS between nodes),
# made with the JDK's keytool: the nodes check that a peer's certificate comes from this CA (verification_mode
# certificate), so one certificate serves all three.
transport_certificates() {
  local dir="$STATE/certs" pass; pass=$(secret transport-keystore)
  [ -f "$dir/transport.p12" ] && return 0
  mkdir -p "$dir"
  local kt="$JAVA_HOME/bin/keytool"
  "$kt" -genkeypair -noprompt -alias ca -keyalg RSA -keysize 2048 -validity 3650 -dname "CN=OneCheck deployment CA" \
    -ext bc:c -keystore "$dir/ca.p12" -storetype PKCS12 -storepass "$pass" >/dev/null 2>&1
  "$kt" -exportcert -rfc -alias ca -keystore "$dir/ca.p12" -storepass "$pass" -file "$dir/ca.pem" >/dev/null 2>&1
  "$kt" -genkeypair -noprompt -alias node -keyalg RSA -keysize 2048 -validity 3650 -dname "CN=onecheck-es" \
    -keystore "$dir/transport.p12" -storetype PKCS12 -storepass "$pass" >/dev/null 2>&1
  "$kt" -certreq -alias node -keystore "$dir/transport.p12" -storepass "$pass" -file "$dir/node.csr" >/dev/null 2>&1
  "$kt" -gencert -alias ca -keystore "$dir/ca.p12" -storepass "$pass" -infile "$dir/node.csr" -outfile "$dir/node.pem" \
    -rfc -validity 3650 -ext ku:c=digitalSignature,keyEncipherment -ext eku=serverAuth,clientAuth >/dev/null 2>&1
  "$kt" -importcert -noprompt -alias ca -file "$dir/ca.pem" -keystore "$dir/transport.p12" -storepass "$pass" >/dev/null 2>&1
  "$kt" -importcert -noprompt -alias node -file "$dir/node.pem" -keystore "$dir/transport.p12" -storepass "$pass" >/dev/null 2>&1
  rm -f "$dir/ca.p12" "$dir/node.csr" "$dir/node.pem"
  chmod 644 "$dir/transport.p12"   # read by the elasticsearch user of the image; its password is in each node's keystore
}

healthy() { [ "$(docker inspect -f '{{.State.Health.Status}}' "$1" 2>/dev/null)" = healthy ]; }

await_healthy() {
  local waited=0
  for c in "$@"; do
    until healthy "$c"; do
      [ "$waited" -lt 300 ] || { docker logs --tail 30 "$c" >&2; die "$c is not healthy after 300 s"; }
      sleep 2; waited=$((waited + 2))
    done
  done
}

es_node() {
  local n=$1 publish=() cluster=()
  [ "$n" = es1 ] && publish=(-p 127.0.0.1:19200:9200)
  if [ "$ES_NODES" -gt 1 ]; then
    local seeds=${ES_LIST// /,}
    cluster=(--ulimit nofile=65535:65535 -e ES_SEED_HOSTS="$seeds" -e ES_INITIAL_MASTERS="$seeds"
      -e ES_TRANSPORT_P12=/usr/share/elasticsearch/config/certs/transport.p12 -e ES_TRANSPORT_P12_PASSWORD="$(secret transport-keystore)"
      -v "$STATE/certs:/usr/share/elasticsearch/config/certs:ro")
  fi
  docker run -d --name "$n" --hostname "$n" --network "$NET" "${publish[@]}" "${cluster[@]}" \
    -e ELASTIC_PASSWORD="$(secret elasticsearch)" -e ES_NODE_NAME="$n" -e ES_HEAP=512m onecheck/elasticsearch:dev >/dev/null
}

gateway() {
  docker run -d --name "$1" --hostname "$1" --network "$NET" \
    -e ONECHECK_NEO4J_URI=bolt://neo4j:7687 -e ONECHECK_NEO4J_USER=neo4j -e ONECHECK_NEO4J_PASSWORD="$(secret neo4j)" \
    -e ONECHECK_ELASTICSEARCH_URI="$(for n in $ES_LIST; do printf 'http://%s:9200,' "$n"; done | sed 's/,$//')" \
    -e ONECHECK_ELASTICSEARCH_USER=elastic -e ONECHECK_ELASTICSEARCH_PASSWORD="$(secret elasticsearch)" \
    -e ONECHECK_ISSUER_URI=http://issuer:9000 onecheck/gateway:dev >/dev/null
}

loaders() {
  ONECHECK_NEO4J_USER=neo4j ONECHECK_NEO4J_PASSWORD="$(secret neo4j)" ONECHECK_ELASTICSEARCH_USER=elastic \
    ONECHECK_ELASTICSEARCH_PASSWORD="$(secret elasticsearch)" \
    "$JAVA_HOME/bin/java" -jar "$ROOT/loaders/target/onecheck-loaders.jar" --neo4j "$BOLT" --elasticsearch "$ES" "$@"
}

up() {
  "$ROOT/onecheck" images
  # Elasticsearch outside single-node mode checks the host's memory-map limit.
  if [ "$ES_NODES" -gt 1 ]; then
    [ "$(sysctl -n vm.max_map_count)" -ge 262144 ] || sysctl -qw vm.max_map_count=262144
    transport_certificates
  else
    say "one Elasticsearch node: the Docker daemon may open $(docker_open_files) files, a cluster needs 65535 (ES_NODES=3 to try)"
  fi
  docker network inspect "$NET" >/dev/null 2>&1 || docker network create "$NET" >/dev/null
  say "starting Neo4j, $ES_NODES Elasticsearch node(s) and the issuer …"
  docker run -d --name neo4j --hostname neo4j --network "$NET" -p 127.0.0.1:17687:7687 \
    -e NEO4J_PASSWORD="$(secret neo4j)" onecheck/neo4j:dev >/dev/null
  for n in $ES_LIST; do es_node "$n"; done
  docker run -d --name issuer --hostname issuer --network "$NET" -p 127.0.0.1:19000:9000 \
    -e SPRING_SECURITY_OAUTH2_AUTHORIZATIONSERVER_ISSUER=http://issuer:9000 onecheck/issuer:dev >/dev/null
  await_healthy neo4j $ES_LIST issuer
  say "loading the bundled laws and the sample city, indexing …"
  loaders laws "$ROOT/loaders/sample-data/laws" >/dev/null
  loaders sample "$ROOT/loaders/sample-data" >/dev/null
  loaders index >/dev/null
  say "starting two gateway replicas and the load balancer …"
  gateway gateway-a
  gateway gateway-b
  docker run -d --name lb --network "$NET" -p 127.0.0.1:18080:8080 -e GATEWAYS="gateway-a:8080 gateway-b:8080" onecheck/lb:dev >/dev/null
  await_healthy gateway-a gateway-b lb
  say "ready: $LB/graphql (tokens: curl -u officer:demo -d grant_type=client_credentials $ISSUER/oauth2/token)"
}

down() {
  for c in $CONTAINERS; do docker rm -f "$c" >/dev/null 2>&1 || true; done
  docker network rm "$NET" >/dev/null 2>&1 || true
}

token() {
  curl -sS -u "$1:${ONECHECK_DEMO_SECRET:-demo}" -d grant_type=client_credentials "$ISSUER/oauth2/token" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

graphql() { curl -sS -m 20 "$LB/graphql" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$2"; }

# A wrong answer fails the test with the gateways' warnings (SEARCH_UNAVAILABLE names its cause only in the log).
expect() {
  case "$2" in
    *"$3"*) ;;
    *) for c in gateway-a gateway-b; do say "last warnings of $c:"; docker logs "$c" 2>&1 | grep -E 'WARN|ERROR' | tail -n 10 >&2 || true; done
       die "$1: expected $3 in: $2" ;;
  esac
}

# Twenty officer searches through the load balancer: each must answer with 食品安全法 第一百二十二条 first (as the
# article itself or as the penalty article of the standard found first), as .ci/smoke-up asks of ./onecheck up.
searches() {
  local token=$1 i answer
  for i in $(seq 1 20); do
    answer=$(graphql "$token" '{"query":"{ search(text: \"未取得食品经营许可从事食品经营活动\", first: 1) { edges { node { provision { article law { shortTitle } } standard { penaltyProvision { article law { shortTitle } } } } } } }"}')
    expect "$2 (search $i)" "$answer" '"article":122,"law":{"shortTitle":"食品安全法"}'
  done
}

test_deployment() {
  local token; token=$(token officer)
  [ -n "$token" ] || die "no token from the issuer at $ISSUER"
  expect "typename" "$(graphql "$token" '{"query":"{ __typename }"}')" '{"data":{"__typename":"Query"}}'
  local advice
  advice=$(graphql "$token" '{"query":"{ penaltyAdvice(violation: \"SP-001\", facts: {committedOn: \"2026-09-01\", goodsValue: 3000, mitigating: [CONFESSED]}) { punish range { min max } } }"}')
  expect "penalty advice" "$advice" '"range":{"min":50000.0,"max":65000.0}'
  searches "$token" "both replicas"
  say "through the load balancer: search and advice answer"
  docker stop gateway-a >/dev/null
  searches "$token" "gateway-a stopped"
  say "with gateway-a stopped: 20 of 20 searches answered by gateway-b"
  docker start gateway-a >/dev/null
  await_healthy gateway-a
  if [ "$ES_NODES" -gt 1 ]; then
    docker stop es2 >/dev/null
    searches "$token" "es2 stopped"
    say "with Elasticsearch node es2 stopped: 20 of 20 searches answered (a replica of each shard on another node)"
    docker start es2 >/dev/null
    await_healthy es2
  else
    say "one Elasticsearch node: the node-failure test is skipped"
  fi
  say "test passed"
}

case "${1:-}" in
  up) up ;;
  test) test_deployment ;;
  down) down ;;
  *) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 64 ;;
esac
