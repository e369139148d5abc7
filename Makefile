# supervision: a PostgreSQL extension, built with PGXS.
#
#   make demo    set up PostgreSQL (as root, from Debian's packages), build,
#                install, and show what the extension does
#   make test    the same set-up, then every pg_regress, isolation and pgTAP
#                test, ending with "N passed, N failed"
#   make bench   our functions beside the plain-SQL alternatives, as ratios
#                (BENCH=reports: one benchmark of test/bench/ alone)
#   make sanitize the regression, isolation, pgTAP and dump tests against a
#                build with UndefinedBehaviorSanitizer (its runtime preloaded
#                into the server)
#   make memcheck the regression, isolation, pgTAP and dump tests with the
#                server under valgrind's memcheck
#   make fuzz    libFuzzer on the timescale and schedule parsers and binary
#                receive functions, FUZZ_SECONDS (600) each
#   make stress  load (pgbench), a backend killed mid-load, a hot standby;
#                then psycopg and pgjdbc clients through pgbouncer (test/clients.sh)
#
# Plain "make" and "make install" build against the pg_config on the PATH
# (PG_CONFIG=... to choose another).

EXTENSION = supervision
MODULE_big = supervision
OBJS = \
	extension/supervision.o \
	extension/bank_holidays.o \
	extension/config_cache.o \
	extension/calendar.o \
	extension/working_days.o \
	extension/timescale.o \
	extension/due_dates.o \
	extension/schedule.o \
	extension/policy.o \
	extension/policy_due.o \
	extension/local_day.o \
	extension/report_terms.o \
	extension/attachment.o \
	extension/stamping.o \
	extension/recording_window.o \
	extension/confidentiality.o

# The newest version's install script is built from the concept files in
# extension/sql/, in dependency order: each holds the current definition of
# its objects.  Released scripts (0.1.0 and every update step) are installed
# as they are and never rebuilt.
EXTVERSION = $(shell sed -n "s/^default_version = '\\(.*\\)'/\\1/p" supervision.control)
CONCEPTS = schema calendar timescale schedule policy \
	preset_slough preset_leeds preset_islington preset_gloucestershire preset_bury \
	preset_protection due_dates triggers local_day source source_functions confidentiality \
	report_terms reports session_diary report_views
CONCEPT_FILES = $(patsubst %,extension/sql/%.sql,$(CONCEPTS))
BUILT_SCRIPT = extension/supervision--$(EXTVERSION).sql
DATA_built = $(BUILT_SCRIPT)
DATA = $(filter-out $(BUILT_SCRIPT),$(wildcard extension/supervision--*.sql))

# pg_regress: sql/X.sql against expected/X.out
REGRESS = $(patsubst sql/%.sql,%,$(sort $(wildcard sql/*.sql)))
REGRESS_OPTS = --load-extension=supervision
# isolation specs: test/isolation/specs/X.spec against test/isolation/expected/X.out
ISOLATION = $(patsubst test/isolation/specs/%.spec,%,$(sort $(wildcard test/isolation/specs/*.spec)))
ISOLATION_OPTS = --inputdir=test/isolation --load-extension=supervision

# -Wno-unused-parameter: PostgreSQL's own headers have unused parameters.
# Only what PostgreSQL calls is exported from supervision.so: the functions
# PG_FUNCTION_INFO_V1 declares PGDLLEXPORT, and _PG_init; every other symbol
# is hidden from the server's other libraries (PostgreSQL 16 and later do
# this themselves; 15 defines PGDLLEXPORT empty unless it is set here).
PG_CFLAGS = -std=gnu99 -Wall -Wextra -Werror -Wno-unused-parameter \
	-fvisibility=hidden '-DPGDLLEXPORT=__attribute__((visibility("default")))'

EXTRA_CLEAN = results output_iso regression.diffs regression.out test/fuzz/build

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifeq ($(wildcard $(PGXS)),)
# no server headers yet: "make demo" and "make test" install them first
all install installcheck:
	@echo "pg_config --pgxs found nothing: run 'make test' or 'make demo' (as root) to install PostgreSQL's server headers" >&2; exit 1
else
include $(PGXS)
endif

$(BUILT_SCRIPT): $(CONCEPT_FILES) supervision.control
	{ printf '%s\n' '-- supervision $(EXTVERSION): built by make from extension/sql/*.sql; edit those, not this file.' \
	         '\echo Use "CREATE EXTENSION supervision" to load this file. \quit'; \
	  for f in $(CONCEPT_FILES); do printf '\n-- %s\n' "$$f"; cat "$$f"; done; } > $@

# the extension's C sources by name, for the memcheck run's filter
.PHONY: list-sources
list-sources:
	@echo $(notdir $(OBJS:.o=))

# PGXS does not track headers: every object depends on every header
$(OBJS): $(wildcard extension/*.h)

.PHONY: demo test bench sanitize memcheck fuzz stress
# make test PG=18 (or PG_CONFIG=/path/to/pg_config): the server the
# throwaway cluster runs; 15 from Debian's packages by default
PG ?= 15
RUN = PG=$(PG) SUPERVISION_PG_CONFIG=$(if $(filter command line environment,$(origin PG_CONFIG)),$(PG_CONFIG)) bash test/run.sh
# make demo POLICY=islington: the policy the sample case database's reports apply
POLICY ?= leeds
demo:
	POLICY=$(POLICY) $(RUN) demo
test:
	$(RUN) test
bench:
	BENCH=$(BENCH) $(RUN) bench
sanitize:
	$(RUN) sanitize
memcheck:
	$(RUN) memcheck
FUZZ_SECONDS ?= 600
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) $(RUN) fuzz
stress:
	PG=$(PG) bash test/stress.sh
	PG=$(PG) bash test/clients.sh
