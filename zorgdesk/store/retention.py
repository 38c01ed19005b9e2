"""Which backups to keep, and when the next automatic backup is due. Pure logic, no files.

Policy: every backup of the last 24 hours; the newest of each day for a week; the newest of
each ISO week for two months (62 days); older ones go. The newest backup is always kept,
however old, so a workspace left alone for a season still has one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

KEEP_ALL = timedelta(hours=24)
KEEP_DAILY = timedelta(days=7)
KEEP_WEEKLY = timedelta(days=62)
AUTO_INTERVAL = timedelta(minutes=30)


def to_keep(stamps: Iterable[datetime], now: datetime) -> set[datetime]:
    """The subset of `stamps` the policy keeps at `now`."""
    ordered = sorted(set(stamps), reverse=True)
    keep: set[datetime] = set(ordered[:1])
    seen_days: set[tuple[int, int, int]] = set()
    seen_weeks: set[tuple[int, int]] = set()
    for stamp in ordered:  # newest first, so the first of a day or week is its newest
        age = now - stamp
        if age <= KEEP_ALL:
            keep.add(stamp)
        day = (stamp.year, stamp.month, stamp.day)
        if age <= KEEP_DAILY and day not in seen_days:
            keep.add(stamp)
        seen_days.add(day)
        iso = stamp.isocalendar()
        week = (iso.year, iso.week)
        if age <= KEEP_WEEKLY and week not in seen_weeks:
            keep.add(stamp)
        seen_weeks.add(week)
    return keep


def to_delete(stamps: Sequence[datetime], now: datetime) -> list[datetime]:
    kept = to_keep(stamps, now)
    return sorted(s for s in stamps if s not in kept)


@dataclass
class BackupSchedule:
    """Every `interval` while there are changes: `due()` says when, `done()` records one.

    `changes` is a counter that only grows (the store's commit count); a backup is due when
    it moved since the last backup and `interval` has passed since then.
    """

    started: datetime
    interval: timedelta = AUTO_INTERVAL
    last_backup: datetime | None = None
    changes_at_last_backup: int = 0

    def due(self, now: datetime, changes: int) -> bool:
        if changes == self.changes_at_last_backup:
            return False
        since = self.last_backup or self.started
        return now - since >= self.interval

    def done(self, now: datetime, changes: int) -> None:
        self.last_backup = now
        self.changes_at_last_backup = changes
