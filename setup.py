"""Build hook: compile the Qt translations (.ts -> .qm) into the wheel.

The .qm files are build output (not in git), so a wheel or sdist built from a clean checkout
would otherwise ship without them and the app would only speak Dutch. The compiler is
zorgdesk/qm_compile.py, loaded by path: it needs the standard library only, so the isolated
build environment stays setuptools alone. Everything else about the package is in pyproject.toml.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def _compile_translations(out_folder: Path) -> list[Path]:
    spec = importlib.util.spec_from_file_location("_zorgdesk_qm_compile",
                                                  HERE / "zorgdesk" / "qm_compile.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    written: list[Path] = module.compile_folder(HERE / "zorgdesk" / "resources" / "translations",
                                                out_folder)
    return written


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        if not self.editable_mode:  # an editable install reads the checkout; ./zd compiles there
            target = Path(self.build_lib) / "zorgdesk" / "resources" / "translations"
            for qm in _compile_translations(target):
                print(f"compiled {qm}")

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = list(super().get_outputs(include_bytecode))
        folder = Path(self.build_lib) / "zorgdesk" / "resources" / "translations"
        ts_files = sorted((HERE / "zorgdesk" / "resources" / "translations").glob("*.ts"))
        outputs += [str(folder / ts.with_suffix(".qm").name) for ts in ts_files]
        return outputs


setup(cmdclass={"build_py": BuildPyWithTranslations})
