#!/bin/bash
# Starts Elasticsearch from the environment:
#   ELASTIC_PASSWORD (required)  password of the built-in user elastic, put into the keystore, never on a command line
#   ES_HEAP (512m)               heap size
#   ES_NODE_NAME (host name), ES_CLUSTER_NAME (onecheck)
#   ES_SEED_HOSTS, ES_INITIAL_MASTERS   comma-separated: form a cluster with them instead of a single node
#   ES_TRANSPORT_P12, ES_TRANSPORT_P12_PASSWORD   with a cluster (required there, security needs TLS between nodes):
#                                a PKCS#12 file holding this node's key and certificate and the CA to trust
set -euo pipefail
: "${ELASTIC_PASSWORD:?set ELASTIC_PASSWORD, the password of the built-in user elastic}"
[ -f config/elasticsearch.keystore ] || bin/elasticsearch-keystore create >/dev/null
printf '%s\n' "$ELASTIC_PASSWORD" | bin/elasticsearch-keystore add --stdin --force bootstrap.password >/dev/null
heap="${ES_HEAP:-512m}"
# The built-in queryable roles job needs analysis-common, which this distribution lacks (see infra/stack).
export ES_JAVA_OPTS="-Xms$heap -Xmx$heap -Des.queryable_built_in_roles_enabled=false ${ES_JAVA_OPTS:-}"
settings=(-E "cluster.name=${ES_CLUSTER_NAME:-onecheck}" -E "node.name=${ES_NODE_NAME:-$(hostname)}"
  -E xpack.security.enabled=true -E http.host=0.0.0.0 -E transport.host=0.0.0.0
  -E cluster.routing.allocation.disk.threshold_enabled=false)
if [ -n "${ES_SEED_HOSTS:-}" ]; then
  : "${ES_TRANSPORT_P12:?set ES_TRANSPORT_P12 (and ES_TRANSPORT_P12_PASSWORD): a cluster with security needs transport TLS}"
  for store in keystore truststore; do
    printf '%s\n' "${ES_TRANSPORT_P12_PASSWORD:?set ES_TRANSPORT_P12_PASSWORD}" \
      | bin/elasticsearch-keystore add --stdin --force "xpack.security.transport.ssl.$store.secure_password" >/dev/null
  done
  settings+=(-E "discovery.seed_hosts=$ES_SEED_HOSTS" -E "cluster.initial_master_nodes=${ES_INITIAL_MASTERS:?set ES_INITIAL_MASTERS with ES_SEED_HOSTS}"
    -E xpack.security.transport.ssl.enabled=true -E xpack.security.transport.ssl.verification_mode=certificate
    -E "xpack.security.transport.ssl.keystore.path=$ES_TRANSPORT_P12" -E "xpack.security.transport.ssl.truststore.path=$ES_TRANSPORT_P12")
else
  settings+=(-E discovery.type=single-node)
fi
exec bin/elasticsearch "${settings[@]}"
