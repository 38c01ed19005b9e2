"""The internal edition replaces no names, so it never builds the name matcher (one large
regex of every spelling of every hidden name: 0.3 s on `large`); the public edition does."""

from __future__ import annotations

from pathlib import Path

import pytest

from zorgdesk.services import privacy
from zorgdesk.services.workspace.privacy_filter import Privacy
from zorgdesk.store import open_store


def test_internal_edition_builds_no_matcher(sample_files: dict[str, Path],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[int] = []
    real = privacy.NameMatcher

    def counting(names: list[str]) -> privacy.NameMatcher:
        built.append(len(names))
        return real(names)

    monkeypatch.setattr(privacy, "NameMatcher", counting)
    store = open_store(sample_files["noord-limburg"], readonly=True)
    try:
        internal = Privacy(store, False)
        assert internal._hidden, "the sample has people who may not be named"
        assert built == []
        hidden = internal._hidden[0].name
        assert internal.text(f"Overleg met {hidden}.") == f"Overleg met {hidden}."
        public = Privacy(store, True)
        assert built, "the public edition matches names"
        assert hidden not in public.text(f"Overleg met {hidden}.")
    finally:
        store.close()
