#!/bin/bash
# Writes the upstream of the gateway replicas named in GATEWAYS ("gateway-a:8080 gateway-b:8080"), then runs nginx.
set -euo pipefail
: "${GATEWAYS:?set GATEWAYS, the gateway replicas as host:port, space-separated}"
{
  echo "upstream gateways {"
  for g in $GATEWAYS; do echo "  server $g max_fails=1 fail_timeout=10s;"; done
  echo "  keepalive 16;"
  echo "}"
} > /etc/nginx/conf.d/upstream.conf
exec nginx -g 'daemon off;'
