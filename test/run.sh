#!/usr/bin/env bash
# test/run.sh demo|test|bench|sanitize|memcheck|fuzz: what "make demo", "make test",
# "make bench", "make sanitize" and "make fuzz" do.
#
# On a fresh Debian 12 machine, as root: install what is missing from
# Debian's packages, build and install the extension, start a throwaway
# PostgreSQL 15 cluster (initdb as postgres in a temp directory, unix socket
# only), do the job, and stop the cluster by its pid, also when a test fails.
set -uo pipefail

mode=${1:?usage: test/run.sh demo|test|bench|sanitize|memcheck|fuzz}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

. "$top/test/lib.sh"

# pg_regress: sql/*.sql against expected/*.out
run_regress() {
    local tests out
    tests=$(ls sql/*.sql 2>/dev/null | sed 's|sql/\(.*\)\.sql|\1|')
    [ -n "$tests" ] || return 0
    say "pg_regress"
    rm -rf results regression.diffs regression.out
    out=$("$("$PG_CONFIG" --pkglibdir)/pgxs/src/test/regress/pg_regress" \
        --bindir="$PGBIN" --inputdir=. --load-extension=supervision \
        --dbname=supervision_regress $tests 2>&1)
    printf '%s\n' "$out" | grep -E '\.\.\. |^(not )?ok [0-9]+ '
    count_regress "$out" regression.diffs $(echo $tests | wc -w)
}

# isolation: test/isolation/specs/*.spec against test/isolation/expected/*.out
run_isolation() {
    local specs out
    specs=$(ls test/isolation/specs/*.spec 2>/dev/null | sed 's|.*/\(.*\)\.spec|\1|')
    [ -n "$specs" ] || return 0
    say "isolation"
    rm -rf output_iso
    out=$("$("$PG_CONFIG" --pkglibdir)/pgxs/src/test/isolation/pg_isolation_regress" \
        --bindir="$PGBIN" --inputdir=test/isolation --outputdir=output_iso \
        --load-extension=supervision --dbname=supervision_isolation $specs 2>&1)
    printf '%s\n' "$out" | grep -E '\.\.\. |^(not )?ok [0-9]+ '
    count_regress "$out" output_iso/regression.diffs $(echo $specs | wc -w)
}

# count_regress OUTPUT DIFFS NTESTS: every test not reported "ok" failed
# ("test x ... ok" up to PostgreSQL 15, "ok 1 - x" from 16)
count_regress() {
    local ok bad
    ok=$(printf '%s\n' "$1" | grep -cE '\.\.\. ok|^ok [0-9]+ ')
    bad=$(($3 - ok))
    if [ "$ok" = 0 ]; then
        printf '%s\n' "$1"    # the runner itself may have failed
    fi
    PASSED=$((PASSED + ok)); FAILED=$((FAILED + bad))
    [ "$bad" = 0 ] || { [ -f "$2" ] && cat "$2"; }
}

# pgTAP: every test/pgtap/*.sql, one pg_prove run each; a test counts once
run_pgtap() {
    local f out planned ok notok
    ls test/pgtap/*.sql >/dev/null 2>&1 || return 0
    say "pgTAP"
    new_database supervision_tap || die "cannot create the pgTAP database"
    psql_q -d supervision_tap -c "CREATE EXTENSION pgtap" >/dev/null || die "pgTAP is not installed"
    for f in test/pgtap/*.sql; do
        out=$(pg_prove --psql-bin "$PGBIN/psql" --verbose -d supervision_tap "$f" 2>&1)
        planned=$(printf '%s\n' "$out" | grep -m1 -oE '^ *1\.\.[0-9]+' | sed 's/.*\.\.//')
        ok=$(printf '%s\n' "$out" | grep -cE '^ *ok [0-9]+')
        notok=$(printf '%s\n' "$out" | grep -cE '^ *not ok [0-9]+')
        # tests planned but never run (the file died) are failures too
        if [ -n "$planned" ] && [ $((ok + notok)) -lt "$planned" ]; then
            notok=$((planned - ok))
        elif [ -z "$planned" ] || ! printf '%s\n' "$out" | grep -q '^Result: PASS'; then
            [ "$notok" = 0 ] && notok=1
        fi
        printf '%-44s %4d ok, %d failed\n' "$f" "$ok" "$notok"
        if [ "$notok" != 0 ]; then
            printf '%s\n' "$out" | grep -vE '^ *ok [0-9]+' | sed 's/^/    /'
        fi
        PASSED=$((PASSED + ok)); FAILED=$((FAILED + notok))
    done
}

# pg_dump and pg_restore keep a council's calendars, closure days,
# policies, and a case-note table with our triggers attached and its
# stamped rows untouched; the shipped rows are not restored twice.
run_dump_restore() {
    local check before after
    say "pg_dump and pg_restore"
    check="SELECT name, based_on, weekend_days, time_zone, builtin FROM supervision.calendar ORDER BY name;
           SELECT * FROM supervision.closure_day ORDER BY calendar, day;
           SELECT supervision.is_working_day('2026-12-30', 'camden'), supervision.is_working_day('2027-03-15'),
                  supervision.add_working_days('2027-07-16', 1, 'glasgow'), supervision.add_working_days('2026-12-25', 2, 'residential');
           SELECT name, title, calendar, builtin FROM supervision.policy ORDER BY name;
           SELECT * FROM supervision.policy_version ORDER BY policy, version;
           SELECT * FROM supervision.rule ORDER BY policy, version, rule_id, kind, topic;
           SELECT supervision.personal_supervision_due('camden-2024', 'social_worker', '2025-03-31'),
                  supervision.personal_supervision_due('camden-2024', 'social_worker', '2025-12-19'),
                  supervision.recording_deadline('camden-2024', '2026-12-23 10:00+00'),
                  supervision.case_discussion_due('islington-local', 'cin', '2026-12-15');
           SELECT * FROM public.case_note ORDER BY id;
           SELECT \"table\", trigger, kind, enabled, definition FROM supervision.attachment ORDER BY \"table\"::text, trigger;
           SELECT kind, relation, columns, counts FROM supervision.source ORDER BY kind;
           SET supervision.policy = 'leeds';
           SELECT count(*), md5(string_agg(r::text, ';' ORDER BY r.case_key)) FROM supervision.case_discussions_due('2026-11-20') r;
           SELECT * FROM supervision.monthly_return('2026-10-01');
           SELECT count(*), count(*) FILTER (WHERE status = 'overdue') FROM supervision.case_discussions_due_today;"
    new_database supervision_dump_from \
        && psql_q -d supervision_dump_from -f test/fixtures/council_calendars.sql >/dev/null \
        && psql_q -d supervision_dump_from -f test/fixtures/council_policy.sql >/dev/null \
        && psql_q -d supervision_dump_from -f test/fixtures/council_case_notes.sql >/dev/null \
        && psql_q -d supervision_dump_from -v policy=leeds -f test/sample/schema.sql -f test/sample/generate.sql \
                  -c "SET session_replication_role = replica" -c "SELECT casework.generate(60, '2026-11-20')" \
                  -c "SET session_replication_role = DEFAULT" -f test/sample/attach.sql >/dev/null \
        && before=$(psql_q -At -d supervision_dump_from -c "$check") \
        && "$PGBIN/pg_dump" -Fc -d supervision_dump_from -f "$CLUSTER/calendars.dump" \
        && psql_q -d postgres -c "CREATE DATABASE supervision_dump_to" >/dev/null \
        && "$PGBIN/pg_restore" --exit-on-error -d supervision_dump_to "$CLUSTER/calendars.dump" \
        && after=$(psql_q -At -d supervision_dump_to -c "$check")
    [ $? = 0 ] && [ -n "$before" ] && [ "$before" = "$after" ]
    result "restored calendars, closure days, policies, stamped rows, triggers, report sources and answers identical" $? \
        || diff <(printf '%s\n' "$before") <(printf '%s\n' "$after")
}

# Updating step by step from the first release, one ALTER EXTENSION UPDATE
# for each script of the chain, gives exactly a fresh install of the newest
# version (built from extension/sql/): every object with its definition,
# labels, rights and comment, and every shipped row.  A council's rows are
# loaded at the version that introduced each kind (calendars at 0.1.0,
# policies at 0.2.0, attached triggers and stamped rows at 0.3.0, sources and
# the sample case database at 0.4.0), and are all still there at the end.
run_upgrade() {
    local fresh updated version next steps="0.1.0" before after
    version=0.1.0
    while next=$(ls extension/supervision--"$version"--*.sql 2>/dev/null | sed 's/.*--\(.*\)\.sql/\1/' | head -n 1) \
          && [ -n "$next" ]; do
        steps="$steps $next"; version=$next
    done
    say "ALTER EXTENSION UPDATE step by step: $steps"
    psql_q -d postgres -c "DROP DATABASE IF EXISTS supervision_upgrade" -c "CREATE DATABASE supervision_upgrade" >/dev/null 2>&1 \
        && psql_q -d supervision_upgrade -c "CREATE EXTENSION supervision VERSION '0.1.0'" >/dev/null \
        && psql_q -d supervision_upgrade -f test/fixtures/council_calendars.sql >/dev/null \
        || { result "installing 0.1.0 with a council's calendars" 1; return; }
    for version in ${steps#0.1.0 }; do
        psql_q -d supervision_upgrade -c "ALTER EXTENSION supervision UPDATE TO '$version'" >/dev/null \
            || { result "update to $version" 1; return; }
        case $version in
            0.2.0) psql_q -d supervision_upgrade -f test/fixtures/council_policy.sql >/dev/null ;;
            0.3.0) psql_q -d supervision_upgrade -f test/fixtures/council_case_notes.sql >/dev/null ;;
            0.4.0) psql_q -d supervision_upgrade -v policy=leeds -f test/sample/schema.sql -f test/sample/generate.sql \
                       -c "SET session_replication_role = replica" -c "SELECT casework.generate(30, '2026-11-20')" \
                       -c "SET session_replication_role = DEFAULT" -f test/sample/attach.sql >/dev/null \
                   && before=$(psql_q -At -d supervision_upgrade -f test/fixtures/council_rows.sql) ;;
        esac || { result "a council's rows at $version" 1; return; }
    done
    after=$(psql_q -At -d supervision_upgrade -f test/fixtures/council_rows.sql)
    [ -n "$before" ] && [ "$before" = "$after" ]
    result "updated $steps: a council's calendars, policies, sources, triggers and rows all still there" $? \
        || diff <(printf '%s\n' "$before") <(printf '%s\n' "$after")
    # the kinds of source later than 0.4.0 registered in the updated database,
    # and the same sources in a fresh one, so that the source functions
    # written from them are compared too
    psql_q -d supervision_upgrade -f test/sample/attach_records.sql >/dev/null \
        || { result "registering the session records once updated" 1; return; }
    new_database supervision_fresh \
        && psql_q -d supervision_fresh -v policy=leeds -f test/sample/schema.sql -f test/sample/attach.sql >/dev/null \
        || { result "a fresh install of $version with the same sources" 1; return; }
    for check in describe_extension shipped_rows; do
        updated=$(psql_q -At -d supervision_upgrade -f test/fixtures/$check.sql) \
            && fresh=$(psql_q -At -d supervision_fresh -f test/fixtures/$check.sql)
        [ $? = 0 ] && [ -n "$fresh" ] && [ "$fresh" = "$updated" ]
        result "updated $steps: $check as a fresh install of $version" $? \
            || diff <(printf '%s\n' "$fresh") <(printf '%s\n' "$updated")
    done
}

# Every object of the extension has a COMMENT ON (\dx+ and \df+ say what
# each is): none without one, in a fresh install.
run_comments() {
    local missing
    say "comments"
    new_database supervision_comments || { result "a fresh install for the comments check" 1; return; }
    missing=$(psql_q -At -d supervision_comments <<'SQL'
SELECT pg_describe_object(d.classid, d.objid, 0)
FROM pg_depend d JOIN pg_class c ON c.oid = d.classid
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'supervision')
  AND obj_description(d.objid, c.relname) IS NULL
  -- a table's or view's row type and an array type come with their object
  -- (PostgreSQL 16 and later record them as members too)
  AND NOT EXISTS (SELECT FROM pg_type t
                  WHERE d.classid = 'pg_type'::regclass AND t.oid = d.objid
                    AND (EXISTS (SELECT FROM pg_type e WHERE e.typarray = t.oid)
                         OR EXISTS (SELECT FROM pg_class r WHERE r.oid = t.typrelid AND r.relkind <> 'c')))
ORDER BY 1;
SQL
)
    [ $? = 0 ] && [ -z "$missing" ]
    result "every object of the extension has a comment" $? || printf '%s\n' "$missing" | sed 's/^/   without one: /'
}

# META.json (for PGXN) says what supervision.control says: the version
# (also of what it provides) and the comment as its abstract.
run_meta() {
    local out
    say "META.json beside supervision.control"
    out=$(psql_q -At -d postgres -v meta="$(cat META.json)" -v control="$(cat supervision.control)" <<'SQL'
SELECT m ->> 'version' = c.version AND m #>> '{provides,supervision,version}' = c.version
       AND m ->> 'abstract' = c.comment AND m #>> '{provides,supervision,abstract}' = c.comment
       AND m ->> 'name' = 'supervision'
FROM (SELECT :'meta'::jsonb AS m) j,
     (SELECT substring(:'control' FROM $$default_version = '([^']*)'$$) AS version,
             replace(substring(:'control' FROM $$comment = '((?:[^']|'')*)'$$), $$''$$, $$'$$) AS comment) c;
SQL
)
    [ "$out" = t ]
    result "META.json's name, version and abstract are supervision.control's" $?
}

# supervision.so exports only what PostgreSQL calls: _PG_init, the magic
# block, and each SQL-callable function with its info function; every
# other symbol stays inside the library.
run_exports() {
    local symbols extra
    say "symbols exported by supervision.so"
    symbols=$(nm -D --defined-only supervision.so | awk '{ print $3 }')
    extra=$(printf '%s\n' "$symbols" | grep -vxE '_PG_init|Pg_magic_func|pg_finfo_.*' | while read -r s; do
        printf '%s\n' "$symbols" | grep -qx "pg_finfo_$s" || echo "$s"; done)
    [ -n "$symbols" ] && [ -z "$extra" ]
    result "only _PG_init, the magic block and $(printf '%s\n' "$symbols" | grep -c '^pg_finfo_') SQL-callable functions exported" $? \
        || printf '   exported but not called by PostgreSQL: %s\n' $extra
}

# The fuzzers' saved inputs (test/fuzz/corpus, and any crash reproducer in
# test/fuzz/crashes) through the parsers under gcc's ASan and UBSan.
run_fuzz_replay() {
    local out
    say "fuzz corpus replayed under AddressSanitizer and UndefinedBehaviorSanitizer"
    if out=$(make -s -C test/fuzz PG_CONFIG="$PG_CONFIG" replay 2>&1); then
        printf '%s\n' "$out" | grep -E '^fuzz corpus' | sed 's/$/ ... ok/'
        PASSED=$((PASSED + $(printf '%s\n' "$out" | grep -c '^fuzz corpus')))
    else
        printf '%s\n' "$out"
        result "fuzz corpus replay" 1
    fi
}

# The memcheck run: valgrind's errors whose stack passes through the
# extension (a frame in supervision.so, or with a line of its sources:
# Debian's postgres and libc have no line numbers); those wholly inside
# PostgreSQL are tallied apart (the server is not built for valgrind).
check_memcheck_logs() {
    local logs ours sources
    logs=$(ls "$CLUSTER"/valgrind.* 2>/dev/null)
    # the extension's C files, as the Makefile lists them
    sources=$(make -s --no-print-directory PG_CONFIG="$PG_CONFIG" list-sources | tr ' ' '|')
    ours=$(awk -v ours="supervision\\.so|\\((compat|$sources)\\.[ch]:[0-9]+\\)" \
                '/^==[0-9]+== $/ { if (block ~ ours) print block; block = ""; next }
                /^==[0-9]+== / { block = block $0 "\n" }' $logs /dev/null)
    echo "   valgrind: $(echo "$logs" | wc -w) server processes checked; errors inside PostgreSQL alone:"
    cat $logs /dev/null | grep -E '^==[0-9]+== [A-Z]' | sed 's/^==[0-9]*== /      /' | sort | uniq -c
    # an invalid access is shown whole, wherever it is
    awk '/^==[0-9]+== $/ { if (block ~ /== Invalid/) print block; block = ""; next }
         /^==[0-9]+== / { block = block $0 "\n" }' $logs /dev/null | sed 's/^/      /' | head -80
    [ -n "$ours" ] && printf '%b\n' "$ours" | head -200
    [ -z "$ours" ] && [ -n "$logs" ]
    result "no memcheck error through the extension's code" $?
}

# The sanitizer run: what the server's UndefinedBehaviorSanitizer runtime
# reported while the tests ran (its log_path files), nothing expected.
check_sanitizer_logs() {
    local reports
    reports=$(cat "$CLUSTER"/ubsan.* 2>/dev/null)
    printf '%s' "$reports"; grep -E -A20 'runtime error:' "$CLUSTER/server.log"
    [ -z "$reports" ] && ! grep -qE 'runtime error:' "$CLUSTER/server.log"
    result "no UndefinedBehaviorSanitizer report from the server" $?
}

case "$mode" in
    fuzz) PACKAGES="$PACKAGES clang-14 libclang-rt-14-dev" ;;
    sanitize)
        # the server is not built with the sanitizer: its runtime is preloaded
        # into it, and reports to files in the cluster directory.  (gcc's and
        # clang's AddressSanitizer runtimes, preloaded, hang Debian's postgres
        # in bindtextdomain() at start: ASan runs on the parsers in test/fuzz.)
        SERVER_ENV="LD_PRELOAD=$(gcc -print-file-name=libubsan.so)"
        SERVER_ENV="$SERVER_ENV UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:log_path=@CLUSTER@/ubsan" ;;
    memcheck)
        SERVER_PROGRAM=$top/test/memcheck/postgres
        SERVER_ENV="MEMCHECK_LOG=@CLUSTER@"
        PACKAGES="$PACKAGES valgrind" ;;
esac
install_packages
need_server
say "PostgreSQL $("$PG_CONFIG" --version | sed 's/^PostgreSQL //') ($PG_FROM)"
[ "$mode" = fuzz ] && { make -C test/fuzz PG_CONFIG="$PG_CONFIG" run; exit; }
build
start_cluster

# the suite that make test, make sanitize and make memcheck all run
run_suite() {
    run_regress
    run_isolation
    run_pgtap
    run_dump_restore
}

case "$mode" in
    test)
        run_suite
        run_exports
        run_comments
        run_meta
        run_fuzz_replay
        run_upgrade
        stop_cluster
        tally
        ;;
    sanitize)
        run_suite
        check_sanitizer_logs
        stop_cluster
        mode=test build    # leave the ordinary build installed
        tally
        ;;
    memcheck)
        run_suite
        check_memcheck_logs
        stop_cluster
        tally
        ;;
    demo)
        new_database supervision_demo || die "cannot create the demo database"
        psql_q -d supervision_demo -v policy="${POLICY:-leeds}" -f test/demo.sql
        ;;
    bench)
        new_database supervision_bench || die "cannot create the bench database"
        # BENCH=reports (make bench BENCH=reports): that benchmark alone
        for b in test/bench/${BENCH:-*}.sql; do
            [ "$b" = test/bench/common.sql ] && continue    # included by the others
            psql_q -d supervision_bench -f "$b" || die "benchmark $b failed"
        done
        ;;
    *) die "unknown mode $mode" ;;
esac
