-- Sample data for the casework schema (test/sample/schema.sql): teams, staff,
-- children, cases, case notes, oversight, supervision sessions and the rest.
-- Deterministic: every "random" choice is a hash of a row key and a salt, so
-- the same arguments always give the same rows (the demo and the benchmark
-- must be reproducible). Set-based throughout, so 100,000 children and about
-- 2,000,000 case notes load in seconds. The caller sets
-- session_replication_role = replica (a history migration), so no trigger
-- fires and every column, recorded_at included, is written here.

CREATE FUNCTION casework.pick(i bigint, salt text) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE
-- A plain SQL expression so the planner inlines it into the big INSERTs.
RETURN (hashtext(i::text || ':' || salt)::double precision + 2147483648.0) / 4294967296.0;

COMMENT ON FUNCTION casework.pick(bigint, text) IS
'A deterministic stand-in for random(): uniform in [0, 1), from a hash of row key i and salt (a different salt for each choice about the same row).';

CREATE FUNCTION casework.generate(children integer, as_of date, months integer DEFAULT 18) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    n_teams  integer := greatest(3, children / 270);
    n_staff  integer := 1 + 13 * n_teams;   -- head of service, then 13 a team
    w_start  date := (as_of - months * interval '1 month')::date;         -- history window
    open_lo  date := (as_of - (months + 36) * interval '1 month')::date;  -- earliest case opening
    last_at  timestamptz := (as_of + time '17:00') AT TIME ZONE 'Europe/London';
    n_prac   integer;
    given_names  text[] := ARRAY['Amelia','Noah','Olivia','Muhammad','Isla','George','Ava','Leo',
        'Freya','Oscar','Lily','Arthur','Ivy','Harry','Sophia','Jack','Mia','Theo','Aisha','Kacper',
        'Grace','Tomasz','Zara','Finley'];
    family_names text[] := ARRAY['Smith','Jones','Williams','Taylor','Brown','Davies','Evans','Khan',
        'Wilson','Patel','Thomas','Roberts','Johnson','Walker','Wright','Ahmed','Robinson','Kowalski',
        'Thompson','White','Hughes','Edwards','Green','Okafor'];
BEGIN
    INSERT INTO casework.team (team_id, team_name)
    SELECT t, (ARRAY['Assessment','Child Protection','Children Looked After','Early Help'])[1 + (t - 1) % 4] || ' ' || t
    FROM generate_series(1, n_teams) AS t;

    -- Worker n: 1 is the head of service (team 1); then per team, at pos 0 the
    -- team manager, 1 the assistant team manager, 2..12 practitioners who
    -- alternate between the two managers. One INSERT: the self-reference is
    -- checked at the end of the statement, so managers need not come first.
    WITH s AS (
        SELECT n, CASE WHEN n = 1 THEN 1 ELSE (n - 2) / 13 + 1 END AS team,
               CASE WHEN n = 1 THEN -1 ELSE (n - 2) % 13 END AS pos,
               casework.pick(n, 'role') AS pr
        FROM generate_series(1, n_staff) AS n
    ), r AS (
        SELECT s.*, 2 + (team - 1) * 13 AS tm,
               CASE WHEN pos = -1 THEN 'head_of_service' WHEN pos = 0 THEN 'team_manager'
                    WHEN pos = 1 THEN 'assistant_team_manager'
                    WHEN pr < 0.65 THEN 'social_worker' WHEN pr < 0.77 THEN 'asye'
                    WHEN pr < 0.85 THEN 'senior_social_worker' WHEN pr < 0.95 THEN 'family_support_worker'
                    ELSE 'student' END AS job
        FROM s
    ), d AS (
        -- ASYEs and students are new in role (last 10 months); others 1-8 years.
        SELECT r.*,
               CASE WHEN job IN ('asye', 'student') THEN as_of - 1 - floor(casework.pick(n, 'start') * 300)::int
                    ELSE as_of - 365 - floor(casework.pick(n, 'start') * 2555)::int END AS started,
               CASE WHEN pos >= 2 AND casework.pick(n, 'leaver') < 0.05
                    THEN as_of - 30 - floor(casework.pick(n, 'left') * 335)::int END AS left_on
        FROM r
    )
    INSERT INTO casework.worker (worker_id, full_name, job_role, team_id, line_manager, role_start, leaving_date)
    SELECT 'W' || lpad(n::text, 5, '0'),
           given_names[1 + floor(casework.pick(n, 'given') * cardinality(given_names))::int] || ' ' ||
           family_names[1 + floor(casework.pick(n, 'family') * cardinality(family_names))::int],
           job, team,
           CASE WHEN pos = -1 THEN NULL WHEN pos = 0 THEN 'W00001'
                ELSE 'W' || lpad((CASE WHEN pos % 2 = 0 OR pos = 1 THEN tm ELSE tm + 1 END)::text, 5, '0') END,
           started,
           CASE WHEN left_on > started THEN left_on END   -- a leaver left after starting
    FROM d ORDER BY n;

    INSERT INTO casework.child (child_id, given_name, family_name, date_of_birth)
    SELECT cid,
           given_names[1 + floor(casework.pick(cid, 'child_given') * cardinality(given_names))::int],
           family_names[1 + floor(casework.pick(cid, 'child_family') * cardinality(family_names))::int],
           as_of - floor(casework.pick(cid, 'dob') * 6570)::int   -- 0 to 17 years old
    FROM generate_series(1, children) AS g(cid);

    -- Cases go only to current practitioners (never managers or leavers),
    -- round robin over a numbered list. The count is a variable so that the
    -- join below is a plain equality (a hash join, not a nested loop).
    SELECT count(*) INTO n_prac FROM casework.worker
    WHERE job_role NOT IN ('head_of_service', 'team_manager', 'assistant_team_manager') AND leaving_date IS NULL;

    WITH p AS (
        SELECT worker_id, row_number() OVER (ORDER BY worker_id) - 1 AS k
        FROM casework.worker
        WHERE job_role NOT IN ('head_of_service', 'team_manager', 'assistant_team_manager') AND leaving_date IS NULL
    ), c AS (
        -- Opened up to 3 years before the window (some cases predate the history).
        SELECT cid, casework.pick(cid, 'status') AS ps,
               open_lo + floor(casework.pick(cid, 'opened') * ((as_of - 14) - open_lo + 1))::int AS opened
        FROM generate_series(1, children) AS g(cid)
    )
    INSERT INTO casework.case_file (case_ref, child_id, legal_status, worker_id, opened_on, closed_on)
    SELECT 'C' || lpad(cid::text, 6, '0'), cid,
           CASE WHEN ps < 0.40 THEN 'cin' WHEN ps < 0.60 THEN 'cp' WHEN ps < 0.85 THEN 'cla'
                WHEN ps < 0.90 THEN 'care_leaver' ELSE 'early_help' END,
           p.worker_id, opened,
           CASE WHEN casework.pick(cid, 'closed') < 0.10 AND opened + 30 <= as_of - 1
                THEN opened + 30 + floor(casework.pick(cid, 'closed_on') * ((as_of - 1) - (opened + 30) + 1))::int END
    FROM c JOIN p ON p.k = c.cid % n_prac
    ORDER BY cid;

    -- Case notes within the window, [s, e] per case. Case supervision comes
    -- at a per-case cadence of 4-10 weeks (+/- 5 days), so it is not overdue
    -- by itself; for 15% of cases it stops 3-5 months before as_of (those
    -- later slots become home visits), the overdue cases a report should find.
    -- Besides, 11 other notes a case, spread evenly: about 20 notes a case.
    WITH cf AS (
        SELECT child_id AS cid, case_ref, worker_id, s, e, gap,
               s + floor(casework.pick(child_id, 'phase') * CASE WHEN opened_on < w_start THEN gap ELSE 14 END)::int AS first_day,
               casework.pick(child_id, 'overdue') < 0.15 AS overdue,
               as_of - 92 - floor(casework.pick(child_id, 'cutoff') * 60)::int AS cutoff
        FROM (SELECT f.*, greatest(opened_on, w_start) AS s, least(closed_on, as_of - 1) AS e,
                     28 + floor(casework.pick(child_id, 'cadence') * 43)::int AS gap
              FROM casework.case_file f) f
        WHERE e >= s
    ), sup AS (
        SELECT cid, case_ref, worker_id, e, 1 AS src, k AS j,
               CASE WHEN overdue AND on_day > cutoff THEN 'Home visit' ELSE 'Case supervision' END AS kind, on_day
        FROM (SELECT cf.*, k, greatest(s, first_day + k * gap
                                          + floor(casework.pick(cid::bigint * 1000 + k, 'jitter') * 11)::int - 5) AS on_day
              FROM cf, generate_series(0, (e - s) / gap + 1) AS k) x
    ), oth AS (
        SELECT cid, case_ref, worker_id, e, 2 AS src, j,
               CASE WHEN pt < 0.55 THEN 'Home visit' WHEN pt < 0.93 THEN 'Phone call' ELSE 'Group supervision' END AS kind,
               s + floor((e - s) * (j - 1 + casework.pick(cid::bigint * 1000 + 500 + j, 'when')) / 11)::int AS on_day
        FROM (SELECT cf.*, j, casework.pick(cid::bigint * 1000 + 500 + j, 'type') AS pt
              FROM cf, generate_series(1, 11) AS j) x
    ), n AS (
        SELECT u.*, u.cid::bigint * 1000 + (u.src - 1) * 500 + u.j AS nk
        FROM (SELECT * FROM sup UNION ALL SELECT * FROM oth) u
        WHERE u.on_day <= u.e
    ), t AS (
        -- Held 09:00-16:59 London time; recorded 1-3 days later (80%),
        -- 4-9 (15%) or 10-30 (5%), never after 17:00 on as_of.
        SELECT n.*, ev,
               least(last_at, ev + (CASE WHEN pd < 0.80 THEN 1 + floor(q * 3) WHEN pd < 0.95 THEN 4 + floor(q * 6)
                                         ELSE 10 + floor(q * 21) END) * interval '1 day'
                                 + (floor(casework.pick(nk, 'rec_min') * 240) - 120) * interval '1 minute') AS rec
        FROM n, LATERAL (SELECT (n.on_day + time '09:00' + floor(casework.pick(n.nk, 'minute') * 480) * interval '1 minute')
                                AT TIME ZONE 'Europe/London' AS ev,
                                casework.pick(n.nk, 'delay') AS pd, casework.pick(n.nk, 'delay_days') AS q) z
    )
    INSERT INTO casework.case_note (case_ref, note_type, event_at, recorded_at, author, significant, is_late, late_reason, body)
    SELECT case_ref, kind, ev, rec, worker_id,
           kind = 'Case supervision' AND casework.pick(nk, 'significant') < 0.05,
           NULL,   -- the report recomputes lateness
           CASE WHEN rec - ev > interval '7 days' THEN 'Worker on leave' END,
           CASE kind
               WHEN 'Case supervision' THEN (ARRAY['Discussed the plan; actions agreed.',
                   'Reviewed progress against the plan; actions agreed with timescales.',
                   'Discussed risk and the child''s views; plan updated.'])[1 + (nk % 3)::int]
               WHEN 'Home visit' THEN (ARRAY['Visited at home; saw the child alone.',
                   'Home visit; the child was seen and spoken to.'])[1 + (nk % 2)::int]
               WHEN 'Phone call' THEN 'Phone call with parent; arrangements confirmed.'
               ELSE 'Discussed in group supervision; reflections recorded.' END
    FROM t
    ORDER BY cid, ev, src, j;   -- fixes note_id, and clusters each case's notes

    -- Management oversight: at allocation (opened_on + 2..10 days, when the
    -- case opened in the window) and once more on a day in the window, by the
    -- allocated worker's line manager.
    WITH cf AS (
        SELECT f.child_id AS cid, f.case_ref, f.opened_on, m.worker_id AS mgr, m.job_role AS mrole,
               greatest(f.opened_on, w_start) AS s, least(f.closed_on, as_of - 1) AS e
        FROM casework.case_file f
        JOIN casework.worker w ON w.worker_id = f.worker_id
        JOIN casework.worker m ON m.worker_id = w.line_manager
    ), o AS (
        SELECT cid, case_ref, mgr, mrole, 1 AS j, opened_on + 2 + floor(casework.pick(cid, 'ov_open') * 9)::int AS on_day
        FROM cf WHERE opened_on >= w_start
        UNION ALL
        SELECT cid, case_ref, mgr, mrole, 2, s + floor(casework.pick(cid, 'ov_day') * (e - s + 1))::int
        FROM cf WHERE e >= s
    )
    INSERT INTO casework.oversight_entry (case_ref, body, recorded_at, recorded_by, heading, designation)
    SELECT case_ref, 'Case discussed with the allocated worker; plan reviewed and next steps agreed.',
           (on_day + time '10:00' + floor(casework.pick(cid::bigint * 10 + j, 'ov_min') * 420) * interval '1 minute')
               AT TIME ZONE 'Europe/London',
           mgr, 'Management Oversight',
           CASE mrole WHEN 'team_manager' THEN 'Team Manager' WHEN 'assistant_team_manager' THEN 'Assistant Team Manager'
                      WHEN 'head_of_service' THEN 'Head of Service' END
    FROM o ORDER BY cid, j;

    -- Supervision sessions for everyone with a line manager, over their time
    -- in the window. Dates are a running sum of gaps: every 3-6 weeks; ASYEs
    -- and students weekly to fortnightly for their first 4 sessions (about 6
    -- weeks), then every 2-4 weeks. 15% of current staff have had none in the
    -- last 6-10 weeks before as_of. 8% of sessions are cancelled.
    WITH w AS (
        SELECT worker_id, line_manager, job_role, role_start, substr(worker_id, 2)::bigint AS wk,
               greatest(role_start, w_start) AS s, least(leaving_date, as_of) AS e,
               leaving_date IS NULL AND casework.pick(substr(worker_id, 2)::bigint, 'lapse') < 0.15 AS lapsed,
               as_of - 42 - floor(casework.pick(substr(worker_id, 2)::bigint, 'lapse_len') * 29)::int AS cutoff
        FROM casework.worker WHERE line_manager IS NOT NULL
    ), g AS (
        SELECT w.*, k, casework.pick(wk * 1000 + k, 'session') AS p,
               CASE WHEN k = 0 THEN floor(casework.pick(wk, 'phase') * CASE WHEN role_start >= w_start THEN 7 ELSE 42 END)::int
                    WHEN job_role IN ('asye', 'student') AND role_start >= w_start AND k <= 4
                        THEN 7 + floor(casework.pick(wk * 1000 + k, 'gap') * 8)::int
                    -- mostly on time, one gap in seven a fortnight longer
                    WHEN job_role IN ('asye', 'student') THEN 10 + floor(casework.pick(wk * 1000 + k, 'gap') * 5)::int
                        + CASE WHEN casework.pick(wk * 1000 + k, 'long') < 0.15 THEN 14 ELSE 0 END
                    ELSE 21 + floor(casework.pick(wk * 1000 + k, 'gap') * 10)::int
                        + CASE WHEN casework.pick(wk * 1000 + k, 'long') < 0.15 THEN 14 ELSE 0 END END AS gap
        FROM w, generate_series(0, months * 31 / 7 + 2) AS k   -- enough for weekly sessions
    ), d AS (
        SELECT g.*, s + (sum(gap) OVER (PARTITION BY worker_id ORDER BY k))::int AS on_day FROM g
    )
    -- Each was booked 2 to 10 weeks before (a few after the day: typed in
    -- late, which the reports flag); a cancellation has a reason.
    INSERT INTO casework.supervision_session (supervisee, supervisor, session_date, status, minutes, booked_at,
                                              cancel_reason)
    SELECT worker_id, line_manager, on_day,
           CASE WHEN p < 0.08 THEN 'cancelled' ELSE 'held' END,
           CASE WHEN p >= 0.08 THEN 60 + floor(casework.pick(wk * 1000 + k, 'minutes') * 61)::int END,
           ((on_day - CASE WHEN casework.pick(wk * 1000 + k, 'typed_late') < 0.002 THEN -2
                           ELSE 14 + floor(casework.pick(wk * 1000 + k, 'booked') * 57)::int END)
            + time '09:30') AT TIME ZONE 'Europe/London',
           CASE WHEN p < 0.08 THEN (ARRAY['Sickness', 'Sickness', 'Annual leave', 'Court', 'Training'])
                                   [1 + floor(casework.pick(wk * 1000 + k, 'why') * 5)::int] END
    FROM d
    WHERE on_day <= e AND NOT (lapsed AND on_day > cutoff)
    ORDER BY worker_id, on_day;

    -- The diary. Three cancellations in five were re-arranged to a session
    -- 2 to 9 days later, booked the day after (while the new session's
    -- row is written, moved_to holds the cancelled one's key, to link them).
    INSERT INTO casework.supervision_session (supervisee, supervisor, session_date, status, minutes, booked_at, moved_to)
    SELECT c.supervisee, c.supervisor, c.session_date + 2 + floor(casework.pick(c.session_id, 'moved') * 8)::int, 'held',
           60 + floor(casework.pick(c.session_id, 'moved_minutes') * 61)::int,
           ((c.session_date + 1) + time '10:00') AT TIME ZONE 'Europe/London', c.session_id
    FROM casework.supervision_session c
    WHERE c.status = 'cancelled' AND casework.pick(c.session_id, 'rearranged') < 0.6
      AND c.session_date + 9 <= as_of
    ORDER BY c.supervisee, c.session_date;
    UPDATE casework.supervision_session c SET status = 'rearranged', moved_to = n.session_id
    FROM casework.supervision_session n WHERE n.moved_to = c.session_id;
    UPDATE casework.supervision_session n SET moved_to = NULL WHERE n.status = 'held' AND n.moved_to IS NOT NULL;

    -- Sessions booked ahead for staff in post: every 4 weeks from 1 to 4
    -- weeks after as_of, for 1 to 5 months (so some diaries run short).
    INSERT INTO casework.supervision_session (supervisee, supervisor, session_date, status, booked_at)
    SELECT w.worker_id, w.line_manager, as_of + 7 + floor(casework.pick(w.wk, 'ahead_first') * 21)::int + 28 * i,
           'booked', ((as_of - floor(casework.pick(w.wk * 100 + i, 'ahead_made') * 30)::int) + time '11:00')
                     AT TIME ZONE 'Europe/London'
    FROM (SELECT worker_id, line_manager, substr(worker_id, 2)::bigint AS wk FROM casework.worker
          WHERE line_manager IS NOT NULL AND leaving_date IS NULL) w,
         generate_series(0, 5) AS i
    WHERE 28 * i <= 30 * floor(1 + casework.pick(w.wk, 'ahead') * 5)
    ORDER BY 1, 3;

    -- Absences: the supervisee's, over each session cancelled for sickness
    -- or leave (from 0 to 3 days before it, 1 to 12 days long); one member
    -- of staff in 25 off sick for 1 to 6 weeks in the window; one manager
    -- in 8 off now, for 1 to 5 weeks so far (half with a return day known);
    -- and one entry typed with its days the wrong way round.
    INSERT INTO casework.staff_absence (worker_id, first_day, last_day, reason)
    SELECT x.worker_id, x.first_day, x.last_day, x.reason FROM (
        SELECT s.supervisee AS worker_id, s.session_date - floor(casework.pick(s.session_id, 'off_before') * 4)::int AS first_day,
               s.session_date + floor(casework.pick(s.session_id, 'off_len') * 12)::int AS last_day,
               CASE s.cancel_reason WHEN 'Sickness' THEN 'Sickness' ELSE 'Annual leave' END AS reason
        FROM casework.supervision_session s
        WHERE s.status IN ('cancelled', 'rearranged') AND s.cancel_reason IN ('Sickness', 'Annual leave')
        UNION ALL
        SELECT w.worker_id, d.first_day, d.first_day + 6 + floor(casework.pick(w.wk, 'sick_len') * 36)::int, 'Sickness'
        FROM (SELECT worker_id, substr(worker_id, 2)::bigint AS wk, greatest(role_start, w_start) AS s,
                     least(leaving_date, as_of) AS e FROM casework.worker) w
        CROSS JOIN LATERAL (SELECT w.s + floor(casework.pick(w.wk, 'sick_day') * (w.e - w.s - 45))::int AS first_day) d
        WHERE casework.pick(w.wk, 'sick') < 0.04 AND w.e - w.s > 60
        UNION ALL
        SELECT m.worker_id, as_of - 7 - floor(casework.pick(m.wk, 'mgr_off') * 28)::int,
               CASE WHEN casework.pick(m.wk, 'mgr_back') < 0.5 THEN as_of + 3 + floor(casework.pick(m.wk, 'mgr_len') * 14)::int END,
               'Sickness'
        FROM (SELECT worker_id, substr(worker_id, 2)::bigint AS wk FROM casework.worker
              WHERE job_role IN ('team_manager', 'assistant_team_manager') AND leaving_date IS NULL) m
        WHERE casework.pick(m.wk, 'mgr_absent') < 0.125
        UNION ALL
        SELECT min(worker_id), as_of - 3, as_of - 10, 'Annual leave' FROM casework.worker WHERE leaving_date IS NULL) x
    ORDER BY x.worker_id, x.first_day;

    -- The records of held sessions: sent 1 to 16 days after the session at
    -- 16:00 (most within 10 working days, some later), one in twenty never;
    -- then signed 1 to 8 days later (60%), queried (10%), or left unanswered
    -- (deemed accepted where the policy says so).  Nothing after today.
    INSERT INTO casework.supervision_record (session_id, supervisee, session_date, sent_at, signed_at, queried_at)
    SELECT x.session_id, x.supervisee, x.session_date, x.sent,
           CASE WHEN x.a < 0.6 AND x.sent + x.answer_days * interval '1 day' <= last_at
                THEN x.sent + x.answer_days * interval '1 day' END,
           CASE WHEN x.a >= 0.6 AND x.a < 0.7 AND x.sent + x.answer_days * interval '1 day' <= last_at
                THEN x.sent + x.answer_days * interval '1 day' END
    FROM (SELECT s.session_id, s.supervisee, s.session_date, p.a,
                 1 + floor(casework.pick(s.session_id, 'answer') * 8)::int AS answer_days,
                 CASE WHEN p.r >= 0.05 AND s.session_date + 1 + floor(p.r * 16)::int <= as_of
                      THEN ((s.session_date + 1 + floor(p.r * 16)::int) + time '16:00') AT TIME ZONE 'Europe/London' END AS sent
          FROM casework.supervision_session s
          CROSS JOIN LATERAL (SELECT casework.pick(s.session_id, 'record') AS r, casework.pick(s.session_id, 'agree') AS a) p
          WHERE s.status = 'held') x
    WHERE x.sent IS NOT NULL OR x.session_date > as_of - 30
    ORDER BY x.session_id;

    -- Practice observations: 0-3 per practitioner per year in the window.
    WITH w AS (
        SELECT worker_id, line_manager, substr(worker_id, 2)::bigint AS wk,
               greatest(role_start, w_start) AS s, least(leaving_date, as_of) AS e
        FROM casework.worker
        WHERE job_role NOT IN ('head_of_service', 'team_manager', 'assistant_team_manager')
    )
    INSERT INTO casework.practice_observation (worker_id, observed_on, observer)
    SELECT worker_id, s + floor(casework.pick(wk * 100 + i, 'obs_day') * (e - s + 1))::int AS observed_on, line_manager
    FROM (SELECT w.*, floor(casework.pick(wk, 'obs') * 4 * (e - s + 1) / 365.0)::int AS n_obs FROM w WHERE e >= s) x,
         generate_series(1, n_obs) AS i
    ORDER BY worker_id, observed_on, i;

    -- Group supervision: each team every 4 to 6 weeks over the window; one
    -- team in five stopped meeting 2 to 3 months before as_of.
    INSERT INTO casework.team_meeting (team_id, met_on)
    SELECT team_id, on_day FROM (
        SELECT t.team_id, w_start + (sum(28 + floor(casework.pick(t.team_id * 100 + k, 'group_gap') * 15)::int)
                                     OVER (PARTITION BY t.team_id ORDER BY k))::int AS on_day,
               casework.pick(t.team_id, 'group_lapse') < 0.2 AS lapsed,
               as_of - 60 - floor(casework.pick(t.team_id, 'group_cut') * 30)::int AS cutoff
        FROM casework.team t, generate_series(0, months + 1) AS k) g
    WHERE on_day <= as_of AND NOT (lapsed AND on_day > cutoff)
    ORDER BY 1, 2;

    -- The reflective session with senior managers: on the first Wednesday
    -- of each of the last 6 months, 1 to 4 of the open cases (mostly 2 or 3).
    INSERT INTO casework.reflective_case (case_ref, met_on)
    SELECT c.case_ref, m.met_on
    FROM (SELECT d::date AS met_on, 1 + floor(casework.pick(extract(month FROM d)::bigint, 'reflective_n') * 4)::int AS n
          FROM generate_series(date_trunc('month', as_of) - interval '5 months', as_of, interval '1 month') AS g(m0),
               LATERAL (SELECT m0 + ((10 - extract(isodow FROM m0)::int) % 7) * interval '1 day') AS w(d)
          WHERE d::date <= as_of) AS m
    CROSS JOIN LATERAL (SELECT f.case_ref FROM casework.case_file f
                        WHERE f.opened_on <= m.met_on AND (f.closed_on IS NULL OR f.closed_on > m.met_on)
                        ORDER BY casework.pick(hashtext(f.case_ref || m.met_on)::bigint, 'reflective_pick'), f.case_ref
                        LIMIT m.n) AS c
    ORDER BY 2, 1;

    -- Supervision training of those who supervise: last attended 1 to 6
    -- years before as_of (some past the 5 years), and audits of their
    -- supervision files, yearly, one in four missing the last year.
    INSERT INTO casework.training_record (worker_id, attended_on)
    SELECT m.worker_id, as_of - 365 - floor(casework.pick(substr(m.worker_id, 2)::bigint, 'training') * 1826)::int
    FROM casework.worker m
    WHERE EXISTS (SELECT FROM casework.worker w WHERE w.line_manager = m.worker_id)
    ORDER BY 1;
    INSERT INTO casework.file_audit (worker_id, audited_on)
    SELECT m.worker_id, as_of - 365 * k - floor(casework.pick(substr(m.worker_id, 2)::bigint * 10 + k, 'audit') * 300)::int
    FROM casework.worker m, generate_series(0, 1) AS k
    WHERE EXISTS (SELECT FROM casework.worker w WHERE w.line_manager = m.worker_id)
      AND NOT (k = 0 AND casework.pick(substr(m.worker_id, 2)::bigint, 'audit_lapse') < 0.25)
    ORDER BY 1, 2;

    -- Supervision agreements: signed within 3 weeks of starting, renewed
    -- every 300-420 days. 10% of workers miss their latest renewal: nothing
    -- kept from the last 420 days.
    WITH g AS (
        SELECT worker_id, role_start, leaving_date, k,
               casework.pick(substr(worker_id, 2)::bigint, 'agr_lapse') < 0.10 AS lapsed,
               CASE WHEN k = 0 THEN floor(casework.pick(substr(worker_id, 2)::bigint, 'agr_first') * 21)::int
                    ELSE 300 + floor(casework.pick(substr(worker_id, 2)::bigint * 100 + k, 'agr_gap') * 121)::int END AS gap
        FROM casework.worker, generate_series(0, 12) AS k   -- tenure is at most 8 years
    ), d AS (
        SELECT g.*, role_start + (sum(gap) OVER (PARTITION BY worker_id ORDER BY k))::int AS on_day FROM g
    )
    INSERT INTO casework.supervision_agreement (worker_id, signed_on)
    SELECT worker_id, on_day FROM d
    WHERE on_day <= least(leaving_date, as_of) AND NOT (lapsed AND on_day > as_of - 420)
    ORDER BY worker_id, on_day;

    -- Appraisals: the first 6-11 months into the role, then yearly (+0..20
    -- days). 10% are overdue: nothing kept from the last 400 days.
    WITH g AS (
        SELECT worker_id, leaving_date, k,
               casework.pick(substr(worker_id, 2)::bigint, 'app_lapse') < 0.10 AS lapsed,
               (role_start + (6 + floor(casework.pick(substr(worker_id, 2)::bigint, 'app_first') * 6)::int) * interval '1 month'
                           + k * interval '1 year')::date
                   + floor(casework.pick(substr(worker_id, 2)::bigint * 100 + k, 'app_day') * 21)::int AS on_day
        FROM casework.worker, generate_series(0, 10) AS k
    )
    INSERT INTO casework.appraisal (worker_id, held_on)
    SELECT worker_id, on_day FROM g
    WHERE on_day <= least(leaving_date, as_of) AND NOT (lapsed AND on_day > as_of - 400)
    ORDER BY worker_id, on_day;

    -- Fresh statistics, so the first report after loading is planned well.
    ANALYZE casework.team, casework.worker, casework.child, casework.case_file, casework.case_note,
            casework.oversight_entry, casework.supervision_session, casework.staff_absence, casework.practice_observation,
            casework.supervision_agreement, casework.appraisal, casework.team_meeting, casework.training_record,
            casework.file_audit, casework.reflective_case;
END;
$$;

COMMENT ON FUNCTION casework.generate(integer, date, integer) IS
'Fills every casework table with deterministic sample data: children children (teams and staff scaled to match, about 20 case notes a case) over the months months before as_of. Run on empty tables, with session_replication_role = replica.';
