#!/usr/bin/env bash
# Makes sure PostgreSQL answers on 127.0.0.1:5432 (the balance updater's tests need it): starts the
# machine's cluster when it is installed but stopped. Set DATABASE_URL to use another server.
set -euo pipefail

listening() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }

if [ -n "${DATABASE_URL:-}" ] || listening; then
  echo "PostgreSQL: ready"
  exit 0
fi
if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
  version=$(ls /etc/postgresql | head -n 1)
  echo "PostgreSQL: starting cluster $version/main"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
  for _ in $(seq 1 50); do
    listening && exit 0
    sleep 0.2
  done
fi
echo "PostgreSQL: nothing answers on 127.0.0.1:5432; install and start it, or set DATABASE_URL" >&2
exit 1
