------------------------------------------------------------------------------
-- The diary: sessions booked ahead, cancelled and re-booked, and absences
--
-- The reports of the session lifecycle the policies regulate (issue 19),
-- over the session_bookings and absences sources: sessions to re-book
-- (SLO-X1, LEE-X3), staff not booked ahead (SLO-X4, LEE-X2, GLO-P1,
-- BUR-E1), supervisors absent over 2 weeks (LEE-X4), and supervision on the
-- return from an absence that left a gap (ISL-X1).  Like the other
-- reports, SQL functions PostgreSQL inlines into the caller's query.
------------------------------------------------------------------------------

-- The window rules on some topics of each version of a policy: read once a
-- report (PL/pgSQL, as _record_rules is), a handful of rows
CREATE FUNCTION @extschema@._window_rules(policy text, topics text[])
RETURNS TABLE (rule text, topic text, within @extschema@.timescale, roles text[], in_force daterange)
LANGUAGE plpgsql STABLE PARALLEL SAFE ROWS 2
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    RETURN QUERY
    SELECT r.rule_id, r.topic, r.within, r.roles, v.in_force
    FROM @extschema@.rule r
    JOIN @extschema@.policy_version v ON v.policy = r.policy AND v.version = r.version
    WHERE r.policy = _window_rules.policy AND r.kind = 'window' AND r.topic = ANY (_window_rules.topics);
END
$$;

COMMENT ON FUNCTION @extschema@._window_rules(text, text[]) IS
    'The window rules on some topics of each version of a policy, with the days the version is in force: what the diary''s reports read once.';

-- The day a member of staff is back at work after an absence: the first
-- working day after its last
CREATE FUNCTION @extschema@._return_day(last_absent date, calendar text) RETURNS date
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT @extschema@.add_working_days(last_absent, 1, calendar);
END;

COMMENT ON FUNCTION @extschema@._return_day(date, text) IS
    'The return to work after an absence whose last day is given: the first working day after it in the calendar (an absence ending on a Friday returns on the Monday). NULL while the absence goes on.';

CREATE FUNCTION @extschema@.sessions_to_rebook(as_of date DEFAULT current_date)
RETURNS TABLE (staff text, name text, team text, booking text, booked_for date, status text, reason text,
               rule text, counts_from date, due_by timestamptz, rebooked text, rebooked_for date,
               rebooked_at timestamptz, finding text)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    WITH terms AS MATERIALIZED (
        SELECT p.policy, p.calendar, p.time_zone, p.until FROM @extschema@._report_terms(sessions_to_rebook.as_of, NULL, NULL) AS p),
    rules AS MATERIALIZED (
        SELECT r.* FROM terms AS t
        CROSS JOIN LATERAL @extschema@._window_rules(t.policy, '{rebooking,rearranged_session}') AS r),
    -- the cancelled or re-arranged bookings a rule covers (filtered on the
    -- status alone, so that the planner counts them as few)
    judged AS (
        SELECT b.*, st.name, st.team, coalesce(b.supervisor, st.supervisor) AS other_party,
               r.rule, r.topic, t.policy, t.calendar, t.time_zone, t.until,
               -- SLO-X1 counts from the return after sickness or absence; LEE-X3
               -- after sickness absence (else from the day booked)
               CASE WHEN r.topic = 'rebooking' THEN true
                    ELSE coalesce(b.reason = 'sickness', false) END AS from_return
        FROM terms AS t
        CROSS JOIN LATERAL (SELECT y.*, @extschema@.local_day(y.booked_for, t.time_zone) AS day
                            FROM @extschema@._source_session_bookings(t.time_zone, NULL) AS y
                            WHERE y.status IN ('cancelled', 'rearranged')) AS b
        LEFT JOIN LATERAL @extschema@._source_staff(t.time_zone, NULL) AS st ON st.key = b.staff
        JOIN rules AS r
            ON r.in_force @> b.day AND (r.roles IS NULL OR st.role = ANY (r.roles))
           AND (r.topic = 'rearranged_session' OR b.reason IN ('sickness', 'absence')))
    SELECT y.staff, y.name, y.team, y.key, y.day, y.status, y.reason, y.rule, y.counts_from, y.due_by,
           y.rebooked, y.rebooked_for, y.rebooked_at,
           CASE WHEN y.from_return AND y.absences = 0 THEN 'no absence recorded'
                WHEN y.from_return AND y.still_absent THEN 'absent'
                WHEN y.rebooked IS NULL THEN CASE WHEN y.due_by < y.until THEN 'overdue' ELSE 'to rebook' END
                WHEN y.topic = 'rebooking' AND y.rebooked_at IS NULL THEN 'rebooked, when not recorded'
                -- SLO-X1 judges when the new booking was made, LEE-X3 when it takes place
                WHEN CASE WHEN y.topic = 'rebooking' THEN y.rebooked_at ELSE y.rebooked_time END < y.due_by
                    THEN 'rebooked'
                -- a later booking while the window is still open: one in time may yet be made
                WHEN y.due_by >= y.until THEN 'to rebook'
                ELSE 'rebooked late' END
    FROM (SELECT j.*, a.absences, a.still_absent, x.counts_from, n.key AS rebooked, n.booked_at AS rebooked_at,
                 n.booked_for AS rebooked_time, @extschema@.local_day(n.booked_for, j.time_zone) AS rebooked_for,
                 CASE WHEN x.counts_from IS NOT NULL THEN @extschema@.window_deadline(
                     j.policy, j.rule, @extschema@.local_instant(x.counts_from::timestamp, j.time_zone), false, j.topic)
                 END AS due_by
          FROM judged AS j
          -- the absences of either party over the day booked
          LEFT JOIN LATERAL (
              SELECT count(*) AS absences, bool_or(z.ends IS NULL) AS still_absent, max(z.ends) AS last_absent
              FROM @extschema@._source_absences(j.time_zone, NULL) AS z
              WHERE j.from_return AND z.staff IN (j.staff, j.other_party)
                AND z.starts <= j.day AND (z.ends IS NULL OR z.ends >= j.day)) AS a ON true
          CROSS JOIN LATERAL (
              SELECT CASE WHEN NOT j.from_return THEN j.day
                          WHEN NOT a.still_absent THEN @extschema@._return_day(a.last_absent, j.calendar) END
                     AS counts_from) AS x
          -- the booking made in its place, as far as known by until
          LEFT JOIN LATERAL (
              SELECT m.key, m.booked_for, m.booked_at
              FROM @extschema@._source_session_bookings(j.time_zone, NULL) AS m
              WHERE m.staff = j.staff AND (m.booked_at IS NULL OR m.booked_at < j.until)
                AND CASE WHEN j.rearranged_to IS NOT NULL THEN m.key = j.rearranged_to
                         ELSE m.status IN ('planned', 'held') AND m.booked_for > j.booked_for
                              AND (m.booked_at IS NULL OR j.booked_at IS NULL OR m.booked_at > j.booked_at) END
              ORDER BY m.booked_for LIMIT 1) AS n ON true) AS y
    UNION ALL
    -- the bookings that cannot be judged, flagged, never dropped
    SELECT b.staff, st.name, st.team, b.key, b.day, b.status, b.reason, NULL, NULL, NULL, NULL, NULL, NULL,
           CASE WHEN b.status = 'held' THEN 'held before booked' ELSE 'status not mapped' END
    FROM terms AS t
    CROSS JOIN LATERAL (SELECT y.*, @extschema@.local_day(y.booked_for, t.time_zone) AS day
                        FROM @extschema@._source_session_bookings(t.time_zone, NULL) AS y
                        WHERE y.status IS NULL OR y.status NOT IN ('planned', 'held', 'cancelled', 'rearranged')
                           OR (y.status = 'held' AND y.booked_for < y.booked_at)) AS b
    LEFT JOIN LATERAL @extschema@._source_staff(t.time_zone, NULL) AS st ON st.key = b.staff
    ORDER BY 5, 1, 4;
END;

COMMENT ON FUNCTION @extschema@.sessions_to_rebook(date) IS
    'Each cancelled or re-arranged booking a rule of the policy in force on its day covers, as it stands at the end of as_of: LEE-X3 (the new session takes place within 5 working days of the day booked, or of the return to work after sickness), SLO-X1 (after sickness or absence of either party, a new session is booked within 5 working days of the return). counts_from is the day the window counts from, due_by its first late instant, rebooked the booking made in its place (rearranged_to, else the member of staff''s next booking made after it). finding: rebooked, rebooked late, to rebook (no booking in time yet, and the window still open), overdue, absent (not back yet), no absence recorded, rebooked, when not recorded (no booked_at); and bookings that cannot be judged, flagged: status not mapped, held before booked.';

CREATE FUNCTION @extschema@.bookings_ahead(as_of date DEFAULT current_date)
RETURNS TABLE (staff text, name text, team text, role text, rule text, horizon date, booked_until date, finding text)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT st.key, st.name, st.team, st.role, r.rule, x.horizon, @extschema@.local_day(bk.last_at, t.time_zone),
           -- the diary covers the horizon when it reaches into its last month
           CASE WHEN @extschema@.local_day(bk.last_at, t.time_zone) > (x.horizon - interval '1 month')::date
                THEN 'booked ahead' ELSE 'not booked ahead' END
    FROM @extschema@._report_terms(bookings_ahead.as_of, NULL, NULL) AS t
    CROSS JOIN LATERAL @extschema@._window_rules(t.policy, '{booking_ahead}') AS r
    CROSS JOIN LATERAL (SELECT @extschema@.due_date(bookings_ahead.as_of, r.within, t.calendar) AS horizon) AS x
    CROSS JOIN LATERAL @extschema@._staff_in_post(t.time_zone, bookings_ahead.as_of) AS st
    LEFT JOIN (SELECT b.staff, max(b.booked_for) AS last_at
               FROM @extschema@._report_terms(bookings_ahead.as_of, NULL, NULL) AS t2
               CROSS JOIN LATERAL @extschema@._source_session_bookings(t2.time_zone, NULL) AS b
               WHERE b.status = 'planned'
                 AND b.booked_for >= @extschema@.local_instant(bookings_ahead.as_of::timestamp, t2.time_zone)
               GROUP BY b.staff) AS bk ON bk.staff = st.key
    WHERE r.in_force @> bookings_ahead.as_of AND (r.roles IS NULL OR st.role = ANY (r.roles))
    ORDER BY st.team, st.name, st.key;
END;

COMMENT ON FUNCTION @extschema@.bookings_ahead(date) IS
    'Each member of staff in post on as_of whom a booking_ahead rule of the policy covers (SLO-X4 and LEE-X2: 3 months; GLO-P1 and BUR-E1 as their presets read them: 12 months): the horizon (as_of plus the rule''s time), the day of their latest planned session from as_of on (booked_until), and booked ahead when it falls in the horizon''s last month or later, else not booked ahead.';

CREATE FUNCTION @extschema@.supervisors_absent(as_of date DEFAULT current_date)
RETURNS TABLE (supervisor text, supervisor_name text, absent_from date, absent_to date, reason text,
               staff text, name text, team text, rule text, alternative_from timestamptz, finding text)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT y.supervisor, y.supervisor_name, y.starts, y.ends, y.reason, y.key, y.name, y.team,
           y.rule, y.alternative_from,
           CASE WHEN y.ends < y.starts THEN 'ends before it starts'
                WHEN y.alternative_from < y.until THEN 'alternative supervision needed'
                ELSE 'alternative supervision from' END
    FROM (SELECT a.staff AS supervisor, sv.name AS supervisor_name, a.starts, a.ends, a.reason,
                 st.key, st.name, st.team, t.until, t.time_zone,
                 CASE WHEN a.ends >= a.starts OR a.ends IS NULL THEN r.rule END AS rule,
                 -- the window runs from the supervisor's last day at work: its
                 -- end is the first instant the absence has lasted longer
                 CASE WHEN a.ends >= a.starts OR a.ends IS NULL THEN @extschema@.window_deadline(
                     t.policy, r.rule, @extschema@.local_instant((a.starts - 1)::timestamp, t.time_zone),
                     false, r.topic) END AS alternative_from
          FROM @extschema@._report_terms(supervisors_absent.as_of, NULL, NULL) AS t
          CROSS JOIN LATERAL @extschema@._window_rules(t.policy, '{alternative_supervision}') AS r
          CROSS JOIN LATERAL @extschema@._source_absences(t.time_zone, NULL) AS a
          JOIN LATERAL @extschema@._staff_in_post(t.time_zone, supervisors_absent.as_of) AS st ON st.supervisor = a.staff
          LEFT JOIN LATERAL @extschema@._source_staff(t.time_zone, NULL) AS sv ON sv.key = a.staff
          WHERE r.in_force @> supervisors_absent.as_of
            AND (a.ends < a.starts
                 OR (a.starts <= supervisors_absent.as_of AND (a.ends IS NULL OR a.ends >= supervisors_absent.as_of)))) AS y
    -- absent past the window's end: known to go on by then, or already has
    WHERE y.rule IS NULL
       OR (y.ends IS NULL AND y.alternative_from < y.until)
       OR @extschema@._day_end(y.ends, y.time_zone) > y.alternative_from
    ORDER BY y.starts, y.supervisor, y.key;
END;

COMMENT ON FUNCTION @extschema@.supervisors_absent(date) IS
    'LEE-X4: each supervisor absent on as_of whose absence has lasted, or is recorded to last, more than the policy''s window (2 weeks), with each of their supervisees in post: alternative_from is the first instant the absence has lasted longer (from the supervisor''s last day at work), and the finding alternative supervision needed (by the end of as_of) or alternative supervision from (a recorded absence that will); an absence that ends before it starts is flagged (ends before it starts), never dropped.';

CREATE FUNCTION @extschema@.supervision_on_return(as_of date DEFAULT current_date)
RETURNS TABLE (staff text, name text, team text, absent_from date, absent_to date, reason text, returned_on date,
               rule text, due_by timestamptz, held_on date, finding text)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT y.staff, y.name, y.team, y.starts, y.ends, y.reason, y.returned_on, y.rule, y.due_by,
           @extschema@.local_day(y.held_at, y.time_zone),
           CASE WHEN y.ends < y.starts THEN 'ends before it starts'
                WHEN y.held_at < y.due_by THEN 'held'
                WHEN y.held_at IS NOT NULL THEN 'held late'
                WHEN y.due_by < y.until THEN 'overdue'
                ELSE 'due on return' END
    FROM (SELECT a.staff, st.name, st.team, a.starts, a.ends, a.reason, x.returned_on, t.time_zone, t.until,
                 CASE WHEN a.ends >= a.starts THEN r.rule END AS rule,
                 CASE WHEN a.ends >= a.starts THEN @extschema@.window_deadline(
                     t.policy, r.rule, @extschema@.local_instant(x.returned_on::timestamp, t.time_zone), false, r.topic)
                 END AS due_by,
                 (SELECT min(s.held_at) FROM @extschema@._source_supervision_sessions(t.time_zone, t.until) AS s
                  WHERE s.staff = a.staff
                    AND s.held_at >= @extschema@.local_instant(x.returned_on::timestamp, t.time_zone)) AS held_at,
                 -- a gap: supervision fell due by the absence's last day, and
                 -- none was held during it
                 (SELECT (@extschema@._supervision_due(t, st.role, @extschema@.local_day(max(s.held_at) FILTER (
                              WHERE s.held_at < @extschema@.local_instant(a.starts::timestamp, t.time_zone)), t.time_zone),
                                                       st.started,
                                                       CASE WHEN t.observations THEN (
                                                           SELECT f.observed
                                                           FROM @extschema@._first_observed(t.time_zone, t.until) AS f
                                                           WHERE f.staff = a.staff) END)).latest <= a.ends
                         AND count(*) FILTER (WHERE s.held_at >= @extschema@.local_instant(a.starts::timestamp, t.time_zone)) = 0
                  FROM @extschema@._source_supervision_sessions(t.time_zone, @extschema@._day_end(a.ends, t.time_zone)) AS s
                  WHERE s.staff = a.staff) AS gap
          FROM @extschema@._report_terms(supervision_on_return.as_of, NULL, 'personal_supervision') AS t
          CROSS JOIN LATERAL @extschema@._window_rules(t.policy, '{return_supervision}') AS r
          CROSS JOIN LATERAL @extschema@._source_absences(t.time_zone, NULL) AS a
          JOIN LATERAL @extschema@._source_staff(t.time_zone, NULL) AS st
              ON st.key = a.staff AND (r.roles IS NULL OR st.role = ANY (r.roles))
          CROSS JOIN LATERAL (SELECT @extschema@._return_day(a.ends, t.calendar) AS returned_on) AS x
          WHERE x.returned_on <= supervision_on_return.as_of AND r.in_force @> x.returned_on) AS y
    WHERE y.rule IS NULL OR y.gap
    ORDER BY y.returned_on, y.staff;
END;

COMMENT ON FUNCTION @extschema@.supervision_on_return(date) IS
    'ISL-X1: each absence that ended with a return to work by as_of and left a gap in supervision (the member of staff''s supervision fell due by its last day, and none was held during it), where the policy sets a window for supervision on the return: the day of return (the first working day after the absence), due_by (the window''s first late instant: Islington''s preset reads "a priority" as 5 working days), the first session held since, and the finding: held, held late, due on return, or overdue; an absence that ends before it starts is flagged (ends before it starts), never dropped.';
