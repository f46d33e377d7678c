# koop: `make run` serves the app with demo data on http://localhost:8080, `make test` runs
# every check. Both work on a fresh machine: missing tools are installed here, and without
# DATABASE_URL a local PostgreSQL of the project's own is started and stopped (cmd/localpg).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export GOFLAGS := -buildvcs=false
NPM := npm --prefix frontend --no-audit --no-fund

.PHONY: help run build test test-all go-test go-vet generate check-generated frontend-deps frontend-build frontend-check e2e e2e-deps clean

help:
	@echo "make run    build and serve koop with the Lichtenberg demo data on http://localhost:8080"
	@echo "make test   run every check: Go, generated code, frontend, Playwright end-to-end"
	@echo "make build  build bin/koop (SPA and migrations embedded)"

## Frontend ---------------------------------------------------------------------------------

frontend/node_modules/.koop-installed: frontend/package.json frontend/package-lock.json
	@node -e 'process.exit(+process.versions.node.split(".")[0] >= 20 ? 0 : 1)' || { echo "Node.js 20 or newer is needed"; exit 1; }
	$(NPM) ci
	touch $@

frontend-deps: frontend/node_modules/.koop-installed

frontend-build: frontend-deps
	$(NPM) run build

## Go ---------------------------------------------------------------------------------------

bin/localpg: $(shell find cmd/localpg postgres -name '*.go' -not -name '*_test.go') go.mod go.sum
	go build -o $@ ./cmd/localpg

build: frontend-build
	go build -o bin/koop ./cmd/koop
	@echo "built bin/koop"

## Run --------------------------------------------------------------------------------------

run: build bin/localpg
	bin/localpg -- bash scripts/run.sh

## Tests ------------------------------------------------------------------------------------

test: frontend-build bin/localpg
	time bin/localpg -fsync-off -- $(MAKE) --no-print-directory test-all

test-all: check-generated go-vet go-test frontend-check build e2e

generate: frontend-deps
	go tool gqlgen generate
	$(NPM) run codegen

# Regenerating must not change anything that is committed.
check-generated: generate
	@if [ -n "$$(git status --porcelain -- graph frontend/src/gql)" ]; then \
		echo "Generated code is out of date: run 'make generate' and commit the result."; \
		git status --porcelain -- graph frontend/src/gql; git --no-pager diff --stat -- graph frontend/src/gql; exit 1; fi
	@echo "generated code is up to date"

go-vet:
	go vet ./...

go-test:
	@test -n "$${DATABASE_URL:-}" || { echo "go-test needs DATABASE_URL (make test provides one)"; exit 1; }
	go test -count=1 -timeout 30m ./...

frontend-check: frontend-deps
	$(NPM) run typecheck
	$(NPM) run lint
	$(NPM) run test

e2e-deps: frontend-deps
	@command -v chromium >/dev/null || { \
		echo "installing Debian's chromium for the browser tests"; \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
		else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; fi; }

e2e: e2e-deps build
	bash scripts/e2e.sh

clean:
	rm -rf bin frontend/dist frontend/node_modules
