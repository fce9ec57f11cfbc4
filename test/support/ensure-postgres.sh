#!/usr/bin/env bash
# Starts a PostgreSQL server for the storage tests, when one can be had: Debian's `postgresql`
# package (installed when missing and root), its default cluster, a `gov_disclosure_test`
# database. Prints the connection URL for GOV_DISCLOSURE_TEST_PG; prints nothing when there is
# no PostgreSQL to be had (the PostgreSQL tests then skip, saying so).
set -uo pipefail
if [ -n "${GOV_DISCLOSURE_TEST_PG:-}" ]; then echo "$GOV_DISCLOSURE_TEST_PG"; exit 0; fi
{
  if ! command -v pg_lsclusters >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    (apt-get install -y postgresql || (apt-get update && apt-get install -y postgresql))
  fi
  command -v pg_lsclusters >/dev/null || exit 0
  cluster=$(pg_lsclusters -h | head -1)
  if [ -z "$cluster" ]; then
    version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    pg_createcluster "$version" main || exit 0
    cluster=$(pg_lsclusters -h | head -1)
  fi
  read -r version name port status _ <<<"$cluster"
  if [ "$status" != online ]; then pg_ctlcluster "$version" "$name" start || exit 0; fi
  su postgres -c "psql -p $port -tAc \"SELECT 1 FROM pg_roles WHERE rolname='gov_disclosure'\"" | grep -q 1 ||
    su postgres -c "psql -p $port -c \"CREATE ROLE gov_disclosure LOGIN PASSWORD 'gov_disclosure'\""
  su postgres -c "psql -p $port -tAc \"SELECT 1 FROM pg_database WHERE datname='gov_disclosure_test'\"" | grep -q 1 ||
    su postgres -c "createdb -p $port -O gov_disclosure gov_disclosure_test"
} >&2
read -r _ _ port status _ <<<"$(pg_lsclusters -h | head -1)"
[ "$status" = online ] && echo "postgres://gov_disclosure:gov_disclosure@127.0.0.1:$port/gov_disclosure_test"
