/*-------------------------------------------------------------------------
 *
 * bank_holidays.c
 *	  The observed bank holidays of England and Wales, Scotland and
 *	  Northern Ireland, 1971 to 2199.
 *
 * A year's holidays come from two tables: the regular rules of each
 * division (fixed dates, Mondays, Easter), and the one-off changes made by
 * Royal Proclamation (a day added, a rule's day moved, or a day removed).
 * The facts come from the Banking and Financial Dealings Act 1971 (its
 * Schedule 1, and the substitute days it provides for) and the Royal
 * Proclamations made under it, as GOV.UK lists the days.
 *
 * Dates are the days a holiday is observed, as GOV.UK lists them: a
 * fixed-date holiday that falls at a weekend is taken on the next weekday
 * that is not already a holiday.  Placing the weekday holidays first and
 * then moving the weekend ones in date order gives every substitute
 * pattern of the Act (Christmas and Boxing Day, Scotland's New Year pair,
 * the single fixed days) from that one rule.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <limits.h>

#include "datatype/timestamp.h"
#include "utils/datetime.h"

#include "bank_holidays.h"

/* first year a regular holiday is observed in a division */
#define ALWAYS	BANK_HOLIDAYS_FIRST_YEAR
#define NEVER	INT_MAX

typedef enum HolidayRule
{
	FIXED_DATE,					/* month and day; substituted at weekends */
	FIRST_MONDAY,				/* first Monday of the month */
	LAST_MONDAY,				/* last Monday of the month */
	EASTER_DAY					/* day = offset from Easter Sunday */
} HolidayRule;

typedef struct RegularHoliday
{
	const char *name;
	const char *substitute_name;
	HolidayRule rule;
	int			month;
	int			day;
	int			since[UK_DIVISIONS];	/* England and Wales, Scotland, NI */
} RegularHoliday;

static const RegularHoliday regular_holidays[] = {
	{"New Year's Day", "New Year's Day (substitute day)",
	FIXED_DATE, 1, 1, {1974, ALWAYS, 1974}},
	/* in force in Scotland from December 1971 */
	{"2nd January", "2nd January (substitute day)",
	FIXED_DATE, 1, 2, {NEVER, 1972, NEVER}},
	{"St Patrick's Day", "St Patrick's Day (substitute day)",
	FIXED_DATE, 3, 17, {NEVER, NEVER, ALWAYS}},
	{"Good Friday", NULL, EASTER_DAY, 0, -2, {ALWAYS, ALWAYS, ALWAYS}},
	{"Easter Monday", NULL, EASTER_DAY, 0, 1, {ALWAYS, NEVER, ALWAYS}},
	{"Early May bank holiday", NULL, FIRST_MONDAY, 5, 0, {1978, ALWAYS, 1978}},
	{"Spring bank holiday", NULL, LAST_MONDAY, 5, 0, {ALWAYS, 1978, ALWAYS}},
	{"Battle of the Boyne (Orangemen's Day)",
		"Battle of the Boyne (Orangemen's Day) (substitute day)",
	FIXED_DATE, 7, 12, {NEVER, NEVER, ALWAYS}},
	{"Summer bank holiday", NULL, FIRST_MONDAY, 8, 0, {NEVER, ALWAYS, NEVER}},
	{"Summer bank holiday", NULL, LAST_MONDAY, 8, 0, {ALWAYS, NEVER, ALWAYS}},
	{"St Andrew's Day", "St Andrew's Day (substitute day)",
	FIXED_DATE, 11, 30, {NEVER, 2007, NEVER}},
	{"Christmas Day", "Christmas Day (substitute day)",
	FIXED_DATE, 12, 25, {ALWAYS, ALWAYS, ALWAYS}},
	{"Boxing Day", "Boxing Day (substitute day)",
	FIXED_DATE, 12, 26, {ALWAYS, 1974, ALWAYS}},
};

typedef enum ExceptionKind
{
	ADD_DAY,					/* an extra holiday */
	MOVE_DAY,					/* a rule's day observed on another day */
	REMOVE_DAY					/* a day the rules give was not proclaimed */
} ExceptionKind;

#define EW	(1 << UK_ENGLAND_AND_WALES)
#define SCO (1 << UK_SCOTLAND)
#define NI	(1 << UK_NORTHERN_IRELAND)
#define UK	(EW | SCO | NI)

typedef struct HolidayException
{
	int			year;
	ExceptionKind kind;
	int			divisions;		/* bit per UKDivision */
	int			from_month;		/* MOVE_DAY, REMOVE_DAY: the rules' day */
	int			from_day;
	int			to_month;		/* ADD_DAY, MOVE_DAY: the day observed */
	int			to_day;
	const char *name;			/* ADD_DAY; MOVE_DAY: NULL keeps the rule's */
} HolidayException;

/* Every one-off change since 1971, in date order */
static const HolidayException holiday_exceptions[] = {
	{1977, MOVE_DAY, EW | NI, 5, 30, 6, 6, NULL},
	{1977, ADD_DAY, UK, 0, 0, 6, 7, "Silver Jubilee of Elizabeth II"},
	{1981, ADD_DAY, UK, 0, 0, 7, 29, "Wedding of Prince Charles and Lady Diana Spencer"},
	{1995, MOVE_DAY, EW | NI, 5, 1, 5, 8, "Early May bank holiday (VE day)"},
	{1995, ADD_DAY, SCO, 0, 0, 5, 8, "VE day (50th anniversary)"},
	{1999, ADD_DAY, UK, 0, 0, 12, 31, "Millennium celebrations"},
	{2002, MOVE_DAY, UK, 5, 27, 6, 4, NULL},
	{2002, ADD_DAY, UK, 0, 0, 6, 3, "Golden Jubilee of Elizabeth II"},
	{2010, REMOVE_DAY, SCO, 1, 4, 0, 0, NULL},
	{2011, REMOVE_DAY, SCO, 1, 4, 0, 0, NULL},
	{2011, ADD_DAY, UK, 0, 0, 4, 29, "Royal wedding"},
	{2012, MOVE_DAY, UK, 5, 28, 6, 4, NULL},
	{2012, ADD_DAY, UK, 0, 0, 6, 5, "Queen's Diamond Jubilee"},
	{2020, MOVE_DAY, UK, 5, 4, 5, 8, "Early May bank holiday (VE day)"},
	{2022, MOVE_DAY, UK, 5, 30, 6, 2, NULL},
	{2022, ADD_DAY, UK, 0, 0, 6, 3, "Platinum Jubilee bank holiday"},
	{2022, ADD_DAY, UK, 0, 0, 9, 19, "Bank Holiday for the State Funeral of Queen Elizabeth II"},
	{2023, ADD_DAY, UK, 0, 0, 5, 8, "Bank holiday for the coronation of King Charles III"},
	{2026, ADD_DAY, SCO, 0, 0, 6, 15, "World Cup bank holiday"},
};

static const char *const division_names[UK_DIVISIONS] = {
	"england-and-wales", "scotland", "northern-ireland"
};

const char *
uk_division_name(UKDivision division)
{
	Assert(division >= 0 && division < UK_DIVISIONS);
	return division_names[division];
}

/* The division of a built-in calendar's name, or -1 */
int
uk_division_by_name(const char *name)
{
	for (int i = 0; i < UK_DIVISIONS; i++)
		if (strcmp(name, division_names[i]) == 0)
			return i;
	return -1;
}

DateADT
make_date_adt(int year, int month, int day)
{
	return date2j(year, month, day) - POSTGRES_EPOCH_JDATE;
}

/* Day of the week, 0 = Sunday .. 6 = Saturday */
static int
weekday(DateADT day)
{
	return j2day(day + POSTGRES_EPOCH_JDATE);
}

static bool
is_weekend(DateADT day)
{
	int			wd = weekday(day);

	return wd == 0 || wd == 6;
}

/* Easter Sunday by the Gregorian computus (the anonymous algorithm) */
static DateADT
easter_sunday(int year)
{
	int			a = year % 19;
	int			b = year / 100;
	int			c = year % 100;
	int			d = b / 4;
	int			e = b % 4;
	int			f = (b + 8) / 25;
	int			g = (b - f + 1) / 3;
	int			h = (19 * a + b - d - g + 15) % 30;
	int			i = c / 4;
	int			k = c % 4;
	int			l = (32 + 2 * e + 2 * i - h - k) % 7;
	int			m = (a + 11 * h + 22 * l) / 451;
	int			month = (h + l - 7 * m + 114) / 31;
	int			day = (h + l - 7 * m + 114) % 31 + 1;

	return make_date_adt(year, month, day);
}

static DateADT
first_monday(int year, int month)
{
	DateADT		first = make_date_adt(year, month, 1);

	return first + (8 - weekday(first)) % 7;
}

static DateADT
last_monday(int year, int month)
{
	DateADT		last = (month == 12) ? make_date_adt(year, 12, 31) :
		make_date_adt(year, month + 1, 1) - 1;

	return last - (weekday(last) + 6) % 7;
}

static bool
taken(const BankHoliday *days, int n, DateADT day)
{
	for (int i = 0; i < n; i++)
		if (days[i].day == day)
			return true;
	return false;
}

static int
find_day(const BankHoliday *days, int n, DateADT day)
{
	for (int i = 0; i < n; i++)
		if (days[i].day == day)
			return i;
	elog(ERROR, "bank holiday exception names a day the rules do not give");
	return -1;					/* keep compiler quiet */
}

static int
compare_holidays(const void *a, const void *b)
{
	const BankHoliday *x = a;
	const BankHoliday *y = b;

	return (x->day > y->day) - (x->day < y->day);
}

/*
 * Fill out[] (room for MAX_BANK_HOLIDAYS_PER_YEAR) with the holidays
 * observed in a division in a year, in date order; return how many.
 */
int
uk_bank_holidays(UKDivision division, int year, BankHoliday *out)
{
	int			n = 0;
	DateADT		easter = easter_sunday(year);

	Assert(year >= BANK_HOLIDAYS_FIRST_YEAR && year <= BANK_HOLIDAYS_LAST_YEAR);

	/* the regular holidays that fall on weekdays */
	for (size_t r = 0; r < lengthof(regular_holidays); r++)
	{
		const RegularHoliday *h = &regular_holidays[r];
		DateADT		day = 0;

		if (year < h->since[division])
			continue;
		switch (h->rule)
		{
			case FIXED_DATE:
				day = make_date_adt(year, h->month, h->day);
				if (is_weekend(day))
					continue;	/* substituted below */
				break;
			case FIRST_MONDAY:
				day = first_monday(year, h->month);
				break;
			case LAST_MONDAY:
				day = last_monday(year, h->month);
				break;
			case EASTER_DAY:
				day = easter + h->day;
				break;
		}
		out[n].day = day;
		out[n].name = h->name;
		out[n].substitute = false;
		n++;
	}

	/* weekend fixed dates, in date order: the next weekday not yet taken */
	for (size_t r = 0; r < lengthof(regular_holidays); r++)
	{
		const RegularHoliday *h = &regular_holidays[r];
		DateADT		day;

		if (year < h->since[division] || h->rule != FIXED_DATE)
			continue;
		day = make_date_adt(year, h->month, h->day);
		if (!is_weekend(day))
			continue;
		while (is_weekend(day) || taken(out, n, day))
			day++;
		out[n].day = day;
		out[n].name = h->substitute_name;
		out[n].substitute = true;
		n++;
	}

	/* the one-off changes of that year */
	for (size_t x = 0; x < lengthof(holiday_exceptions); x++)
	{
		const HolidayException *e = &holiday_exceptions[x];
		int			i;

		if (e->year != year || (e->divisions & (1 << division)) == 0)
			continue;
		switch (e->kind)
		{
			case ADD_DAY:
				Assert(n < MAX_BANK_HOLIDAYS_PER_YEAR);
				out[n].day = make_date_adt(year, e->to_month, e->to_day);
				out[n].name = e->name;
				out[n].substitute = false;
				n++;
				break;
			case MOVE_DAY:
				i = find_day(out, n, make_date_adt(year, e->from_month, e->from_day));
				out[i].day = make_date_adt(year, e->to_month, e->to_day);
				if (e->name)
					out[i].name = e->name;
				break;
			case REMOVE_DAY:
				i = find_day(out, n, make_date_adt(year, e->from_month, e->from_day));
				out[i] = out[--n];
				break;
		}
	}

	qsort(out, n, sizeof(BankHoliday), compare_holidays);
	return n;
}
