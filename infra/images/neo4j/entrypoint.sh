#!/bin/bash
# Starts Neo4j from the environment: NEO4J_PASSWORD (required, the password of the user neo4j, handed over in a file
# only this user reads), NEO4J_PAGE_CACHE_MB (512), NEO4J_HEAP (512m).
set -euo pipefail
: "${NEO4J_PASSWORD:?set NEO4J_PASSWORD, the password of the user neo4j}"
umask 077
printf '%s' "$NEO4J_PASSWORD" > /var/lib/neo4j/.password
exec java -Xmx"${NEO4J_HEAP:-512m}" -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector \
  -Donecheck.stack.node=neo4j -cp '/opt/onecheck/lib/*' dev.onecheck.infra.stack.Neo4jServerMain --listen 0.0.0.0 \
  --home /var/lib/neo4j/data --port 7687 --page-cache "${NEO4J_PAGE_CACHE_MB:-512}" --password-file /var/lib/neo4j/.password
