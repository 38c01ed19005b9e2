"""Every item model of the partner matrices passes Qt's model tester, in each of its modes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester

from zorgdesk.services.partners import matrix as rm
from zorgdesk.store import Store, open_store
from zorgdesk.ui.partners.coalition_model import CoalitionModel
from zorgdesk.ui.partners.matrix_model import PartnerMatrixModel
from zorgdesk.ui.partners.theme_matrix_model import ThemeMatrixModel
from zorgdesk.ui.partners.transposed_matrix_model import TransposedMatrixModel


@pytest.fixture
def iza(sample_files: dict[str, Path]) -> Iterator[Store]:
    store = open_store(sample_files["iza-drenthe"])
    yield store
    store.close()


def test_partner_matrix_model(iza: Store, qtmodeltester: ModelTester) -> None:
    model = PartnerMatrixModel()
    qtmodeltester.check(model)  # empty
    model.set_data(rm.load_matrix(iza))
    qtmodeltester.check(model)
    model.set_filter(kinds={"gemeente", "GGZ"}, coalition="leidend", text="2.1",
                     only_without_trekker=True, collapsed=True)
    qtmodeltester.check(model)
    model.set_filter(collapsed=True)
    qtmodeltester.check(model)
    model.set_data(rm.load_matrix(iza))  # a reload of the same shape
    qtmodeltester.check(model)


def test_transposed_model(iza: Store, qtmodeltester: ModelTester) -> None:
    model = TransposedMatrixModel()
    qtmodeltester.check(model)
    data = rm.load_matrix(iza)
    model.set_data(data, list(range(len(data.orgs))))
    qtmodeltester.check(model)


def test_theme_and_coalition_models(iza: Store, qtmodeltester: ModelTester) -> None:
    theme = ThemeMatrixModel()
    theme.set_matrix(rm.load_theme_matrix(iza))
    qtmodeltester.check(theme)
    coalition = CoalitionModel()
    coalition.set_rows(rm.load_coalitions(iza))
    qtmodeltester.check(coalition)


def test_matrix_model_on_a_workspace_without_themes(
        sample_copy: Callable[[str], Path], qtmodeltester: ModelTester) -> None:
    store = open_store(sample_copy("drenthe-werkagenda"))
    try:
        model = PartnerMatrixModel()
        model.set_data(rm.load_matrix(store))
        qtmodeltester.check(model)
        theme = ThemeMatrixModel()
        theme.set_matrix(rm.load_theme_matrix(store))
        qtmodeltester.check(theme)
    finally:
        store.close()
