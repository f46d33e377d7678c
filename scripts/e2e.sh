#!/usr/bin/env bash
# Runs the Playwright suite against the real server: a fresh database next to DATABASE_URL's,
# migrated and seeded, bin/koop serving it on E2E_PORT, mails written to a folder the tests read.
# E2E_DB, KOOP_BIN and E2E_ARGS (e.g. one spec file) let several runs share a machine.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DATABASE_URL:?DATABASE_URL must be set (make test provides one)}"
port="${E2E_PORT:-8090}"
db="${E2E_DB:-koop_e2e}"
koop="${KOOP_BIN:-bin/koop}"
admin_url="$(sed -E 's#/[^/?]+(\?|$)#/postgres\1#' <<<"$DATABASE_URL")"
e2e_url="$(sed -E "s#/[^/?]+(\\?|\$)#/${db}\\1#" <<<"$DATABASE_URL")"
psql -q "$admin_url" -c "DROP DATABASE IF EXISTS ${db} WITH (FORCE)" -c "CREATE DATABASE ${db}"

mail_dir="$(mktemp -d)"
log="$(mktemp)"
export DATABASE_URL="$e2e_url" KOOP_ADDR="127.0.0.1:${port}" KOOP_PUBLIC_URL="http://localhost:${port}" \
	KOOP_MAIL_DIR="$mail_dir" KOOP_LOGIN_MAX_PER_ADDRESS=10000 KOOP_DEMO_PASSWORD=koop-demo
"$koop" seed >/dev/null
"$koop" serve >"$log" 2>&1 &
server=$!
cleanup() {
	kill "$server" 2>/dev/null || true
	wait "$server" 2>/dev/null || true
	rm -rf "$mail_dir"
	psql -q "$admin_url" -c "DROP DATABASE IF EXISTS ${db} WITH (FORCE)" || true
}
trap cleanup EXIT
for _ in $(seq 1 100); do
	curl -fs "http://127.0.0.1:${port}/readyz" >/dev/null && break
	kill -0 "$server" 2>/dev/null || { cat "$log"; exit 1; }
	sleep 0.2
done
status=0
E2E_BASE_URL="http://localhost:${port}" KOOP_MAIL_DIR="$mail_dir" npm --prefix frontend run e2e -- ${E2E_ARGS:-} || status=$?
if [ "$status" -ne 0 ]; then echo "--- server log ---"; tail -n 100 "$log"; fi
rm -f "$log"
exit "$status"
