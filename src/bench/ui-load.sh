#!/usr/bin/env bash
# The UI load benchmark (issue 19; docs/benchmarks.md): the production jar and Debian's MariaDB on this machine,
# and the driver (io.steward.load.UiLoadBenchmark) taking people through the whole journey over the Vaadin
# protocol. Everything it starts is stopped on the way out.
#
#   bash src/bench/ui-load.sh                          # 2,000 people at once, 5 min ramp, 10 min plateau
#   PEOPLE=20 RAMP=10 PLATEAU=30 bash src/bench/ui-load.sh   # a short try
#
# Needs mariadb-server (Debian's package) and JDK 25. Settings: PEOPLE, RAMP and PLATEAU (seconds), THINK (seconds
# between steps), MODULE, APP_HEAP (the jar's -Xmx, default 1g), APP_OPTS (more JVM options for the jar, such as
# -XX:StartFlightRecording=filename=target/ui-load.jfr for a profile).
set -euo pipefail
cd "$(dirname "$0")/../.."

people=${PEOPLE:-2000}
ramp=${RAMP:-300}
plateau=${PLATEAU:-600}
think=${THINK:-10}
module=${MODULE:-data-ethics-accountability}
app_heap=${APP_HEAP:-1g}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
export VAADIN_USAGE_STATS_ENABLED=false

echo "building the production jar and the benchmark"
mvn -B -q -Pbenchmarks -DskipTests package
mvn -B -q -Pbenchmarks dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
jar=$(ls target/steward-*.jar | grep -v original | head -1)

work=$(mktemp -d)
db_socket="$work/run/mysqld.sock"
app_pid=""
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; fi
  if [ -S "$db_socket" ]; then mariadb-admin --no-defaults --socket="$db_socket" -uroot shutdown 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "starting MariaDB ($(mariadbd --version | cut -d' ' -f2-4))"
mkdir -p "$work/data" "$work/run"
chown -R mysql:mysql "$work" 2>/dev/null || true
mariadb-install-db --user=mysql --datadir="$work/data" --auth-root-authentication-method=normal \
  --skip-test-db --skip-name-resolve >/dev/null
db_port=33307
mariadbd --no-defaults --user=mysql --datadir="$work/data" --socket="$db_socket" --pid-file="$work/run/mysqld.pid" \
  --port=$db_port --bind-address=127.0.0.1 --skip-name-resolve --character-set-server=utf8mb4 \
  --collation-server=utf8mb4_unicode_ci --max-connections=200 --log-error="$work/mariadb.log" &
db_pid=$!
for _ in $(seq 1 60); do mariadb-admin --no-defaults --socket="$db_socket" -uroot ping >/dev/null 2>&1 && break; sleep 0.5; done
db_password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
mariadb --no-defaults --socket="$db_socket" -uroot -e "
  CREATE DATABASE steward CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER 'steward'@'127.0.0.1' IDENTIFIED BY '$db_password';
  GRANT ALL ON steward.* TO 'steward'@'127.0.0.1';
  CREATE USER 'bench'@'127.0.0.1' IDENTIFIED BY '$db_password';
  GRANT ALL ON *.* TO 'bench'@'127.0.0.1';"

app_port=18090
token=$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
echo "starting $jar (-Xmx$app_heap)"
start=$(date +%s%N)
STEWARD_DB_URL="jdbc:mariadb://127.0.0.1:$db_port/steward" STEWARD_DB_USER=steward STEWARD_DB_PASSWORD="$db_password" \
  STEWARD_PORT=$app_port STEWARD_BOOTSTRAP_HR_TOKEN="$token" STEWARD_SECURE_COOKIES=false \
  java -Xmx"$app_heap" ${APP_OPTS:-} -jar "$jar" > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$app_port/actuator/health" 2>/dev/null | grep -q '"UP"' && break
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log"; echo "the app died"; exit 1; }
  sleep 0.25
done
echo "health UP after $(( ($(date +%s%N) - start) / 1000000 )) ms; resident $(( $(ps -o rss= -p "$app_pid") / 1024 )) MB"

status=0
java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  -Dload.url="http://127.0.0.1:$app_port/" -Dload.db.url="jdbc:mariadb://127.0.0.1:$db_port/steward" \
  -Dload.db.user=bench -Dload.db.password="$db_password" -Dload.token="$token" -Dload.module="$module" \
  -Dload.people="$people" -Dload.ramp-seconds="$ramp" -Dload.plateau-seconds="$plateau" \
  -Dload.think-seconds="$think" -Dload.app-pid="$app_pid" -Dload.db-pid="$db_pid" \
  io.steward.load.UiLoadBenchmark || status=$?
echo "application resident memory at the end: $(( $(ps -o rss= -p "$app_pid") / 1024 )) MB"
echo "application log: $(grep -c " ERROR " "$work/app.log" || true) ERROR lines"
grep " ERROR " "$work/app.log" | head -5 || true
exit $status
