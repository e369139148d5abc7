-- Soft input errors (PostgreSQL 16 and later): a bad timescale or schedule
-- literal is reported into the caller's context where it asks for that,
-- so pg_input_is_valid() and pg_input_error_info() answer without an
-- error, and COPY ... WITH (ON_ERROR ignore) (PostgreSQL 17 and later)
-- skips a bad value.  Where an error is thrown, it is the same SQLSTATE,
-- message and hint as before (sql/timescale.sql).  On PostgreSQL 15 the
-- tests are skipped: input errors are always thrown there.
BEGIN;
SELECT current_setting('server_version_num')::integer >= 160000 AS soft_errors,
       current_setting('server_version_num')::integer >= 170000 AS copy_on_error \gset
\if :soft_errors
SELECT plan(13);

SELECT ok(pg_input_is_valid('5 WD', 'supervision.timescale'), 'pg_input_is_valid: "5 WD" is a timescale');
SELECT ok(NOT pg_input_is_valid('5 parsecs', 'supervision.timescale'), 'pg_input_is_valid: "5 parsecs" is not, and no error is raised');
SELECT is(e.sql_error_code, '22P02', 'pg_input_error_info: a bad word is 22P02')
FROM pg_input_error_info('5 parsecs', 'supervision.timescale') e;
SELECT is(e.message, 'invalid input syntax for type timescale: "5 parsecs"', 'with the message it is thrown with')
FROM pg_input_error_info('5 parsecs', 'supervision.timescale') e;
SELECT ok(e.detail IS NOT NULL AND e.hint IS NOT NULL, 'and its detail and hint')
FROM pg_input_error_info('5 parsecs', 'supervision.timescale') e;
SELECT is(e.sql_error_code, '22003', 'a count out of range is 22003, softly too')
FROM pg_input_error_info('99999999999 days', 'supervision.timescale') e;
SELECT ok(pg_input_is_valid('weekly until 6 weeks, fortnightly until 6 months, monthly', 'supervision.schedule'),
    'pg_input_is_valid: SLO-A1''s staged cadence is a schedule');
SELECT ok(NOT pg_input_is_valid('weekly until 6 weeks, monthly until 3 weeks', 'supervision.schedule'),
    'pg_input_is_valid: stages that end before the one before them are not');
SELECT is(e.sql_error_code, '22P02', 'pg_input_error_info: a bad schedule is 22P02')
FROM pg_input_error_info('fortnightly until', 'supervision.schedule') e;
SELECT throws_ok($$SELECT '5 parsecs'::supervision.timescale$$, '22P02',
    'invalid input syntax for type timescale: "5 parsecs"', 'a cast still throws');

\if :copy_on_error
CREATE TEMP TABLE cadence (rule_id text, every supervision.schedule, within supervision.timescale);
-- a file in the cluster's data directory (COPY TO takes only an absolute path)
DO $$
BEGIN
    EXECUTE format($q$COPY (VALUES ('SLO-P1', 'monthly', '5 WD'), ('BAD-1', 'fortnightly until', '5 WD'),
                               ('LEE-R1', 'monthly', '10 working days'), ('BAD-2', 'monthly', '5 parsecs'))
                     TO %L (FORMAT csv)$q$, current_setting('data_directory') || '/supervision_soft_errors.csv');
END
$$;
COPY cadence FROM 'supervision_soft_errors.csv' WITH (FORMAT csv, ON_ERROR ignore);
SELECT is(ARRAY(SELECT rule_id FROM cadence ORDER BY rule_id), ARRAY['LEE-R1', 'SLO-P1'],
    'COPY ... ON_ERROR ignore: the two rows with a bad schedule or timescale are skipped, the others loaded');
SELECT is((SELECT within::text FROM cadence WHERE rule_id = 'LEE-R1'), '10 working days',
    'and the loaded values are as written');
SELECT throws_ok($$COPY cadence FROM 'supervision_soft_errors.csv' WITH (FORMAT csv)$$, '22P02', NULL,
    'without ON_ERROR, the same file is refused');
\else
SELECT skip('COPY ... ON_ERROR needs PostgreSQL 17', 3);
\endif
\else
SELECT plan(1);
SELECT skip('soft input errors need PostgreSQL 16', 1);
\endif
SELECT * FROM finish();
ROLLBACK;
