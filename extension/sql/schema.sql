------------------------------------------------------------------------------
-- Schema
--
-- CREATE EXTENSION makes the schema supervision.control names.  Any role
-- may use what is in it straight away: the read-only functions (calendars,
-- timescales, due dates, reports) are executable by PUBLIC, as functions
-- are by default, and the reports read the council's tables with the
-- caller's rights.  What writes configuration or attaches triggers is
-- revoked from PUBLIC where it is defined; the DBA grants it.
------------------------------------------------------------------------------

GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;
