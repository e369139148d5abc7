#!/usr/bin/env bash
# test/stress.sh: load and faults, what "make stress" does.  As root, from
# the top of the tree: installs what is missing, builds and installs the
# extension, and starts a throwaway cluster, as test/run.sh does.
#
# On the sample case database (test/sample, policy leeds), with our triggers
# attached the documented way:
#   1. load: pgbench, 16 clients for STRESS_SECONDS (60) seconds, inserting
#      management oversight entries (stamped) and case notes (recording
#      window, mode flag), each with a forged stamp or late flag, and a few
#      inserts, updates, deletes and truncates the triggers must refuse;
#   2. SIGKILL: the same load, and one backend running it killed with
#      SIGKILL; after the server's crash recovery, what was committed is
#      there whole and nothing else is;
#   3. hot standby: a streaming replica taken under load answers the due
#      dates and reports as the primary does, refuses writes, and holds the
#      primary's stamps byte for byte.
# One line per check, "... ok" or "... FAILED", then "N passed, N failed";
# the exit status is 0 only when every check passed.  The figures (indented)
# are for the README.  The load runs STRESS_SECONDS (60), the load a backend
# is killed in STRESS_KILL_SECONDS (20), the load while the standby is taken
# STRESS_STANDBY_SECONDS (10); about 2 minutes in all on 2 cores.
set -uo pipefail

mode=stress
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

. "$top/test/lib.sh"

STRESS_SECONDS=${STRESS_SECONDS:-60}
STRESS_KILL_SECONDS=${STRESS_KILL_SECONDS:-20}
STRESS_STANDBY_SECONDS=${STRESS_STANDBY_SECONDS:-10}
CLIENTS=16
THREADS=2
POLICY=leeds
DB=casework
APP=stress_app                  # the case system's login: not a superuser
STANDBY_PORT=5433

figure() { printf '   %s\n' "$*"; }
q() { psql_q -At -d "$DB" "$@"; }                  # the primary, as postgres
now_s() { printf '%s' "$EPOCHREALTIME"; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# The standby, and a pgbench running in the background: stopped by their
# pids on the way out, also when something fails; the standby before the
# primary it streams from.
STANDBY=""
SBPID=""
BENCHPID=""
stop_standby() {
    if [ -n "$SBPID" ] && kill -0 "$SBPID" 2>/dev/null; then
        kill -INT "$SBPID"
        for _ in $(seq 1 100); do kill -0 "$SBPID" 2>/dev/null || break; sleep 0.1; done
        kill -0 "$SBPID" 2>/dev/null && kill -KILL "$SBPID"
    fi
    [ -n "$STANDBY" ] && rm -rf "$STANDBY"
    SBPID=""; STANDBY=""
}
stop_bench() {
    if [ -n "$BENCHPID" ] && kill -0 "$BENCHPID" 2>/dev/null; then
        kill -TERM "$BENCHPID"; wait "$BENCHPID" 2>/dev/null
    fi
    BENCHPID=""
}
trap 'stop_bench; stop_standby; stop_cluster' EXIT

# ---------------------------------------------------------------------------
# The database, the application's login, and the pgbench scripts

setup() {
    new_database "$DB" || return 1
    psql_q -d "$DB" -v policy="$POLICY" -f test/sample/schema.sql -f test/sample/generate.sql \
        -c "SET session_replication_role = replica" -c "SELECT casework.generate(200, '2026-11-20')" \
        -c "SET session_replication_role = DEFAULT" -f test/sample/attach.sql >/dev/null || return 1
    # ledger: one row per committed insert, written in the same transaction;
    # refusal: one row per intended refusal, with the SQLSTATE it got
    psql_q -d "$DB" >/dev/null <<SQL || return 1
CREATE ROLE $APP LOGIN;
CREATE SCHEMA stress;
CREATE TABLE stress.ledger (
    token    text PRIMARY KEY,            -- run-client-n, made by the client
    run      integer NOT NULL,
    kind     text NOT NULL,               -- oversight, note
    xact_at  timestamptz NOT NULL DEFAULT now(),
    done_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE TABLE stress.refusal (
    token    text PRIMARY KEY,
    run      integer NOT NULL,
    what     text NOT NULL,
    sqlstate text NOT NULL,
    message  text NOT NULL
);
-- what the client's token and statement time were, from the body it wrote
CREATE FUNCTION stress.token(body text) RETURNS text LANGUAGE sql IMMUTABLE
RETURN substring(body FROM '^stress (\S+) ');
CREATE FUNCTION stress.stmt_at(body text) RETURNS timestamptz LANGUAGE sql STABLE
RETURN substring(body FROM ' stmt_at=(.*)\$')::timestamptz;

-- An intended refusal: the statement must fail with exactly the expected
-- SQLSTATE, which is counted; any other error, or no error, aborts the
-- pgbench client (and is counted as an error).
CREATE FUNCTION stress.refuse(k integer, run integer, client integer, n integer, c integer, r bigint)
RETURNS text LANGUAGE plpgsql AS \$\$
DECLARE
    token    text := format('%s-%s-%s', run, client, n);
    case_ref text := 'C' || lpad(c::text, 6, '0');
    kind     integer := CASE WHEN k = 15 THEN 8 ELSE (k + 1) / 2 END;
    what     text;
    expected text;
    target   bigint;
    got      text;
    msg      text;
BEGIN
    IF kind IN (5, 6, 7) THEN
        SELECT entry_id INTO target FROM casework.oversight_entry
        WHERE entry_id >= 1 + r % (SELECT max(entry_id) FROM casework.oversight_entry)
        ORDER BY entry_id LIMIT 1;
    END IF;
    BEGIN
        CASE kind
        WHEN 1 THEN
            what := 'case note with its event in the future'; expected := 'SV203';
            INSERT INTO casework.case_note (case_ref, note_type, event_at, author, body)
            VALUES (case_ref, 'Case supervision', statement_timestamp() + interval '1 hour', 'W00002', 'stress ' || token || ' refused');
        WHEN 2 THEN
            what := 'case note without an event time'; expected := 'SV204';
            INSERT INTO casework.case_note (case_ref, note_type, event_at, author, body)
            VALUES (case_ref, 'Case supervision', NULL, 'W00002', 'stress ' || token || ' refused');
        WHEN 3 THEN
            what := 'oversight entry without a designation'; expected := 'SV105';
            INSERT INTO casework.oversight_entry (case_ref, body, designation)
            VALUES (case_ref, 'stress ' || token || ' refused', ' ');
        WHEN 4 THEN
            what := 'oversight entry as someone else (supervision.actor)'; expected := 'SV104';
            PERFORM set_config('supervision.actor', 'mallory', true);
            INSERT INTO casework.oversight_entry (case_ref, body, designation)
            VALUES (case_ref, 'stress ' || token || ' refused', 'Team Manager');
        WHEN 5 THEN
            what := 'UPDATE of a stamp'; expected := 'SV101';
            UPDATE casework.oversight_entry SET recorded_by = 'mallory' WHERE entry_id = target;
        WHEN 6 THEN
            what := 'UPDATE of an oversight entry'; expected := 'SV102';
            UPDATE casework.oversight_entry SET body = body || ' (edited)' WHERE entry_id = target;
        WHEN 7 THEN
            what := 'DELETE of an oversight entry'; expected := 'SV103';
            DELETE FROM casework.oversight_entry WHERE entry_id = target;
        ELSE
            what := 'TRUNCATE of the oversight entries'; expected := 'SV103';
            TRUNCATE casework.oversight_entry;
        END CASE;
    EXCEPTION WHEN OTHERS THEN
        GET STACKED DIAGNOSTICS got = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
        IF got IS DISTINCT FROM expected THEN
            RAISE;
        END IF;
        INSERT INTO stress.refusal VALUES (token, run, what, got, msg);
        RETURN got;
    END;
    RAISE EXCEPTION 'stress: % was accepted (target %), expected %', what, target, expected;
END \$\$;

GRANT USAGE ON SCHEMA casework, stress TO $APP;
GRANT INSERT ON casework.case_note TO $APP;
GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON casework.oversight_entry TO $APP;
GRANT INSERT ON stress.ledger, stress.refusal TO $APP;
CREATE EXTENSION amcheck;
SQL
}

write_scripts() {
    local cases staff
    cases=$(q -c "SELECT count(*) FROM casework.case_file") || return 1
    staff=$(q -c "SELECT count(*) FROM casework.worker") || return 1
    # A stamped entry, with a forged stamp the trigger must overwrite, and
    # the client's token and the statement's start time in the body.
    cat >"$CLUSTER/oversight.sql" <<SQL
\set c random(1, $cases)
\set d random(1, 3)
\set n :n + 1
BEGIN;
INSERT INTO casework.oversight_entry (case_ref, body, recorded_at, recorded_by, heading, designation)
VALUES ('C' || lpad(:c::text, 6, '0'), format('stress %s-%s-%s stmt_at=%s', :run, :client_id, :n, statement_timestamp()),
        '1999-12-31', 'mallory', 'Forged heading',
        (ARRAY['Team Manager', 'Assistant Team Manager', 'Head of Service'])[:d]);
INSERT INTO stress.ledger (token, run, kind) VALUES (format('%s-%s-%s', :run, :client_id, :n), :run, 'oversight');
END;
SQL
    # A case note up to 10 days after its event (some late, 10% significant),
    # with a random late flag the trigger must overwrite.
    cat >"$CLUSTER/note.sql" <<SQL
\set c random(1, $cases)
\set w random(1, $staff)
\set m random(0, 14400)
\set s random(1, 10)
\set f random(0, 1)
\set t random(1, 4)
\set n :n + 1
BEGIN;
INSERT INTO casework.case_note (case_ref, note_type, event_at, author, significant, is_late, body)
VALUES ('C' || lpad(:c::text, 6, '0'),
        (ARRAY['Case supervision', 'Home visit', 'Group supervision', 'Phone call'])[:t],
        now() - :m * interval '1 minute', 'W' || lpad(:w::text, 5, '0'), :s = 1, :f = 1,
        format('stress %s-%s-%s stmt_at=%s', :run, :client_id, :n, statement_timestamp()));
INSERT INTO stress.ledger (token, run, kind) VALUES (format('%s-%s-%s', :run, :client_id, :n), :run, 'note');
END;
SQL
    cat >"$CLUSTER/refused.sql" <<SQL
\set k random(1, 15)
\set c random(1, $cases)
\set r random(1, 1000000000)
\set n :n + 1
SELECT stress.refuse(:k, :run, :client_id, :n, :c, :r);
SQL
}

# bench RUN SECONDS LOG &: the mixed load, as the application's login, in
# the background (BENCHPID=$! is pgbench's own pid)
bench() {
    exec "$PGBENCH" --no-vacuum -c "$CLIENTS" -j "$THREADS" -T "$2" --failures-detailed \
        -D run="$1" -D n=0 -U "$APP" \
        -f "$CLUSTER/oversight.sql@47" -f "$CLUSTER/note.sql@48" -f "$CLUSTER/refused.sql@5" \
        "$DB" >"$3" 2>&1
}

total_tx() { sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$1"; }
failed_tx() { sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$1"; }
# pgbench's lines without the "pgbench: " and "error: " prefixes it writes
# apart from each message: with two threads a prefix may land on another
# thread's line, even twice ("pgbench:pgbench: error: "); each message is
# written whole, with its newline
pgbench_messages() { sed -E 's/^((pgbench|error|fatal):[[:space:]]*)+//' "$1"; }
# the clients that aborted, each counted once whatever it printed
aborted() { pgbench_messages "$1" | grep -E '^client [0-9]+ (script [0-9]+ )?aborted' | awk '{ print $2 }' | sort -u | wc -l; }

# bad_stamps FIRST LAST: of the rows of runs FIRST..LAST, the number whose
# stamp is incomplete, forged, not the server's or not its statement's time,
# whose late flag is not the recording window's, and the number late.
bad_stamps() {
    q -F ' ' -c "
WITH o AS (
    SELECT o.*, l.xact_at, l.done_at, l.run FROM casework.oversight_entry o
    JOIN stress.ledger l ON l.token = stress.token(o.body)
    WHERE l.run BETWEEN $1 AND $2
), n AS (
    SELECT n.*, l.run FROM casework.case_note n
    JOIN stress.ledger l ON l.token = stress.token(n.body)
    WHERE l.run BETWEEN $1 AND $2
)
SELECT (SELECT count(*) FROM o WHERE recorded_at IS NULL OR recorded_by IS NULL OR heading IS NULL OR designation IS NULL),
       (SELECT count(*) FROM o WHERE recorded_at < '2001-01-01' OR recorded_by = 'mallory' OR heading = 'Forged heading'),
       (SELECT count(*) FROM o WHERE recorded_by <> '$APP' OR heading <> 'Management Oversight'
                                  OR designation NOT IN ('Team Manager', 'Assistant Team Manager', 'Head of Service')),
       (SELECT count(*) FROM o WHERE recorded_at IS DISTINCT FROM stress.stmt_at(body)
                                  OR recorded_at NOT BETWEEN xact_at AND done_at),
       (SELECT count(*) FROM n WHERE is_late IS DISTINCT FROM (stress.stmt_at(body) >=
            CASE WHEN EXISTS (SELECT FROM supervision.rule WHERE policy = '$POLICY' AND kind = 'window' AND topic = 'case_record')
                 THEN supervision.recording_deadline('$POLICY', event_at, significant)
                 ELSE supervision.deadline(event_at, CASE WHEN significant THEN '24 hours' ELSE '5 working days' END::supervision.timescale,
                                           (SELECT calendar FROM supervision.policy WHERE name = '$POLICY')) END)),
       (SELECT count(*) FROM n WHERE is_late)"
}

# Notes and entries without their ledger row, ledger rows without theirs,
# tokens twice, and refused statements that left a row.
UNMATCHED="
WITH d AS (
    SELECT stress.token(body) AS token, 'oversight' AS kind FROM casework.oversight_entry WHERE body LIKE 'stress %'
    UNION ALL
    SELECT stress.token(body), 'note' FROM casework.case_note WHERE body LIKE 'stress %'
)
SELECT (SELECT count(*) FROM d FULL JOIN stress.ledger l USING (token)
        WHERE d.token IS NULL OR l.token IS NULL OR d.kind <> l.kind),
       (SELECT count(*) - count(DISTINCT token) FROM d),
       (SELECT count(*) FROM stress.refusal r WHERE EXISTS (SELECT FROM d WHERE d.token = r.token)
                                               OR EXISTS (SELECT FROM stress.ledger l WHERE l.token = r.token))"

# sequences RUN: the clients that committed in run RUN, and how many of them
# miss a transaction: each client numbers its transactions 1, 2, ..., and
# every one commits (a row and its ledger row, or a refusal) until the
# client stops, so a client's numbers run 1..n without a gap.
sequences() {
    q -F ' ' -c "
SELECT count(*), count(*) FILTER (WHERE done <> last)
FROM (SELECT client, count(*) AS done, max(n) AS last
      FROM (SELECT split_part(token, '-', 2) AS client, split_part(token, '-', 3)::integer AS n FROM stress.ledger WHERE run = $1
            UNION ALL
            SELECT split_part(token, '-', 2), split_part(token, '-', 3)::integer FROM stress.refusal WHERE run = $1) t
      GROUP BY client) c"
}

# pgbench's report, and what a client says when the server crashes under it
PGBENCH_REPORT='^(pgbench \(|transaction type:|scaling factor:|query mode:|number of |maximum number of tries:|duration:|latency |initial connection time|tps = |SQL script [0-9]+:| - )'
# what pgbench prints when the crash ends its clients (its "pgbench: error: "
# prefixes stripped first, below)
CRASH_LINES='^(client [0-9]+ aborted in command [0-9]+ \(SQL\) of script [0-9]+; perhaps the backend died while processing'
CRASH_LINES+='|client [0-9]+ script [0-9]+ aborted in command [0-9]+ query [0-9]+: ((FATAL|WARNING): +terminating connection because of crash of another server process|server closed the connection unexpectedly|no connection to the server|could not receive data from server: .*)'
CRASH_LINES+='|perhaps the backend died while processing|client [0-9]+ aborted while receiving the transaction status'
CRASH_LINES+='|(WARNING|FATAL): +terminating connection because of crash of another server process'
CRASH_LINES+='|DETAIL: +The postmaster has commanded this server process to roll back the current transaction and exit, because another server process exited abnormally and possibly corrupted shared memory\.'
CRASH_LINES+='|HINT: +In a moment you should be able to reconnect to the database and repeat your command\.'
CRASH_LINES+='|server closed the connection unexpectedly|[[:space:]]*This probably means the server terminated abnormally|[[:space:]]*before or while processing the request\.'
CRASH_LINES+='|Run was aborted; the above results are incomplete\.)$'

# ---------------------------------------------------------------------------

install_packages
need_server
PGBENCH=$PGBIN/pgbench
build
start_cluster

say "sample case database ($DB, policy $POLICY) with the triggers attached, and the load's scripts"
setup || die "cannot set up the sample database"
write_scripts || die "cannot write the pgbench scripts"

# ---- 1. load ---------------------------------------------------------------
say "load: $CLIENTS clients for $STRESS_SECONDS s"
read -r notes0 entries0 < <(q -F ' ' -c "SELECT (SELECT count(*) FROM casework.case_note), (SELECT count(*) FROM casework.oversight_entry)")
LOG1=$CLUSTER/pgbench-load.log
bench 1 "$STRESS_SECONDS" "$LOG1" &
BENCHPID=$!
wait "$BENCHPID"; status=$?; BENCHPID=""
tx=$(total_tx "$LOG1"); fails=$(failed_tx "$LOG1"); aborts=$(aborted "$LOG1")
tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$LOG1" | head -n 1)
lat=$(sed -n 's/^latency average = \(.*\)$/\1/p' "$LOG1")
[ "$status" = 0 ] && [ -n "$tx" ] && [ "${fails:-1}" = 0 ] && [ "$aborts" = 0 ] && [ "$tx" -gt 0 ]
result "load: pgbench ran $STRESS_SECONDS s with $CLIENTS clients, no client aborted, no failed transaction" $?
[ "$status" = 0 ] || grep -vE "$PGBENCH_REPORT" "$LOG1" | sed -E 's/client [0-9]+/client N/' | sort | uniq -c | sort -rn | head -n 20
figure "transactions: ${tx:-?} (${tps:-?} tps, latency ${lat:-?}); failed ${fails:-?}; clients aborted $aborts"

read -r notes1 entries1 l_o l_n refusals < <(q -F ' ' -c "SELECT (SELECT count(*) FROM casework.case_note), (SELECT count(*) FROM casework.oversight_entry),
    (SELECT count(*) FROM stress.ledger WHERE run = 1 AND kind = 'oversight'), (SELECT count(*) FROM stress.ledger WHERE run = 1 AND kind = 'note'),
    (SELECT count(*) FROM stress.refusal WHERE run = 1)")
read -r unmatched twice refused_rows < <(q -F ' ' -c "$UNMATCHED")
read -r clients gaps < <(sequences 1)
# pgbench's total is exact; its per-script counts are not (with -j 2 its
# threads add to them without a lock), so they are only shown
[ -n "$tx" ] && [ $((entries1 - entries0)) = "$l_o" ] && [ $((notes1 - notes0)) = "$l_n" ] \
    && [ $((l_o + l_n + refusals)) = "$tx" ] && [ "$gaps" = 0 ] \
    && [ "$unmatched" = 0 ] && [ "$twice" = 0 ] && [ "$refused_rows" = 0 ]
result "load: pgbench's ${tx:-?} transactions = the new rows ($((entries1 - entries0)) oversight entries, $((notes1 - notes0)) case notes) + $refusals refusals, each with its own token, none missing" $?
[ "$unmatched$twice$refused_rows$gaps" = 0000 ] || figure "rows without their ledger token (or the reverse): $unmatched; tokens twice: $twice; refused statements that left a row: $refused_rows; clients with a transaction missing: $gaps"

by_state=$(q -F ' ' -c "SELECT sqlstate || ' ' || what || ': ' || count(*) FROM stress.refusal WHERE run = 1 GROUP BY sqlstate, what ORDER BY sqlstate, what")
kinds=$(q -c "SELECT count(DISTINCT what) FROM stress.refusal WHERE run = 1")
[ "$status" = 0 ] && [ "$kinds" = 8 ]
result "load: every intended refusal refused with its SQLSTATE (8 kinds, each seen), no other error" $?
printf '%s\n' "$by_state" | sed 's/^/   refused /'

read -r incomplete forged foreign not_stmt late_wrong late < <(bad_stamps 1 1)
[ "$incomplete$forged$foreign$not_stmt" = 0000 ] && [ "$l_o" -gt 0 ]
result "load: every oversight entry stamped by the server (recorded_by $APP, heading, designation kept, recorded_at = its statement's start), none forged" $?
[ "$incomplete$forged$foreign$not_stmt" = 0000 ] || figure "incomplete $incomplete, forged $forged, not the server's $foreign, not the statement's time $not_stmt"
[ "$late_wrong" = 0 ] && [ "$late" -gt 0 ] && [ "$late" -lt "$l_n" ]
result "load: every case note's late flag is the recording window's, not the client's ($late of $l_n late)" $?
[ "$late_wrong" = 0 ] || figure "late flags differing from the window's: $late_wrong"

# ---- 2. SIGKILL ------------------------------------------------------------
say "SIGKILL: the same load for $STRESS_KILL_SECONDS s, one of its backends killed"
LOG2=$CLUSTER/pgbench-kill.log
SERVERLOG=$CLUSTER/server.log
bench 2 "$STRESS_KILL_SECONDS" "$LOG2" &
BENCHPID=$!
sleep $((STRESS_KILL_SECONDS / 2))
victim=""; victim_query=""
for _ in $(seq 1 100); do
    read -r victim victim_query < <(q -F ' ' -c "SELECT pid, left(regexp_replace(query, '\s+', ' ', 'g'), 60) FROM pg_stat_activity
        WHERE application_name = 'pgbench' AND state = 'active' AND query ~* '^\s*(insert|select stress)' ORDER BY random() LIMIT 1")
    [ -n "$victim" ] && break
    sleep 0.05
done
logsize=$(stat -c %s "$SERVERLOG")
t_kill=$(now_s)
[ -n "$victim" ] && kill -KILL "$victim"
# the server is back when the postmaster has reinitialized and a query runs
recovered=1
for _ in $(seq 1 600); do
    [ -n "$victim" ] || break
    if tail -c +"$((logsize + 1))" "$SERVERLOG" | grep -q "database system is ready to accept connections" \
        && "$PGBIN/pg_isready" -q -d "$DB" && q -c "SELECT 1" >/dev/null 2>&1; then
        recovered=0; break
    fi
    sleep 0.1
done
t_back=$(now_s)
wait "$BENCHPID"; kill_status=$?; BENCHPID=""
recovery=$(elapsed "$t_kill" "$t_back")
crashlog=$(tail -c +"$((logsize + 1))" "$SERVERLOG")
[ -n "$victim" ] && [ "$recovered" = 0 ] \
    && printf '%s\n' "$crashlog" | grep -qE "(server process|client backend) \(PID $victim\) was terminated by signal 9" \
    && printf '%s\n' "$crashlog" | grep -q "all server processes terminated; reinitializing"
result "SIGKILL: backend ${victim:-(none found)} running the load killed, the server reinitialized, recovered and accepts connections again" $?
figure "killed: pid ${victim:-?} running \"${victim_query:-?}\"; back in $recovery s (kill to first query)"
printf '%s\n' "$crashlog" | grep -E "terminated by signal|reinitializing|automatic recovery|redo (starts|done)|ready to accept" | sed 's/^/   server: /'

tx2=$(total_tx "$LOG2"); aborts2=$(aborted "$LOG2")
# every line pgbench wrote must be its report or the crash's doing:
# connections terminated because of the crash, or lost
other_errors=$(pgbench_messages "$LOG2" | grep -vE "$PGBENCH_REPORT" | grep -vE "$CRASH_LINES" || true)
[ "$kill_status" = 2 ] && [ "$aborts2" = "$CLIENTS" ] && [ -n "$tx2" ] && [ -z "$other_errors" ]
result "SIGKILL: every pgbench client stopped by the crash, and by nothing else" $?
[ -z "$other_errors" ] || printf '%s\n' "$other_errors" | sort | uniq -c | head -n 20 | sed 's/^/   /'
figure "transactions acknowledged before the crash: ${tx2:-?}; clients aborted $aborts2 of $CLIENTS (pgbench exit $kill_status)"

read -r unmatched twice refused_rows < <(q -F ' ' -c "$UNMATCHED")
committed2=$(q -c "SELECT (SELECT count(*) FROM stress.ledger WHERE run = 2) + (SELECT count(*) FROM stress.refusal WHERE run = 2)")
read -r clients2 gaps2 < <(sequences 2)
# a client's last transaction may have committed without pgbench hearing
# of it: at most one a client more than acknowledged, none fewer
[ "$unmatched" = 0 ] && [ "$twice" = 0 ] && [ "$refused_rows" = 0 ] && [ "$gaps2" = 0 ] && [ -n "$tx2" ] \
    && [ "$committed2" -ge "$tx2" ] && [ "$committed2" -le $((tx2 + CLIENTS)) ]
result "SIGKILL: notes and entries exactly the ledger's tokens (no half transaction), none missing, every acknowledged commit there ($committed2 committed, ${tx2:-?} acknowledged)" $?
[ "$unmatched$twice$refused_rows$gaps2" = 0000 ] || figure "rows without their ledger token (or the reverse): $unmatched; tokens twice: $twice; refused statements that left a row: $refused_rows; clients with a transaction missing: $gaps2"
figure "committed in the run: $(q -F ' ' -c "SELECT (SELECT count(*) FILTER (WHERE kind = 'oversight') || ' oversight entries, ' || count(*) FILTER (WHERE kind = 'note') || ' case notes, ' FROM stress.ledger WHERE run = 2)
    || (SELECT count(*) || ' refusals' FROM stress.refusal WHERE run = 2)"); by clients that committed: $clients2"

read -r incomplete forged foreign not_stmt late_wrong late < <(bad_stamps 1 2)
# history migrated under session_replication_role = replica keeps the NULL
# late flags it brought (generate.sql); every note through the trigger has one
nulls=$(q -c "SELECT (SELECT count(*) FROM casework.oversight_entry WHERE recorded_at IS NULL OR recorded_by IS NULL OR heading IS NULL OR designation IS NULL)
            + (SELECT count(*) FROM casework.case_note WHERE is_late IS NULL AND body LIKE 'stress %')")
[ "$incomplete$forged$foreign$not_stmt$late_wrong" = 00000 ] && [ "$nulls" = 0 ]
result "SIGKILL: every row's stamps complete and the server's, every late flag the window's" $?
[ "$incomplete$forged$foreign$not_stmt$late_wrong$nulls" = 000000 ] \
    || figure "incomplete $incomplete, forged $forged, not the server's $foreign, not the statement's time $not_stmt, late flags wrong $late_wrong, rows with a NULL stamp or flag $nulls"

amcheck_out=$("$PGBIN/pg_amcheck" -d "$DB" --heapallindexed --parent-check 2>&1)
amcheck_status=$?
counts=$(q -c "SET enable_indexscan = off; SET enable_bitmapscan = off; SET enable_indexonlyscan = off;
               SELECT count(*) FROM casework.case_note; SELECT count(*) FROM casework.oversight_entry; SELECT count(*) FROM stress.ledger;
               RESET ALL; SET enable_seqscan = off;
               SELECT count(*) FROM casework.case_note WHERE note_id > 0; SELECT count(*) FROM casework.oversight_entry WHERE entry_id > 0;
               SELECT count(*) FROM stress.ledger WHERE token > '';" | tr '\n' ' ')
read -r s1 s2 s3 i1 i2 i3 <<<"$counts"
[ "$amcheck_status" = 0 ] && [ -n "$i3" ] && [ "$s1 $s2 $s3" = "$i1 $i2 $i3" ]
result "SIGKILL: pg_amcheck finds no corruption (heap, every index, heapallindexed); index and sequential scans count the same" $?
[ "$amcheck_status" = 0 ] || printf '%s\n' "$amcheck_out" | head -n 20 | sed 's/^/   /'
figure "rows by seq scan / index scan: case_note $s1/$i1, oversight_entry $s2/$i2, ledger $s3/$i3"

after=$(q -F ' ' -U "$APP" -c "BEGIN" -c "INSERT INTO casework.oversight_entry (case_ref, body, recorded_at, recorded_by, designation)
        VALUES ('C000001', 'after the crash', '1999-12-31', 'mallory', 'Team Manager')
        RETURNING recorded_by, heading, recorded_at = statement_timestamp()" -c "ROLLBACK" 2>&1)
[ "$after" = "$APP Management Oversight t" ]
result "SIGKILL: after recovery an insert is stamped by the server again" $?
[ "$after" = "$APP Management Oversight t" ] || figure "got: $after"

# ---- 3. hot standby --------------------------------------------------------
say "hot standby: pg_basebackup under load, streaming on port $STANDBY_PORT"
LOG3=$CLUSTER/pgbench-standby.log
bench 3 "$STRESS_STANDBY_SECONDS" "$LOG3" &
BENCHPID=$!
sleep 1
STANDBY=$CLUSTER/standby
as_postgres="runuser -u postgres --"
[ "$(id -u)" = 0 ] || as_postgres=""
t_bb=$(now_s)
(cd "$CLUSTER" && $as_postgres "$PGBIN/pg_basebackup" -D "$STANDBY" -R -X stream -c fast \
    -h "$CLUSTER" -p 5432 -U postgres) >"$CLUSTER/basebackup.log" 2>&1 \
    && (cd "$CLUSTER" && $as_postgres "$PGBIN/pg_ctl" -D "$STANDBY" -l "$CLUSTER/standby.log" -w \
        -o "-c listen_addresses='' -k $CLUSTER -p $STANDBY_PORT -c fsync=off -c max_prepared_transactions=10" \
        start) >/dev/null 2>&1
standby_status=$?
[ "$standby_status" = 0 ] && SBPID=$(head -n 1 "$STANDBY/postmaster.pid")
t_up=$(now_s)
wait "$BENCHPID"; status3=$?; BENCHPID=""
sq() { psql_q -At -p "$STANDBY_PORT" -d "$DB" "$@"; }     # the standby, as postgres
lsn=$(q -c "SELECT pg_current_wal_lsn()")
caught_up=1
t_lsn=$(now_s)
if [ "$standby_status" = 0 ]; then
    for _ in $(seq 1 600); do
        [ "$(sq -c "SELECT pg_is_in_recovery() AND pg_last_wal_replay_lsn() >= '$lsn'" 2>/dev/null)" = t ] && { caught_up=0; break; }
        sleep 0.1
    done
fi
t_caught=$(now_s)
[ "$standby_status" = 0 ] && [ "$caught_up" = 0 ] && [ "$status3" = 0 ]
result "hot standby: taken with pg_basebackup while pgbench ran, started, replayed the primary's WAL up to $lsn" $?
[ "$standby_status" = 0 ] || { cat "$CLUSTER/basebackup.log"; [ -f "$CLUSTER/standby.log" ] && tail -n 20 "$CLUSTER/standby.log"; }
[ "$status3" = 0 ] || grep -iE 'error|abort' "$LOG3" | sort | uniq -c | head -n 10 | sed 's/^/   /'
figure "load meanwhile: $(total_tx "$LOG3") transactions; base backup and start $(elapsed "$t_bb" "$t_up") s, caught up $(elapsed "$t_lsn" "$t_caught") s after the load"

ANSWERS="SET search_path = \"\$user\", public, supervision;
SET timezone = 'Europe/London';
SELECT due_date('2026-12-23', '5 working days'), due_date('2027-01-15', 'every calendar month'), due_date('2026-12-23', '5 WD', 'scotland'),
       deadline('2026-11-02 10:00 Europe/London', '5 working days'), deadline('2026-06-30 23:30+00', '1 working day'),
       add_working_days('2026-12-23', 5), add_working_days('2026-12-23', 5, 'scotland'), working_days_between('2026-12-23', '2027-01-04'),
       is_working_day('2026-06-15', 'scotland'), date '2026-03-14' + 'monthly'::timescale,
       stage_at('weekly until 6 weeks, fortnightly until 6 months, monthly', '2026-09-07', '2026-10-19');
SELECT * FROM bank_holidays(2027, 'northern-ireland');
SELECT * FROM personal_supervision_due('gloucestershire', 'social_worker', '2026-12-07');
SELECT * FROM personal_supervision_due('slough', 'asye', '2026-10-19', started => '2026-09-07');
SELECT * FROM case_discussion_due('bury', 'settled', '2026-01-15');
SELECT * FROM case_discussion_due('gloucestershire', 'cp', NULL, opened => '2026-05-31');
SELECT recording_deadline('islington', '2026-11-02 10:00+00', true), window_deadline('leeds', 'LEE-R1', '2026-11-02 10:00+00', topic => 'supervision_record'),
       retention_until('leeds', '2026-03-31');
SELECT count(*), md5(string_agg(concat_ws(',', note_id, deadline(event_at, '5 working days'), due_date(event_at::date, '1 month'),
                                           (case_discussion_due('$POLICY', f.legal_status, event_at::date)).latest), ';' ORDER BY note_id))
FROM casework.case_note JOIN casework.case_file f USING (case_ref);
SELECT * FROM supervision_due('2026-11-20') ORDER BY staff;
SELECT * FROM case_discussions_due('2026-11-22') ORDER BY case_key;
SELECT * FROM pre_supervision_report('W00008', '2026-11-22');
SELECT * FROM monthly_return('2026-10-01');
SELECT * FROM monthly_return('2026-11-01');
SELECT * FROM agreements_due('2026-11-20') ORDER BY staff;
SELECT * FROM appraisals_due('2026-11-20') ORDER BY staff;
SELECT * FROM observations_due('2026-11-20') ORDER BY staff, rule;
SELECT * FROM supervisor_load('2026-11-20') ORDER BY supervisor;
SELECT * FROM retention_due('2026-11-20') ORDER BY staff;"
primary_answers=$(q -c "$ANSWERS" 2>&1); pa=$?
standby_answers=$(sq -c "$ANSWERS" 2>&1); sa=$?
[ "$pa" = 0 ] && [ "$sa" = 0 ] && [ -n "$primary_answers" ] && [ "$primary_answers" = "$standby_answers" ]
result "hot standby: due dates, deadlines and every report answered on the standby exactly as on the primary ($(printf '%s\n' "$primary_answers" | wc -l) lines)" $?
[ "$primary_answers" = "$standby_answers" ] || diff <(printf '%s\n' "$primary_answers") <(printf '%s\n' "$standby_answers") | head -n 30

refused=$(psql_q -At -p "$STANDBY_PORT" -d "$DB" -v VERBOSITY=sqlstate -U "$APP" \
    -c "INSERT INTO casework.oversight_entry (case_ref, body, designation) VALUES ('C000001', 'on the standby', 'Team Manager')" 2>&1)
refused2=$(psql_q -At -p "$STANDBY_PORT" -d "$DB" -v VERBOSITY=sqlstate -U "$APP" \
    -c "INSERT INTO casework.case_note (case_ref, note_type, event_at, author, body) VALUES ('C000001', 'Case supervision', now(), 'W00002', 'on the standby')" 2>&1)
[ "$refused" = "ERROR:  25006" ] && [ "$refused2" = "ERROR:  25006" ]
result "hot standby: an INSERT on the standby is refused read-only (25006) before any trigger" $?
[ "$refused$refused2" = "ERROR:  25006ERROR:  25006" ] || figure "got: $refused / $refused2"

STAMPS="SELECT count(*), md5(string_agg(int8send(entry_id) || timestamptz_send(recorded_at) || textsend(recorded_by)
                                        || textsend(heading) || textsend(designation) || textsend(body), ''::bytea ORDER BY entry_id))
        FROM casework.oversight_entry;
        SELECT count(*), md5(string_agg(int8send(note_id) || timestamptz_send(recorded_at) || timestamptz_send(event_at)
                                        || boolsend(is_late) || boolsend(significant) || textsend(body), ''::bytea ORDER BY note_id))
        FROM casework.case_note;
        SELECT count(*), md5(string_agg(textsend(token) || timestamptz_send(xact_at), ''::bytea ORDER BY token)) FROM stress.ledger;"
primary_stamps=$(q -c "$STAMPS" 2>&1)
standby_stamps=$(sq -c "$STAMPS" 2>&1)
read -r unmatched twice refused_rows < <(sq -F ' ' -c "$UNMATCHED" 2>/dev/null)
[ -n "$primary_stamps" ] && [ "$primary_stamps" = "$standby_stamps" ] && [ "${unmatched:-1}${twice:-1}${refused_rows:-1}" = 000 ]
result "hot standby: stamps, late flags and ledger byte for byte the primary's (not stamped again), every token matched" $?
printf '%s\n' "$standby_stamps" | paste -sd' ' | awk '{ printf "   standby: %s oversight entries (md5 %s), %s case notes (%s), %s ledger rows (%s)\n", $1, $2, $3, $4, $5, $6 }' FS='[| ]'
[ "$primary_stamps" = "$standby_stamps" ] || figure "primary: $(printf '%s\n' "$primary_stamps" | paste -sd' ')"
[ "${unmatched:-1}${twice:-1}${refused_rows:-1}" = 000 ] \
    || figure "tokens on the standby: ${unmatched:-?} unmatched, ${twice:-?} twice, ${refused_rows:-?} refused yet written: $(sq -F ' ' -c "$UNMATCHED" 2>&1 | head -n 3)"

# A standby session with its calendar and policy caches warm sees a change
# committed on the primary once it is replayed (the relcache invalidation
# travels in the WAL).
cat >"$CLUSTER/change.sh" <<SH
set -e
psql() { "$PGBIN/psql" -X -q -At -v ON_ERROR_STOP=1 -h "$CLUSTER" -U postgres -d "$DB" "\$@"; }
psql -p 5432 -c "INSERT INTO supervision.closure_day VALUES ('england-and-wales', '2027-03-15', 'Proclaimed bank holiday (stress.sh)')" \
     -c "SELECT supervision.copy_policy('$POLICY', '$POLICY-local')" >/dev/null
lsn=\$(psql -p 5432 -c "SELECT pg_current_wal_lsn()")
for i in \$(seq 1 300); do
    [ "\$(psql -p $STANDBY_PORT -c "SELECT pg_last_wal_replay_lsn() >= '\$lsn'")" = t ] && exit 0
    sleep 0.1
done
exit 1
SH
session=$(psql_q -At -p "$STANDBY_PORT" -d "$DB" 2>&1 <<SQL
SELECT supervision.add_working_days('2027-03-12', 1), (supervision.case_discussion_due('$POLICY', 'cp', '2026-11-02')).latest;
\! bash $CLUSTER/change.sh
SELECT supervision.add_working_days('2027-03-12', 1), (supervision.case_discussion_due('$POLICY-local', 'cp', '2026-11-02')).latest;
SQL
)
expected_session=$(q -c "SELECT '2027-03-15|' || (supervision.case_discussion_due('$POLICY', 'cp', '2026-11-02')).latest;
                         SELECT supervision.add_working_days('2027-03-12', 1) || '|' || (supervision.case_discussion_due('$POLICY-local', 'cp', '2026-11-02')).latest")
[ -n "$session" ] && [ "$session" = "$expected_session" ] && [ "$(printf '%s\n' "$session" | sed -n '2s/|.*//p')" = 2027-03-16 ]
result "hot standby: a standby session with warm caches sees a closure day and a policy added on the primary once replayed" $?
[ "$session" = "$expected_session" ] || { figure "standby session: $(printf '%s\n' "$session" | paste -sd' ')"; figure "expected: $(printf '%s\n' "$expected_session" | paste -sd' ')"; }

stop_standby
stop_cluster
tally
