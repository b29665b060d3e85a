#!/usr/bin/env bash
# One XiaoAn instance of a cluster: deploy/instance.sh JAR PORT WORKDIR [extra --arguments]
# Env: DB_URL (primary, e.g. jdbc:postgresql://10.0.0.5:5432/xiaoan), REPLICA_URL (optional), DB_APP_USER /
# DB_APP_PASSWORD (the platform's role), DB_OWNER_USER / DB_OWNER_PASSWORD (migrations), SHARED (a directory all
# instances share: personal-data key and uploaded files), XIAOAN_ADMIN_PASSWORD (first start only), JAVA_OPTS,
# JAVA (default java), START_CACHE (on: default; off: plain java -jar).
# Every instance gets the same database, key and files; sessions live in the database (ADR 0046), so any
# instance may serve any request. Runs in the foreground (exec): run it under systemd or setsid.
# Faster restarts (ADR 0065): the jar is extracted once into WORKDIR/app-<jar and JDK digest> and a training run
# (the same environment; the context refreshes - migrations, the first administrator - then the JVM exits before
# any job or demo data runs) writes a class-data archive beside it - an AppCDS archive on JDK 17-23,
# an AOT cache on JDK 24 or later. Every later start with the same jar and JDK uses it; a new jar makes a new one.
# Should the training fail, the instance starts from the plain jar.
set -euo pipefail
jar=$(realpath "$1"); port=$2; work=$3; shift 3
java=${JAVA:-java}
mkdir -p "$work" "$SHARED/keys" "$SHARED/files"
cd "$work"
export SPRING_DATASOURCE_URL="$DB_URL" SPRING_DATASOURCE_USERNAME="${DB_APP_USER:-xiaoan_app}" \
  SPRING_DATASOURCE_PASSWORD="${DB_APP_PASSWORD:-}" SPRING_FLYWAY_USER="${DB_OWNER_USER:-xiaoan_owner}" \
  SPRING_FLYWAY_PASSWORD="${DB_OWNER_PASSWORD:-}" XIAOAN_KEYS_DIR="$SHARED/keys" PORT="$port"
replica=()
[ -n "${REPLICA_URL:-}" ] && replica=("--xiaoan.datasource.replica.url=$REPLICA_URL")
args=("--xiaoan.files.dir=$SHARED/files" "${replica[@]}" "$@")
launch=("$jar") cache=()
if [ "${START_CACHE:-on}" != off ]; then
  feature=$("$java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCache ' && echo aot || echo cds)
  digest=$( { sha256sum "$jar"; "$java" -version 2>&1; } | sha256sum | cut -c1-16)
  app="$work/app-$digest"
  if [ ! -f "$app/ready" ]; then
    rm -rf "$work"/app-* && mkdir -p "$app/train"
    "$java" -Djarmode=tools -jar "$jar" extract --destination "$app/x" >/dev/null
    extracted=$(ls "$app"/x/*.jar)
    if [ "$feature" = aot ]; then out=(-XX:AOTCacheOutput="$app/classes.aot"); else out=(-XX:ArchiveClassesAtExit="$app/classes.jsa"); fi
    # shellcheck disable=SC2086
    ( cd "$app/train" && "$java" ${JAVA_OPTS:--Xmx768m} "${out[@]}" \
        -Dspring.context.exit=onRefresh -jar "$extracted" --server.port=0 "${args[@]}" ) > "$app/training.log" 2>&1 || true
    rm -rf "$app/train"
    ls "$app"/classes.* >/dev/null 2>&1 && touch "$app/ready"
  fi
  if [ -f "$app/ready" ]; then
    launch=("$(ls "$app"/x/*.jar)")
    if [ -f "$app/classes.aot" ]; then cache=(-XX:AOTCache="$app/classes.aot" -Xlog:aot=off -Xlog:cds=off)
    else cache=(-XX:SharedArchiveFile="$app/classes.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off); fi
  else
    echo "no class-data archive was made (see $app/training.log); starting from the plain jar" >&2
  fi
fi
# shellcheck disable=SC2086
exec "$java" ${JAVA_OPTS:--Xmx768m} "${cache[@]}" -jar "${launch[@]}" "${args[@]}"
