-- supervision 0.9.0 -> 0.10.0
--
-- The session lifecycle (issue 19, continued): bookings, cancellations and
-- re-booking, booking ahead, absences.

\echo Use "ALTER EXTENSION supervision UPDATE TO '0.10.0'" to load this file. \quit
