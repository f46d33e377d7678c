#!/usr/bin/env bash
# Serves koop with the demo data; called by `make run` with DATABASE_URL set.
set -euo pipefail
bin/koop seed
echo
echo "koop läuft auf ${KOOP_PUBLIC_URL:-http://localhost:8080} — Anmeldung mit einer der Adressen oben."
exec bin/koop serve
