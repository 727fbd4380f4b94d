"""Deadlines for honoring a request: business days over the US federal holidays, or calendar days.

The holidays are the legal public holidays of 5 U.S.C. 6103(a): New Year's Day (January 1), the Birthday
of Martin Luther King, Jr. (third Monday in January, since 1986), Washington's Birthday (third Monday in
February), Memorial Day (last Monday in May), Juneteenth National Independence Day (June 19, since 2021),
Independence Day (July 4), Labor Day (first Monday in September), Columbus Day (second Monday in October),
Veterans Day (November 11), Thanksgiving Day (fourth Thursday in November) and Christmas Day (December 25).
A fixed-date holiday on a Saturday is observed the Friday before (6103(b)(1)), on a Sunday the Monday after,
as the federal government observes them; so New Year's Day 2022, a Saturday, was observed on Friday
2021-12-31. Inauguration Day (6103(c)) is a holiday only for employees in and around Washington, D.C., and is
not counted. Nothing here reaches the network.

A deadline of N business days from the day a request is received counts the business days after that day
(a weekday that is not an observed holiday) and ends at the end of the Nth, in the jurisdiction's time zone;
N calendar days end at the end of the Nth day after.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

_MONDAY, _THURSDAY, _SATURDAY, _SUNDAY = 0, 3, 5, 6


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _last_weekday(year: int, month: int, weekday: int) -> date:
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _observed(day: date) -> date:
    if day.weekday() == _SATURDAY:
        return day - timedelta(days=1)
    if day.weekday() == _SUNDAY:
        return day + timedelta(days=1)
    return day


def legal_public_holidays(year: int) -> dict[date, str]:
    """The holidays of 5 U.S.C. 6103(a) that fall in `year`, on their own dates (not yet observed)."""
    days = {
        date(year, 1, 1): "New Year's Day",
        _nth_weekday(year, 2, _MONDAY, 3): "Washington's Birthday",
        _last_weekday(year, 5, _MONDAY): "Memorial Day",
        date(year, 7, 4): "Independence Day",
        _nth_weekday(year, 9, _MONDAY, 1): "Labor Day",
        _nth_weekday(year, 10, _MONDAY, 2): "Columbus Day",
        date(year, 11, 11): "Veterans Day",
        _nth_weekday(year, 11, _THURSDAY, 4): "Thanksgiving Day",
        date(year, 12, 25): "Christmas Day",
    }
    if year >= 1986:
        days[_nth_weekday(year, 1, _MONDAY, 3)] = "Birthday of Martin Luther King, Jr."
    if year >= 2021:
        days[date(year, 6, 19)] = "Juneteenth National Independence Day"
    return dict(sorted(days.items()))


@lru_cache(maxsize=256)
def federal_holidays(year: int) -> dict[date, str]:
    """The days of `year` on which a legal public holiday is observed (a holiday of the next year may be one)."""
    observed: dict[date, str] = {}
    for source_year in (year, year + 1):
        for day, name in legal_public_holidays(source_year).items():
            shifted = _observed(day)
            if shifted.year == year:
                observed[shifted] = name if shifted == day else f"{name} (observed)"
    return dict(sorted(observed.items()))


def is_business_day(day: date) -> bool:
    return day.weekday() < _SATURDAY and day not in federal_holidays(day.year)


def add_business_days(start: date, count: int) -> date:
    """The `count`th business day after `start` (`start` itself never counts)."""
    if count < 1:
        raise ValueError("a deadline counts at least one day")
    day = start
    for _ in range(count):
        day += timedelta(days=1)
        while not is_business_day(day):
            day += timedelta(days=1)
    return day


def due_date(received: date, days: int, *, business_days: bool) -> date:
    """The last day to act on a request received on `received`."""
    return add_business_days(received, days) if business_days else received + timedelta(days=days)


def due_at(received_at: datetime, days: int, *, business_days: bool, timezone: str) -> datetime:
    """The instant a deadline passes, in UTC: midnight after its last day, where the request was received."""
    if received_at.tzinfo is None:
        raise ValueError("received_at must be timezone-aware")
    zone = ZoneInfo(timezone)
    last_day = due_date(received_at.astimezone(zone).date(), days, business_days=business_days)
    return datetime.combine(last_day + timedelta(days=1), time(), zone).astimezone(UTC)
