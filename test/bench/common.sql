-- Included by every benchmark (\i test/bench/common.sql, run from the top of
-- the tree): steady settings, and best_ms(query [, runs]), the fastest of
-- `runs` runs of a query in milliseconds.
SET client_min_messages = warning;
SET max_parallel_workers_per_gather = 0;
SET jit = off;

CREATE FUNCTION pg_temp.best_ms(query text, runs int DEFAULT 3) RETURNS float8
LANGUAGE plpgsql AS $$
DECLARE
    best float8;
    t timestamptz;
BEGIN
    FOR i IN 1..runs LOOP
        t := clock_timestamp();
        EXECUTE query;
        best := least(best, extract(epoch FROM clock_timestamp() - t) * 1000);
    END LOOP;
    RETURN best;
END
$$;
