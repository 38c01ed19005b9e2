"""Finding personal names in free text, for the public edition and the privacy check.

A name is typed in many ways: "Berg-'t Hooft" with a straight or a curly apostrophe, "de Vries"
or "De Vries", "Öztürk" or "Ozturk", "F. Öztürk" or "drs. F. Öztürk" for "Fatma Öztürk".
Matching therefore runs on a folded copy of the text that has exactly one character per
original character, so a match found in the folded copy replaces the same span of the
original. No Qt here: the reports' privacy filter, the UI's privacy check and the CLI all
call this module.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from zorgdesk.services.first_names import FIRST_NAMES

if TYPE_CHECKING:
    from zorgdesk.store import Store

APOSTROPHES = "'\u2018\u2019\u201b\u02bc\u00b4`\u2032"
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
# Dutch (and a few foreign) surname particles, folded: "van der", "de", "'t", "ter".
PARTICLES = frozenset(("van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "von", "la",
                       "le", "du", "d'", "'s", "vd", "v.d."))
# Salutations and titles that may stand before a name, folded, without their dot.
TITLES = frozenset(("mevrouw", "mevr", "mw", "meneer", "mijnheer", "dhr", "heer", "drs", "dr",
                    "mr", "ir", "ing", "prof", "ds"))
_TITLE = (r"(?:(?:mevrouw|meneer|mijnheer|de\s+heer)\s+"
          r"|(?:mevr|mw|dhr|drs|dr|mr|ir|ing|prof|ds)(?:\.\s*|\s+))")
# Capitalised words that start many Dutch sentences or titles and are never a name.
NOT_NAMES = frozenset((
    # headings of the printed tables
    "onderwerp", "soort", "inbreng", "tijd", "nummer", "omschrijving", "toelichting", "voorzitter",
    "datum", "genodigden", "aanwezig", "afwezig", "status", "trekker", "partners", "resultaat",
    "voorstel", "pagina", "publieksversie", "intern", "bijlage", "bijlagen", "projectkaart",
    "de", "het", "een", "en", "in", "op", "van", "voor", "met", "door", "naar", "bij", "om",
    "als", "aan", "uit", "over", "tot", "na", "of", "maar", "ook", "dat", "die", "deze", "dit",
    "wat", "wie", "waar", "wanneer", "hoe", "we", "wij", "zij", "ze", "hij", "ik", "u", "jullie",
    "er", "niet", "geen", "wel", "nog", "al", "regio", "gemeente", "gemeenten", "provincie",
    "zorgkantoor", "zorgverzekeraar", "ggd", "ggz", "vvt", "wmo", "wlz", "zvw", "jeugdwet",
    "thema", "doel", "project", "mijlpaal", "agenda", "verslag", "besluit", "actie", "rondvraag",
    "sluiting", "opening", "mededelingen", "januari", "februari", "maart", "april", "mei",
    "juni", "juli", "augustus", "september", "oktober", "november", "december", "maandag",
    "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "noord", "zuid", "oost",
    "west", "limburg", "drenthe", "twente", "brabant", "holland", "nederland", "pilot",
    "vergaderset", "werkagenda", "voortgangsrapportage", "stichting", "programma",
))


@functools.cache
def _fold_char(ch: str) -> str:
    if ch in APOSTROPHES:
        return "'"
    if ch in DASHES:
        return "-"
    if ch.isspace():
        return " "
    base = unicodedata.normalize("NFKD", ch)[:1] or ch
    low = base.lower()
    return low if len(low) == 1 else base


def fold(text: str) -> str:
    """Lower case, no diacritics, one apostrophe and one dash; the same length as `text`."""
    return "".join(_fold_char(ch) for ch in text)


def normalise_name(name: str) -> str:
    """The form two spellings of one name share ("Berg-’t  Hooft" == "berg-'t hooft")."""
    return " ".join(fold(name).split())


def strip_titles(name: str) -> tuple[str, bool]:
    """The name without leading salutations and titles, and whether it had any."""
    words = name.split()
    had = False
    while len(words) > 1:
        word = fold(words[0]).rstrip(".")
        if word == "de" and fold(words[1]).rstrip(".") == "heer" and len(words) > 2:
            words = words[2:]
        elif word in TITLES:
            words = words[1:]
        else:
            break
        had = True
    return " ".join(words), had


def _word(w: str) -> str:
    """One folded word as a pattern; a dash may have spaces around it ("Berg - 't Hooft")."""
    return r"\s*-\s*".join(re.escape(part) for part in w.split("-"))


def _split_name(words: list[str]) -> tuple[list[str], list[str]]:
    """Given names and surname: "jan pieter de vries" -> ([jan, pieter], [de, vries])."""
    given = words[:1]
    for word in words[1:-1]:
        if word in FIRST_NAMES and word not in PARTICLES:
            given.append(word)
        else:
            break
    return given, words[len(given):]


def _name_regex(name: str) -> list[str]:
    """Patterns (on folded text) for one name: in full, with initials ("j.p. de vries"), and
    its surname after a salutation ("mevrouw de vries"); each may follow titles ("drs.")."""
    bare, had_title = strip_titles(name.strip())
    words = normalise_name(bare).split()
    if not words:
        return []
    titles = f"(?:{_TITLE})*"
    joined = r"\s+".join(_word(w) for w in words)
    if len(words) == 1:
        # "mevrouw Jansen": only with a salutation, else every Jansen would be her
        return [f"(?:{_TITLE})+{joined}" if had_title else titles + joined]
    patterns = [titles + joined]
    given, surname = _split_name(words)
    last = r"\s+".join(_word(w) for w in surname)
    if surname and len(given[0]) > 1 and given[0] not in PARTICLES:
        patterns.append(titles + re.escape(given[0][0]) + r"\.\s*(?:[a-z]\.\s*){0,3}" + last)
        patterns.append(f"(?:{_TITLE})+" + last)
    return patterns


_AFTER = re.compile(r"\s*\(([^()]{1,80})\)")


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    key: str  # the known name this is a spelling of


_WORD_RUN = re.compile(r"\w+")


class NameMatcher:
    """Finds spellings of known names in text (case, diacritics, apostrophes, initials,
    salutations and titles).

    Every spelling a name's patterns allow ends in the last word of its surname, so a text
    without that word cannot hold the name. `find` therefore runs one regex over only the
    names whose last word occurs in the text (almost always none): one regex of every
    spelling of 400 names cost 20 ms a text, 7 minutes for the public werkagenda of `large`.
    The candidates keep the order of the full list, so the same name wins where two overlap.
    """

    def __init__(self, names: Iterable[str]) -> None:
        self.names = sorted({n.strip() for n in names if n and n.strip()}, key=len, reverse=True)
        self._patterns: list[list[str]] = []
        self._by_anchor: dict[str, list[int]] = {}
        self._always: list[int] = []
        for i, name in enumerate(self.names):
            patterns = _name_regex(name)
            self._patterns.append(patterns)
            if not patterns:
                continue
            words = normalise_name(strip_titles(name)[0]).split()
            anchor = _WORD_RUN.findall(words[-1]) if words else []
            if anchor:
                self._by_anchor.setdefault(anchor[-1], []).append(i)
            else:
                self._always.append(i)
        self._regexes: dict[tuple[int, ...], re.Pattern[str]] = {}

    def _regex(self, candidates: tuple[int, ...]) -> re.Pattern[str]:
        regex = self._regexes.get(candidates)
        if regex is None:
            parts = [f"(?P<n{i}_{j}>{pattern})" for i in candidates
                     for j, pattern in enumerate(self._patterns[i])]
            regex = re.compile(r"(?<![\w'])(?:" + "|".join(parts) + r")(?![\w])")
            self._regexes[candidates] = regex
        return regex

    def find(self, text: str) -> list[Match]:
        if not text:
            return []
        folded = fold(text)
        candidates = set(self._always)
        for token in set(_WORD_RUN.findall(folded)):
            candidates.update(self._by_anchor.get(token, ()))
        if not candidates:
            return []
        found: list[Match] = []
        for m in self._regex(tuple(sorted(candidates))).finditer(folded):
            group = m.lastgroup
            assert group is not None
            found.append(Match(m.start(), m.end(), self.names[int(group[1:].split("_")[0])]))
        return found

    def replace(self, text: str, replacement: Mapping[str, str]) -> str:
        """`text` with every spelling of a name in `replacement` replaced by its value; at
        the start of a sentence the replacement starts with a capital."""
        out: list[str] = []
        at = 0
        for m in self.find(text):
            if m.key not in replacement:
                continue
            before = text[at:m.start]
            new = replacement[m.key]
            head = "".join(out) + before
            if new and (not head.strip() or head.rstrip()[-1] in ".!?\u2022"):
                new = new[0].upper() + new[1:]
            out.append(before)
            out.append(new)
            at = m.end
            after = _AFTER.match(text, at)
            if after and fold(after.group(1)).strip() in fold(new):
                at = after.end()  # "Ronald Ruijters (VGZ)": not "... van VGZ (VGZ)"
        out.append(text[at:])
        return "".join(out)


def organisation_phrase(organisation: str | None, kind: str | None = None) -> str:
    """"VGZ", "de gemeente Venlo", "de provincie Drenthe": an organisation as a sentence
    names it."""
    organisation = (organisation or "").strip()
    if organisation and kind in ("gemeente", "provincie") \
            and not fold(organisation).startswith(kind):
        return f"de {kind} {organisation}"
    return organisation


def natural_replacement(function: str | None, organisation: str | None,
                        kind: str | None = None) -> str:
    """What a public text says instead of a name: "de regioadviseur van VGZ"."""
    function = " ".join((function or "").split())
    org = organisation_phrase(organisation, kind)
    if function[:1].isupper() and function[1:2].islower():
        function = function[0].lower() + function[1:]  # "Programmamanager" mid-sentence
    if function and fold(function).split()[0] not in ("de", "het", "een"):
        function = f"de {function}"
    if function and org:
        if fold((organisation or "").strip()) in fold(function):
            return function  # "de adviseur bij VGZ": VGZ is named once
        return f"{function} van {org}"
    if function:
        return function
    if org:
        return f"een medewerker van {org}"
    return "een betrokkene"


# --- possible names of people who are not registered ------------------------------------

_TOKEN = re.compile(r"[^\s,;:()\[\]{}\"“”„/|•·–—]+")
_CAP = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-\u2010\u2011](?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+"
                  r"|['\u2019]t|[a-zß-öø-ÿ]+))*$")
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,4}$")
_WORD = re.compile(r"[\w']+")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A string in the text that looks like a person's name."""

    name: str
    count: int
    known: str | None  # the registered person's name it matches, if any
    example: str  # a little of the text around the first occurrence
    likely: bool = True  # a first name, initials or a salutation; else only the shape


@dataclass(slots=True)
class _Token:
    text: str  # without a sentence-ending dot
    start: int
    end: int
    kind: str  # "title", "init", "part", "cap" or "other"
    ends_sentence: bool


def _tokens(text: str) -> list[list[_Token]]:
    """Runs of words with only spaces between them (punctuation ends a run)."""
    runs: list[list[_Token]] = []
    run: list[_Token] = []
    at = 0
    for m in _TOKEN.finditer(text):
        raw = m.group(0)
        if run and (text[at:m.start()].strip() or run[-1].ends_sentence):
            runs.append(run)
            run = []
        at = m.end()
        folded = fold(raw)
        bare = raw.rstrip(".")
        if _INITIALS.match(raw) or (len(bare) == 1 and bare.isupper() and raw.endswith(".")):
            kind, ends = "init", False
        elif folded.rstrip(".") in TITLES and (raw.endswith(".") or folded in TITLES):
            kind, ends = "title", False
        else:
            ends = raw.endswith(".")
            raw = bare
            folded = fold(raw)
            kind = ("part" if folded in PARTICLES else "cap" if _CAP.match(raw) else "other")
        run.append(_Token(raw, m.start(), m.start() + len(raw), kind, ends))
    if run:
        runs.append(run)
    return runs


def _name_at(run: list[_Token], i: int) -> tuple[int, int, bool] | None:
    """The name starting at token i: (first token, end token, likely), or None."""
    n = len(run)
    j = i
    likely = False
    titled = False
    while j < n and (run[j].kind == "title"
                     or (fold(run[j].text) == "de" and j + 1 < n
                         and fold(run[j + 1].text) == "heer")):
        j += 2 if run[j].kind != "title" else 1
        titled = likely = True
    if j >= n:
        return None
    if run[j].kind == "init":
        while j < n and run[j].kind == "init":
            j += 1
        likely = True
    elif run[j].kind == "cap":
        first = fold(run[j].text).split("-")[0]
        if first in FIRST_NAMES:
            likely = True
        if not titled or (j + 1 < n and run[j + 1].kind in ("cap", "part")):
            j += 1  # a first name (a surname alone needs a salutation: "mevrouw Jansen")
            while (j + 1 < n and run[j].kind == "cap" and run[j + 1].kind in ("cap", "part")
                   and fold(run[j].text) in FIRST_NAMES):
                j += 1  # "Jan Pieter de Vries"
    elif not titled:
        return None
    while j < n and run[j].kind == "part":
        j += 1
    if j >= n or run[j].kind != "cap":
        if titled and j > i and run[j - 1].kind == "cap":
            return i, j, True  # "mevrouw Jansen"
        return None
    while j + 1 < n and fold(run[j].text).rsplit("-", 1)[-1] in PARTICLES:
        k = j + 1  # "Berg-'t Hooft", "De Boer-van der Linden": the surname goes on
        while k < n and run[k].kind == "part":
            k += 1
        if k >= n or run[k].kind != "cap":
            break
        j = k
    return i, j + 1, likely


def opens_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip()
    return not before or before[-1] in ".!?"


def find_candidates(texts: Iterable[str], known: Iterable[str] = (),
                    not_names: Iterable[str] = ()) -> list[Candidate]:
    """Possible personal names in `texts`: likely ones first, then most frequent first.

    Registered names are found in any spelling. Other names by their shape: a salutation or
    title ("mevrouw X", "dhr. Y", "drs."), initials ("J.P. de Vries"), or a known first name
    with particles and a capitalised surname ("Floor van der Giessen") are likely; two
    capitalised words alone ("Stevig Staen") are possible. Words of `not_names`
    (organisations, themes, goal titles, bodies) and common Dutch words are not names.
    """
    texts = [t for t in texts if t]
    matcher = NameMatcher(known)
    skip = set(NOT_NAMES)
    for phrase in not_names:  # "Gemeente Venlo" makes "Venlo" no name
        skip.update(w for w in _WORD.findall(fold(phrase or "")) if len(w) > 2)
    # A word the text also uses in lower case ("zorg", "pilot", "juiste") is a common word.
    common = {fold(w) for t in texts for w in _WORD.findall(t) if w.islower() and len(w) > 2}
    counts: dict[str, int] = {}
    examples: dict[str, str] = {}
    knowns: dict[str, str | None] = {}
    shown: dict[str, str] = {}
    likely: dict[str, bool] = {}

    def add(name: str, text: str, span: tuple[int, int], known_name: str | None,
            sure: bool) -> None:
        key = known_name or normalise_name(name)
        counts[key] = counts.get(key, 0) + 1
        likely[key] = likely.get(key, False) or sure
        if key not in examples:
            shown[key] = known_name or name
            knowns[key] = known_name
            examples[key] = " ".join(text[max(0, span[0] - 25):span[1] + 50].split())

    for text in texts:
        taken: list[tuple[int, int]] = []
        for hit in matcher.find(text):
            add(hit.key, text, (hit.start, hit.end), hit.key, True)
            taken.append((hit.start, hit.end))
        for run in _tokens(text):
            caps = sum(1 for t in run if t.kind == "cap")
            i = 0
            while i < len(run):
                found = _name_at(run, i)
                if found is None:
                    i += 1
                    continue
                first, end, sure = found
                start, stop = run[first].start, run[end - 1].end
                words = [fold(t.text) for t in run[first:end] if t.kind == "cap"]
                parts = [p for w in words for p in w.split("-")
                         if len(p) > 2 and p not in PARTICLES]
                initials = run[first].kind == "init"
                if initials and first == 0 and opens_sentence(text, start):
                    sure = False  # "2.5.1. D. Bekwaam is ...": a list letter, perhaps
                if initials:
                    blocked = bool(parts) and (parts[-1] in skip or parts[-1] in common)
                elif sure:
                    blocked = bool(parts) and parts[-1] in skip
                else:  # the shape alone: only a pair of its own, of no common words
                    blocked = caps != 2 or any(p in skip or p in common for p in parts)
                if blocked or any(s < stop and start < e for s, e in taken):
                    i += 1
                    continue
                add(" ".join(text[start:stop].split()), text, (start, stop), None, sure)
                i = end
    order = sorted(counts, key=lambda k: (not likely[k], -counts[k], shown[k]))
    return [Candidate(shown[k], counts[k], knowns[k], examples[k], likely[k]) for k in order]


@dataclass(frozen=True, slots=True)
class NameContext:
    """What the check needs from a workspace: who is registered, and words that are no name."""

    people: dict[str, tuple[bool, str]]  # name -> (publishable, natural replacement)
    not_names: list[str]  # organisations, themes, goal titles, bodies, initiatives


def load_name_context(store: Store) -> NameContext:
    from sqlalchemy import select

    from zorgdesk.models import (
        Body,
        Goal,
        Organisation,
        Person,
        RelatedInitiative,
        Theme,
        Workspace,
    )

    with store.session() as session:
        rows = session.execute(
            select(Person.name, Person.publishable, Person.function, Organisation.short_name,
                   Organisation.name, Organisation.kind)
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)).all()
        people = {r[0].strip(): (bool(r[1]), natural_replacement(
            r[2], r[3] or r[4], str(getattr(r[5], "value", r[5]) or "")))
            for r in rows if r[0] and r[0].strip()}
        words = [x for r in session.execute(select(Organisation.name, Organisation.short_name))
                 for x in r if x]
        words += [x for r in session.execute(select(Body.name, Body.abbreviation))
                  for x in r if x]
        words += [x for r in session.execute(select(Workspace.name, Workspace.region))
                  for x in r if x]
        words += [t for t in session.scalars(select(Theme.name)) if t]
        words += [t for t in session.scalars(select(Goal.title)) if t]
        words += [t for t in session.scalars(select(RelatedInitiative.name)) if t]
    return NameContext(people, words)


def public_candidates(texts: Iterable[str], context: NameContext) -> list[Candidate]:
    """Possible names in a public text, without the people who may be named."""
    found = find_candidates(texts, context.people, context.not_names)
    return [c for c in found if c.known is None or not context.people[c.known][0]]


def unchecked_names(texts: Iterable[str], context: NameContext) -> list[str]:
    """Likely names of people who are not registered: what the CLI warns about."""
    return [c.name for c in public_candidates(texts, context) if c.known is None and c.likely]
