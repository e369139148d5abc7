#!/usr/bin/env bash
# test/clients.sh: what an integration developer runs, as case systems
# deploy it: real drivers from Debian's packages (psycopg 3, pgjdbc) through
# pgbouncer in transaction pooling mode on 127.0.0.1, in front of a
# throwaway cluster.  Run by "make stress" after the load and fault checks.
#
# 8 psycopg and 2 pgjdbc clients each run 250 transactions that set their
# own actor with SET LOCAL (or set_config(..., true)) and insert an entry;
# 2 more psycopg clients set a session-level actor, which the pooler leaves
# on its server connection for whoever comes next.  Checked against the
# table: every stored stamp names the person of its own transaction, every
# refusal is SV106 with nothing written, no other error; and what the
# drivers send (a timescale as a text or varchar parameter) and expose (a
# refusal's table) work.
set -uo pipefail
mode=clients
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
. "$top/test/lib.sh"

PACKAGES="$PACKAGES python3-psycopg pgbouncer libpostgresql-jdbc-java default-jdk-headless"
PSYCOPG_CLIENTS=8; JDBC_CLIENTS=2; TRANSACTIONS=250; STALE_CLIENTS=2
POOL_PORT=6543
DB=clients
LOGIN=client_app

BOUNCER_PID=""
stop_all() {
    [ -n "$BOUNCER_PID" ] && kill "$BOUNCER_PID" 2>/dev/null
    stop_cluster
}
trap stop_all EXIT

install_packages
need_server
build
start_cluster
say "PostgreSQL $("$PG_CONFIG" --version | sed 's/^PostgreSQL //'), pgbouncer $(/usr/sbin/pgbouncer --version | head -n 1 | awk '{ print $2 }') in transaction mode on 127.0.0.1:$POOL_PORT"

# the council's table, the case system's login trusted to name the actor
new_database "$DB" || die "cannot create the database"
psql_q -d "$DB" >/dev/null <<SQL || die "cannot set up the table"
CREATE ROLE case_systems NOLOGIN;
CREATE ROLE $LOGIN LOGIN IN ROLE case_systems;
CREATE TABLE client_entry (
    id bigserial PRIMARY KEY,
    token text UNIQUE NOT NULL,
    body text NOT NULL,
    recorded_at timestamptz,
    recorded_by text
);
SELECT supervision.attach_oversight('client_entry', 'recorded_at', 'recorded_by', actor_role => 'case_systems');
GRANT SELECT, INSERT ON client_entry TO $LOGIN;
GRANT USAGE ON SEQUENCE client_entry_id_seq TO $LOGIN;
SQL

# pgbouncer, as postgres (it refuses root), on 127.0.0.1 only
cat >"$CLUSTER/pgbouncer.ini" <<INI
[databases]
$DB = host=$CLUSTER port=5432 dbname=$DB
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $POOL_PORT
unix_socket_dir =
auth_type = trust
auth_file = $CLUSTER/pgbouncer.users
pool_mode = transaction
default_pool_size = 4
max_client_conn = 100
ignore_startup_parameters = extra_float_digits
logfile = $CLUSTER/pgbouncer.log
pidfile = $CLUSTER/pgbouncer.pid
INI
echo "\"$LOGIN\" \"\"" >"$CLUSTER/pgbouncer.users"
chown postgres: "$CLUSTER/pgbouncer.ini" "$CLUSTER/pgbouncer.users"
as_postgres="runuser -u postgres --"
[ "$(id -u)" = 0 ] || as_postgres=""
(cd "$CLUSTER" && $as_postgres /usr/sbin/pgbouncer -d "$CLUSTER/pgbouncer.ini") || die "pgbouncer did not start"
for _ in $(seq 1 50); do [ -s "$CLUSTER/pgbouncer.pid" ] && break; sleep 0.1; done
BOUNCER_PID=$(cat "$CLUSTER/pgbouncer.pid" 2>/dev/null)
[ -n "$BOUNCER_PID" ] || die "pgbouncer wrote no pid"

say "the load: $PSYCOPG_CLIENTS psycopg and $JDBC_CLIENTS pgjdbc clients x $TRANSACTIONS transactions, $STALE_CLIENTS clients with a session-level actor"
chmod 755 "$CLUSTER"
start=$SECONDS
/usr/bin/python3 test/clients/load.py 127.0.0.1 "$POOL_PORT" "$DB" "$LOGIN" "$CLUSTER/psycopg.csv" \
    "$PSYCOPG_CLIENTS" "$TRANSACTIONS" "$STALE_CLIENTS" >"$CLUSTER/psycopg.out" 2>&1 &
py=$!
java -cp /usr/share/java/postgresql.jar test/clients/Load.java \
    "jdbc:postgresql://127.0.0.1:$POOL_PORT/$DB?user=$LOGIN&prepareThreshold=0" "$CLUSTER/pgjdbc.csv" \
    "$JDBC_CLIENTS" "$TRANSACTIONS" >"$CLUSTER/pgjdbc.out" 2>&1 &
jv=$!
wait $py; py_status=$?
wait $jv; jv_status=$?
cat "$CLUSTER/psycopg.out" "$CLUSTER/pgjdbc.out" | sed 's/^/   /'
[ "$py_status" = 0 ] && [ "$jv_status" = 0 ]
result "the clients ran to the end through the pooler in $((SECONDS - start)) s (psycopg exit $py_status, pgjdbc exit $jv_status)" $?
! grep -q WRONG "$CLUSTER/psycopg.out" "$CLUSTER/pgjdbc.out" \
    && [ "$(grep -c ' ok$' "$CLUSTER/psycopg.out" "$CLUSTER/pgjdbc.out" | awk -F: '{ s += $2 } END { print s }')" = 4 ]
result "drivers: a timescale as a binary text parameter (psycopg) and with setString (pgjdbc) gives Mon 4 Jan 2027; a refusal carries its SQLSTATE, table and hint" $?

# what each attempt must have left, against what is in the table
read -r honest committed_ok wrong_actor refused_written other stale_refused stale_committed_ok rows expected_rows < <(
    psql_q -At -F ' ' -d "$DB" <<SQL
CREATE TEMP TABLE attempt (token text, actor text, outcome text);
\copy attempt FROM '$CLUSTER/psycopg.csv' (FORMAT csv)
\copy attempt FROM '$CLUSTER/pgjdbc.csv' (FORMAT csv)
SELECT count(*) FILTER (WHERE a.token NOT LIKE 'stale-%'),
       count(*) FILTER (WHERE a.token NOT LIKE 'stale-%' AND a.outcome = 'committed' AND e.recorded_by = a.actor),
       count(*) FILTER (WHERE a.outcome = 'committed' AND e.recorded_by IS DISTINCT FROM a.actor),
       count(*) FILTER (WHERE a.outcome <> 'committed' AND e.token IS NOT NULL),
       count(*) FILTER (WHERE a.outcome NOT IN ('committed', 'SV106')),
       count(*) FILTER (WHERE a.token LIKE 'stale-%' AND a.outcome = 'SV106'),
       count(*) FILTER (WHERE a.token LIKE 'stale-%' AND a.outcome = 'committed' AND e.recorded_by = '$LOGIN'),
       (SELECT count(*) FROM client_entry),
       count(*) FILTER (WHERE a.outcome = 'committed')
FROM attempt a LEFT JOIN client_entry e ON e.token = a.token;
SQL
)
expect_honest=$(((PSYCOPG_CLIENTS + JDBC_CLIENTS) * TRANSACTIONS))
[ "${honest:-0}" = "$expect_honest" ] && [ "${committed_ok:-0}" = "$expect_honest" ] && [ "${wrong_actor:-1}" = 0 ]
result "$expect_honest transactions with SET LOCAL through the pooler: every one committed, its entry stamped with its own actor ($committed_ok)" $?
[ "${stale_refused:-0}" -gt 0 ] && [ "${refused_written:-1}" = 0 ] && [ "${other:-1}" = 0 ] && [ "${wrong_actor:-1}" = 0 ]
result "a session-level actor left on a server connection: refused with SV106 ($stale_refused times), nothing refused written; where the pooler gave a fresh connection, stamped with the login ($stale_committed_ok); never another person's name; no other error" $?
[ "${rows:-0}" = "${expected_rows:--1}" ]
result "the table holds exactly the committed entries ($rows)" $?
grep -E 'WARNING|ERROR' "$CLUSTER/pgbouncer.log" | grep -vE 'closing because: (client close request|client unexpected eof)' | head -n 5 | sed 's/^/   pgbouncer: /'

stop_all
BOUNCER_PID=""
tally
