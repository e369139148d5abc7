/*-------------------------------------------------------------------------
 *
 * settings.h
 *	  The module's settings (supervision.c): what the rest of the code asks
 *	  of them beyond their values.
 *
 *-------------------------------------------------------------------------
 */
#ifndef SUPERVISION_SETTINGS_H
#define SUPERVISION_SETTINGS_H

/*
 * True while _PG_init defines the settings: a value set before the library
 * was loaded is being applied.  A check hook then accepts what it would
 * refuse, and the value is refused where it is used: PostgreSQL would only
 * warn, and put the default in its place.
 */
extern bool loading_settings;

extern bool actor_set_in_this_transaction(void);

#endif							/* SUPERVISION_SETTINGS_H */
