#!/usr/bin/env bash
# One XiaoAn instance of a cluster: deploy/instance.sh JAR PORT WORKDIR [extra --arguments]
# Env: DB_URL (primary, e.g. jdbc:postgresql://10.0.0.5:5432/xiaoan), REPLICA_URL (optional), DB_APP_USER /
# DB_APP_PASSWORD (the platform's role), DB_OWNER_USER / DB_OWNER_PASSWORD (migrations), SHARED (a directory all
# instances share: personal-data key and uploaded files), XIAOAN_ADMIN_PASSWORD (first start only), JAVA_OPTS.
# Every instance gets the same database, key and files; sessions live in the database (ADR 0046), so any
# instance may serve any request. Runs in the foreground (exec): run it under systemd or setsid.
set -euo pipefail
jar=$(realpath "$1"); port=$2; work=$3; shift 3
mkdir -p "$work" "$SHARED/keys" "$SHARED/files"
cd "$work"
export SPRING_DATASOURCE_URL="$DB_URL" SPRING_DATASOURCE_USERNAME="${DB_APP_USER:-xiaoan_app}" \
  SPRING_DATASOURCE_PASSWORD="${DB_APP_PASSWORD:-}" SPRING_FLYWAY_USER="${DB_OWNER_USER:-xiaoan_owner}" \
  SPRING_FLYWAY_PASSWORD="${DB_OWNER_PASSWORD:-}" XIAOAN_KEYS_DIR="$SHARED/keys" PORT="$port"
replica=()
[ -n "${REPLICA_URL:-}" ] && replica=("--xiaoan.datasource.replica.url=$REPLICA_URL")
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:--Xmx768m} -jar "$jar" "--xiaoan.files.dir=$SHARED/files" "${replica[@]}" "$@"
