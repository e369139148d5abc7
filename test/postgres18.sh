#!/usr/bin/env bash
# test/postgres18.sh: PostgreSQL 18 with assertions, built from Debian's
# source package, and pgTAP for it, installed under $PG18_PREFIX (default
# /opt/supervision/postgresql-18, outside the repository).
#
#   PG_CONFIG=$(bash test/postgres18.sh)
#
# Prints the path of its pg_config on standard output, and nothing else
# there (progress goes to standard error).  When that pg_config and
# pgTAP are installed already, it prints the path at once: run it as
# often as you like.  Otherwise, as root on Debian: installs the build
# dependencies from Debian's packages, fetches the sources of
# postgresql-18 and pgtap from Debian's unstable suite (through a sources
# list of its own in a temp directory: the machine's apt configuration is
# not touched), builds upstream's sources (Debian's patches are not
# applied) with --enable-cassert --enable-debug, and installs the server,
# the client programs, PGXS with pg_regress and pg_isolation_regress, and
# pgTAP, and contrib's amcheck, spi and auto_explain (for make stress and
# make bench).
# About 6-10 minutes on 2 cores.
#
# The server is installed into a staging directory beside the prefix and
# moved into place whole, so an interrupted run leaves no half-installed
# prefix behind: the next run starts over.
set -euo pipefail

# PG18_ASSERTS=off: a build without assertions, into its own prefix by
# default, for comparing speed with 15 (make bench PG_CONFIG=...); the
# tests run on the build with assertions
if [ "${PG18_ASSERTS:-on}" = off ]; then
    ASSERTS=""
    PG18_PREFIX=${PG18_PREFIX:-/opt/supervision/postgresql-18-release}
else
    ASSERTS="--enable-cassert"
    PG18_PREFIX=${PG18_PREFIX:-/opt/supervision/postgresql-18}
fi
PG_CONFIG=$PG18_PREFIX/bin/pg_config
JOBS=${JOBS:-2}

say() { printf '== postgres18: %s\n' "$*" >&2; }
die() { printf 'postgres18: %s\n' "$*" >&2; exit 2; }

have_pgtap() {
    [ -x "$PG_CONFIG" ] && [ -f "$("$PG_CONFIG" --sharedir)/extension/pgtap.control" ]
}
# the contrib modules the tests use: amcheck (make stress), insert_username
# of spi and auto_explain (make bench)
CONTRIB="amcheck spi auto_explain"
have_contrib() {
    [ -x "$PG_CONFIG" ] && [ -f "$("$PG_CONFIG" --sharedir)/extension/amcheck.control" ] \
        && [ -f "$("$PG_CONFIG" --sharedir)/extension/insert_username.control" ] \
        && [ -f "$("$PG_CONFIG" --pkglibdir)/auto_explain.so" ]
}
have_all() { have_pgtap && have_contrib; }

if have_all; then
    echo "$PG_CONFIG"
    exit 0
fi

[ "$(id -u)" = 0 ] || die "$PG_CONFIG or pgTAP is missing: run as root to build them"

# one run at a time
mkdir -p "$(dirname "$PG18_PREFIX")"
exec 9>"$PG18_PREFIX.lock"
flock 9
if have_all; then    # another run finished it meanwhile
    echo "$PG_CONFIG"
    exit 0
fi

WORK=$(mktemp -d /var/tmp/postgres18.XXXXXX)
STAGE=""
cleanup() {
    rm -rf "$WORK"
    [ -z "$STAGE" ] || rm -rf "$STAGE"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# run LOGNAME COMMAND...: the command's output to a log, shown on failure
run() {
    local log=$WORK/$1.log
    shift
    if ! "$@" >"$log" 2>&1; then
        tail -n 60 "$log" >&2
        die "failed: $*"
    fi
}

# --- build dependencies, from the machine's own sources --------------------
PACKAGES="build-essential bison flex libreadline-dev zlib1g-dev pkg-config dpkg-dev"
missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    say "installing from Debian's packages:$missing"
    export DEBIAN_FRONTEND=noninteractive
    run apt-update apt-get update
    run apt-install apt-get install -y --no-install-recommends $missing
fi

# --- sources, from Debian's unstable suite ---------------------------------
# The mirror the machine already uses for Debian (its deb822 .sources or its
# one-line sources.list), unless DEBIAN_MIRROR says otherwise.
mirror=${DEBIAN_MIRROR:-}
if [ -z "$mirror" ]; then
    mirror=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null \
                 | sed -n 's/^URIs:[[:space:]]*//p' | tr ' ' '\n' \
                 | grep -E '/debian/?$' | head -n 1 || true)
fi
if [ -z "$mirror" ]; then
    mirror=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
                 | sed -n 's/^deb\(-src\)\?[[:space:]]\+\(\[[^]]*\][[:space:]]\+\)\?\([^[:space:]]*\).*/\3/p' \
                 | grep -E '/debian/?$' | head -n 1 || true)
fi
mirror=${mirror:-http://deb.debian.org/debian}
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
signed_by=""
[ -f "$keyring" ] && signed_by="[signed-by=$keyring] "

APT=$WORK/apt
mkdir -p "$APT/lists/partial" "$APT/cache/archives/partial" "$WORK/src"
echo "deb-src ${signed_by}${mirror%/} unstable main" >"$APT/sources.list"
# let apt's unprivileged downloader write there
chmod 755 "$WORK" "$APT"
id _apt >/dev/null 2>&1 && chown -R _apt "$APT/lists" "$WORK/src"
APT_OPTS=(-o "Dir::Etc::SourceList=$APT/sources.list"
          -o "Dir::Etc::SourceParts=/dev/null"
          -o "Dir::State::Lists=$APT/lists"
          -o "Dir::Cache=$APT/cache")

say "fetching the source lists of unstable from $mirror"
run apt-src-update apt-get "${APT_OPTS[@]}" update

# fetch SOURCEPACKAGE: its source files into $WORK/src (apt checks each
# against the signed index), upstream's tree (without Debian's patches)
# unpacked into $WORK/src/SOURCEPACKAGE; prints the version.  Where the
# mirror serves the upstream tarball but not the .dsc or Debian's part
# (pgtap's, at the time of writing), the upstream tarball is unpacked alone.
fetch() {
    local dsc="" orig
    if (cd "$WORK/src" && apt-get "${APT_OPTS[@]}" source --download-only "$1") >"$WORK/fetch-$1.log" 2>&1; then
        dsc=$(ls "$WORK/src/$1"_*.dsc 2>/dev/null | head -n 1)
    fi
    if [ -n "$dsc" ]; then
        run "unpack-$1" dpkg-source --skip-patches -x "$dsc" "$WORK/src/$1"
        sed -n 's/^Version: //p' "$dsc"
        return
    fi
    orig=$(ls "$WORK/src/$1"_*.orig.tar.* 2>/dev/null | head -n 1)
    if [ -z "$orig" ]; then
        tail -n 20 "$WORK/fetch-$1.log" >&2
        die "could not fetch the source package $1 from unstable"
    fi
    say "no .dsc for $1 on the mirror: unpacking its upstream tarball $(basename "$orig")"
    mkdir "$WORK/src/$1"
    run "unpack-$1" tar -xf "$orig" -C "$WORK/src/$1" --strip-components=1
    basename "$orig" | sed "s/^$1_\\(.*\\)\\.orig\\.tar\\..*/\\1/"
}

# --- PostgreSQL 18 -----------------------------------------------------------
if [ ! -x "$PG_CONFIG" ]; then
    [ ! -e "$PG18_PREFIX" ] || die "$PG18_PREFIX exists but has no bin/pg_config: remove it first"
    version=$(fetch postgresql-18)
    say "building PostgreSQL from postgresql-18 $version (logs in $WORK until the end)"
    cd "$WORK/src/postgresql-18"
    start=$SECONDS
    run configure ./configure --prefix="$PG18_PREFIX" $ASSERTS --enable-debug --without-icu
    run make make -j"$JOBS"
    say "built in $((SECONDS - start)) s; installing"
    STAGE=$(mktemp -d "$(dirname "$PG18_PREFIX")/.postgresql-18-stage.XXXXXX")
    # the server, client programs, libraries, headers and PGXS; pg_regress
    # and pg_isolation_regress are installed into PGXS by src/test/regress
    # and src/test/isolation (made again here in case "install" skips them)
    run install make install DESTDIR="$STAGE"
    run install-regress make -C src/test/regress install DESTDIR="$STAGE"
    run install-isolation make -C src/test/isolation install DESTDIR="$STAGE"
    for m in $CONTRIB; do
        run "install-$m" make -C "contrib/$m" install DESTDIR="$STAGE"
    done
    pgxs=$STAGE$PG18_PREFIX/lib/postgresql/pgxs
    [ -d "$pgxs" ] || pgxs=$STAGE$PG18_PREFIX/lib/pgxs
    for f in bin/postgres bin/initdb bin/pg_ctl bin/psql bin/pg_dump bin/pg_restore bin/pgbench bin/pg_config; do
        [ -x "$STAGE$PG18_PREFIX/$f" ] || die "not installed: $f"
    done
    for f in src/test/regress/pg_regress src/test/isolation/pg_isolation_regress src/makefiles/pgxs.mk; do
        [ -e "$pgxs/$f" ] || die "not installed into PGXS ($pgxs): $f"
    done
    mv "$STAGE$PG18_PREFIX" "$PG18_PREFIX"
    rm -rf "$STAGE"; STAGE=""
    cd /
    say "PostgreSQL $("$PG_CONFIG" --version | sed 's/PostgreSQL //') installed in $PG18_PREFIX"
fi

# --- contrib modules, into a server built before they were added here ------
if ! have_contrib; then
    [ -d "$WORK/src/postgresql-18" ] || fetch postgresql-18 >/dev/null
    say "installing contrib's $CONTRIB with PGXS"
    for m in $CONTRIB; do
        run "contrib-$m" make -C "$WORK/src/postgresql-18/contrib/$m" USE_PGXS=1 PG_CONFIG="$PG_CONFIG" install
    done
    have_contrib || die "contrib's $CONTRIB did not all install into $PG18_PREFIX"
fi

# --- pgTAP: plain SQL, installed with PGXS -----------------------------------
if ! have_pgtap; then
    version=$(fetch pgtap)
    say "installing pgTAP $version"
    run pgtap make -C "$WORK/src/pgtap" PG_CONFIG="$PG_CONFIG" install
    have_pgtap || die "pgTAP did not install into $("$PG_CONFIG" --sharedir)/extension"
fi

echo "$PG_CONFIG"
