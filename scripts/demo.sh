#!/usr/bin/env bash
# The demo: install, NATS if none runs, build, then the sandbox providers, the poller and the gateway;
# one demo payment per provider kind is watched and its changes are streamed to this terminal.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -d node_modules ] || npm ci --no-audit --no-fund
bash scripts/ensure-nats.sh
npm run build >/dev/null

export HUB_API_KEYS="${HUB_API_KEYS:-demo-api-key-change-me-0001}"
export HUB_TOKEN_SECRET="${HUB_TOKEN_SECRET:-demo-token-secret-change-me-0123456789}"
export HUB_PROVIDERS="${HUB_PROVIDERS:-config/providers.sandbox.json}"
export LOG_LEVEL="${LOG_LEVEL:-warn}"
api_key="${HUB_API_KEYS%%,*}"
logs="${TMPDIR:-/tmp}/statushub-demo"
mkdir -p "$logs"

pids=()
stop() { kill -TERM "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop EXIT
trap 'exit 0' INT TERM

for app in sandbox poller gateway; do
  node "dist/apps/$app/main.js" >"$logs/$app.log" 2>&1 &
  pids+=($!)
done
for port in 4010 3001 3000; do
  for _ in $(seq 1 100); do
    curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break
    sleep 0.2
  done
  curl -sf "http://127.0.0.1:$port/readyz" >/dev/null || { echo "port $port did not get ready; logs in $logs" >&2; exit 1; }
done

order="demo-$(date +%s)"
for kind in miraclecash crypto-apikey card-3ds cyberpay crypto-oauth; do
  curl -sf localhost:4010/admin/payments -H 'content-type: application/json' \
    -d "{\"kind\":\"$kind\",\"id\":\"$order-$kind\",\"amount\":\"100.00\",\"autoAdvanceMs\":4000}" >/dev/null
  curl -sf localhost:3001/v1/watches -H "authorization: Bearer $api_key" -H 'content-type: application/json' \
    -d "{\"provider\":\"$kind\",\"paymentId\":\"$order-$kind\",\"orderId\":\"$order\",\"metadata\":{\"playerId\":\"demo-player\"}}" >/dev/null
done

cat <<MSG
statushub is running (logs in $logs):
  sandbox providers  http://127.0.0.1:4010   (admin API: /admin/payments)
  poller             http://127.0.0.1:3001   (POST /v1/watches, API key: $api_key)
  gateway            ws://127.0.0.1:3000/v1/stream, http://127.0.0.1:3000/v1/orders/$order
Five demo payments of order $order advance every 4 s; their changes follow. Ctrl-C stops everything.

MSG
node scripts/watch-order.js "$order" "$api_key" &
pids+=($!)
wait "${pids[@]}"
