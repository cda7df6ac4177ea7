#!/usr/bin/env bash
# Makes sure a NATS server with JetStream listens on 127.0.0.1:4222: starts Debian's nats-server
# in the background when nothing listens there. The binary is installed when missing either way:
# the balance updater's NATS-restart test runs a private server of its own.
set -euo pipefail

listening() { (exec 3<>/dev/tcp/127.0.0.1/4222) 2>/dev/null; }

if ! command -v nats-server >/dev/null 2>&1 && [ ! -x /usr/sbin/nats-server ]; then
  echo "NATS: installing Debian's nats-server"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nats-server >/dev/null
fi
if listening; then
  echo "NATS: already listening on 127.0.0.1:4222"
  exit 0
fi
server=$(command -v nats-server || echo /usr/sbin/nats-server)
store="${NATS_STORE_DIR:-${TMPDIR:-/tmp}/statushub-nats}"
mkdir -p "$store"
echo "NATS: starting $server with JetStream (store $store, log $store/nats.log)"
nohup "$server" -a 127.0.0.1 -p 4222 -js -sd "$store" >"$store/nats.log" 2>&1 &
for _ in $(seq 1 50); do
  listening && exit 0
  sleep 0.2
done
echo "NATS: did not start; see $store/nats.log" >&2
exit 1
