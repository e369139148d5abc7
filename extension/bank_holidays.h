/*-------------------------------------------------------------------------
 *
 * bank_holidays.h
 *	  The UK's bank holidays since 1971: the regular rules of the Banking
 *	  and Financial Dealings Act 1971 for each division, their substitute
 *	  days, and every one-off change made by Royal Proclamation.
 *
 *-------------------------------------------------------------------------
 */
#ifndef SUPERVISION_BANK_HOLIDAYS_H
#define SUPERVISION_BANK_HOLIDAYS_H

#include "postgres.h"
#include "utils/date.h"

/* The three divisions of the United Kingdom with their own bank holidays */
typedef enum UKDivision
{
	UK_ENGLAND_AND_WALES = 0,
	UK_SCOTLAND,
	UK_NORTHERN_IRELAND,
	UK_DIVISIONS				/* number of divisions */
} UKDivision;

/* The years whose bank holidays we know: the Act's first year onwards */
#define BANK_HOLIDAYS_FIRST_YEAR	1971
#define BANK_HOLIDAYS_LAST_YEAR		2199

/* No division has ever had more than this many bank holidays in a year */
#define MAX_BANK_HOLIDAYS_PER_YEAR	16

typedef struct BankHoliday
{
	DateADT		day;			/* the day it is observed (taken) */
	const char *name;			/* as GOV.UK names it; static storage */
	bool		substitute;		/* observed on a substitute day */
} BankHoliday;

extern const char *uk_division_name(UKDivision division);
extern int	uk_division_by_name(const char *name);
extern int	uk_bank_holidays(UKDivision division, int year, BankHoliday *out);
extern DateADT make_date_adt(int year, int month, int day);

#endif							/* SUPERVISION_BANK_HOLIDAYS_H */
