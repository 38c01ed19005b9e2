"""The public edition's one filter: what a report may print of people and internal text.

Applied while the report rows are read (services/goals/plan.py, services/meetings/
meeting_data.py), so no renderer can forget it: in the public edition a person who is not
`publishable` is shown by function and organisation (also where their name occurs in free
text), internal notes and internal status updates are dropped, and confidential agenda items
and attachments are left out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from zorgdesk.store import Store


@dataclass(frozen=True, slots=True)
class PersonInfo:
    name: str
    function: str | None
    organisation: str | None
    publishable: bool
    organisation_kind: str | None = None


class Privacy:
    """Names of people, or their function and organisation in the public edition."""

    def __init__(self, store: Store, public: bool,
                 replacements: Mapping[str, str] | None = None) -> None:
        from zorgdesk.services.privacy import NameMatcher

        self.public = public
        conn = store.reader()
        try:
            rows = conn.execute(
                "SELECT p.id, p.name, p.function, p.publishable, o.short_name, o.name, o.kind "
                "FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id").fetchall()
            organisations = conn.execute(
                "SELECT id, short_name, name FROM organisation").fetchall()
        finally:
            conn.close()
        self.people: dict[str, PersonInfo] = {
            r[0]: PersonInfo(r[1], r[2], r[4] or r[5], bool(r[3]), r[6]) for r in rows
        }
        hidden = [p for p in self.people.values() if not p.publishable and p.name.strip()]
        hidden.sort(key=lambda p: len(p.name), reverse=True)
        self._hidden = hidden
        # Names are matched in any spelling (apostrophes, case, diacritics, initials,
        # salutations); the privacy check before saving adds names of people not registered.
        self._replace = {p.name.strip(): self.anonymous(p) for p in hidden}
        self._replace.update({k: v for k, v in (replacements or {}).items() if k.strip()})
        # Only the public edition replaces names; its matcher is one large regex of every
        # spelling of every name (0.3 s to compile on `large`), so the internal one has none.
        self._matcher = NameMatcher(self._replace) if public and self._replace else None
        self.org_names: dict[str, str] = {oid: short or name
                                          for oid, short, name in organisations}

    def shown(self, person: PersonInfo) -> bool:
        return not self.public or person.publishable

    @staticmethod
    def anonymous(person: PersonInfo) -> str:
        """"de regioadviseur van VGZ": a phrase that reads in a sentence and in a list."""
        from zorgdesk.services.privacy import natural_replacement

        return natural_replacement(person.function, person.organisation,
                                   person.organisation_kind)

    def person(self, person_id: str | None, *, with_org: bool = True) -> str:
        if person_id is None or person_id not in self.people:
            return ""
        person = self.people[person_id]
        if not self.shown(person):
            return self.anonymous(person)
        if with_org and person.organisation:
            return f"{person.name} ({person.organisation})"
        return person.name

    def text(self, value: str | None) -> str:
        """Free text with the names of unpublishable people replaced (public edition)."""
        if not value:
            return ""
        if not self.public or self._matcher is None:
            return value
        return self._matcher.replace(value, self._replace)

    def internal(self, value: str | None) -> str:
        """Text that only the internal edition shows."""
        return "" if self.public else (value or "")
