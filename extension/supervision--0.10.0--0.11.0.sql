-- supervision 0.10.0 -> 0.11.0
--
-- Issue 20, continued: see CHANGELOG.md under 0.11.0.

\echo Use "ALTER EXTENSION supervision UPDATE TO '0.11.0'" to load this file. \quit
