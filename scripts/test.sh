#!/usr/bin/env bash
# Runs every test of the project against the real PostgreSQL, Kafka, Keycloak and SMTP server:
# starts the infrastructure if it is not running (idempotent), then builds and tests all modules. The unit and
# @QuarkusTest suites recreate their *_test databases and use topics of their own per run; the system tests start
# the packaged services as processes.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/infra.sh up
exec ./mvnw -B verify "$@"
