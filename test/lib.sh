# test/lib.sh: what every script under test/ shares, sourced after
# "top" (the project's directory) and "mode" are set: Debian's packages,
# the build, and a throwaway PostgreSQL cluster stopped by its pid.
#
# The server: PG=15 (the default) is Debian 12's packages; PG=18 is built
# from Debian's source package by test/postgres18.sh (once, then reused);
# SUPERVISION_PG_CONFIG=/path/to/pg_config is any other installed server,
# with its server headers and pgTAP (its tests are run, nothing installed).
PG=${PG:-15}
PACKAGES="libtap-parser-sourcehandler-pgtap-perl"
if [ -n "${SUPERVISION_PG_CONFIG:-}" ]; then
    PG_CONFIG=$SUPERVISION_PG_CONFIG
    PG_FROM="$PG_CONFIG"
elif [ "$PG" = 15 ]; then
    PG_CONFIG=/usr/lib/postgresql/15/bin/pg_config
    PACKAGES="postgresql-15 postgresql-server-dev-15 postgresql-15-pgtap $PACKAGES"
    PG_FROM="Debian's packages"
elif [ "$PG" = 18 ]; then
    PG_CONFIG=/opt/supervision/postgresql-18/bin/pg_config    # made by need_server
    PG_FROM="test/postgres18.sh"
else
    printf '%s: PG=%s: the tests run on 15 (Debian'"'"'s packages) or 18 (built by test/postgres18.sh), or on any server given as SUPERVISION_PG_CONFIG=.../pg_config\n' "$(basename "$0")" "$PG" >&2
    exit 2
fi
PGBIN=$(dirname "$PG_CONFIG")

say() { printf '== %s\n' "$*"; }
die() { printf '%s: %s\n' "$(basename "$0")" "$*" >&2; exit 2; }

install_packages() {
    local missing=""
    for p in $PACKAGES; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
    done
    [ -z "$missing" ] && return 0
    [ "$(id -u)" = 0 ] || die "missing Debian packages:$missing (run as root to install them)"
    say "installing from Debian's packages:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null || die "apt-get update failed"
    apt-get install -y -qq --no-install-recommends $missing >/dev/null || die "apt-get install$missing failed"
}

# The server of PG=18: built the first time (about 6 minutes), then reused
need_server() {
    [ "$PG" = 18 ] && [ -z "${SUPERVISION_PG_CONFIG:-}" ] || return 0
    PG_CONFIG=$(bash "$top/test/postgres18.sh") || die "building PostgreSQL 18 failed"
    PGBIN=$(dirname "$PG_CONFIG")
}

# Tests run against a build with assertions on (PostgreSQL's Assert), the
# demo and benchmarks against the normal one; each build starts clean.
build() {
    local cppflags="" copt=""
    case "$mode" in
        test) cppflags="-DUSE_ASSERT_CHECKING" ;;
        memcheck) cppflags="-DUSE_ASSERT_CHECKING" ;;
        sanitize) cppflags="-DUSE_ASSERT_CHECKING"
                  copt="-fsanitize=undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" ;;
    esac
    say "building and installing the extension${cppflags:+ (with $cppflags${copt:+ $copt})}"
    make -s PG_CONFIG="$PG_CONFIG" clean >/dev/null
    make -s PG_CONFIG="$PG_CONFIG" PG_CPPFLAGS="$cppflags" COPT="$copt" >/dev/null || die "build failed"
    make -s PG_CONFIG="$PG_CONFIG" install >/dev/null || die "make install failed"
}

# The cluster: data and socket in one temp directory owned by postgres.
CLUSTER=""
PGPID=""
stop_cluster() {
    if [ -n "$PGPID" ] && kill -0 "$PGPID" 2>/dev/null; then
        kill -INT "$PGPID"    # fast shutdown
        for _ in $(seq 1 100); do kill -0 "$PGPID" 2>/dev/null || break; sleep 0.1; done
        kill -0 "$PGPID" 2>/dev/null && kill -KILL "$PGPID"
    fi
    [ -n "$CLUSTER" ] && rm -rf "$CLUSTER"
    PGPID=""; CLUSTER=""
}
trap stop_cluster EXIT
trap 'exit 130' INT TERM

start_cluster() {
    CLUSTER=$(mktemp -d /tmp/supervision-pg.XXXXXX)
    chown postgres: "$CLUSTER"
    local as_postgres="runuser -u postgres --"
    [ "$(id -u)" = 0 ] || as_postgres=""
    # run from a directory postgres may enter
    cd "$CLUSTER"
    $as_postgres "$PGBIN/initdb" -D "$CLUSTER/data" -U postgres --auth=trust \
        --encoding=UTF8 --locale=C --no-sync >"$CLUSTER/initdb.log" 2>&1 \
        || { cat "$CLUSTER/initdb.log"; die "initdb failed"; }
    # SERVER_ENV: variables for the server only (the sanitizer run's
    # LD_PRELOAD), where @CLUSTER@ stands for the cluster's directory
    local server_env=${SERVER_ENV:-}
    # SERVER_PROGRAM: what pg_ctl starts in place of postgres (memcheck's
    # wrapper), copied where postgres may run it
    local program=""
    if [ -n "${SERVER_PROGRAM:-}" ]; then
        program=$CLUSTER/$(basename "$SERVER_PROGRAM")
        cp "$SERVER_PROGRAM" "$program" && chmod 755 "$program"
    fi
    $as_postgres env ${server_env//@CLUSTER@/$CLUSTER} "$PGBIN/pg_ctl" -D "$CLUSTER/data" -l "$CLUSTER/server.log" -w -t 600 \
        ${program:+-p "$program"} \
        -o "-c listen_addresses='' -k $CLUSTER -p 5432 -c fsync=off -c max_prepared_transactions=10" \
        start >/dev/null || { cat "$CLUSTER/server.log"; die "the server did not start"; }
    PGPID=$(head -n 1 "$CLUSTER/data/postmaster.pid")
    cd "$top"
    export PGHOST=$CLUSTER PGPORT=5432 PGUSER=postgres
    unset PGDATABASE PGSERVICE PGOPTIONS
}

psql_q() { "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 "$@"; }

new_database() {
    psql_q -d postgres -c "DROP DATABASE IF EXISTS \"$1\"" -c "CREATE DATABASE \"$1\"" >/dev/null 2>&1 \
        && psql_q -d "$1" -c "CREATE EXTENSION supervision" >/dev/null
}

# The tally of a run of checks: result DESCRIPTION STATUS prints the line,
# "... ok" or "... FAILED", counts it, and returns STATUS; tally prints the totals and is
# the run's exit status.
PASSED=0
FAILED=0
result() {
    if [ "$2" = 0 ]; then
        echo "$1 ... ok"; PASSED=$((PASSED + 1))
    else
        echo "$1 ... FAILED"; FAILED=$((FAILED + 1))
    fi
    [ "$2" = 0 ]    # so that "result ... || show what differs" shows it
}
tally() {
    echo "$PASSED passed, $FAILED failed"
    [ "$FAILED" = 0 ] && [ "$PASSED" -gt 0 ]
}
