"""Turn reportlab's PDF into PDF/A-2b with pikepdf, and check what can be checked offline.

pikepdf.pdfa.save adds the sRGB OutputIntent (pikepdf ships the ICC profile), writes the
XMP packet with pdfaid:part=2 / conformance=B, and validates the written bytes with its
allowlist validator (built from the veraPDF rule catalogue); it raises when the file does not
pass. Every report goes through it: a file is never labelled PDF/A without the check.
reportlab writes an empty /Trans (page transition) on every page, which the validator
does not know, so it is removed first.

A report made only of our own pages (`own_content`: no foreign PDF merged in) skips one part
of that check when it is written: reading every page's content stream operator by operator
(80 % of the check, 5 s on the 566-page timeline of `large`). Those streams come only from
reportlab drawing with the embedded DejaVu subsets, glyphs the fonts lack replaced before
drawing (common.printable), RGB colours under the sRGB output intent and no transparency.
Everything else is still validated on every write: catalogue, XMP, output intent, every
font dictionary and program, images, forms, annotations, outlines. The tests run the full
validator on every report kind (tests/test_reports_build.py), and a report with foreign
pages always gets the full check. If pikepdf's validator changes shape, the full check runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from pathlib import Path


@dataclass(frozen=True, slots=True)
class PdfaResult:
    passed: bool
    problems: tuple[str, ...]


def _clean(pdf: object) -> None:
    import pikepdf

    assert isinstance(pdf, pikepdf.Pdf)
    for page in pdf.pages:
        if "/Trans" in page.obj:
            del page.obj["/Trans"]


def write_pdfa(data: bytes, target: Path, *, title: str, author: str, subject: str,
               keywords: str = "", own_content: bool = False,
               lang: str = "nl-NL") -> PdfaResult:
    """Write `data` to `target` as PDF/A-2b, and only call it that when the written bytes
    pass pikepdf's validator. A file that cannot conform (an attachment with fonts that are
    not embedded) is written as a plain PDF and the validator's findings are returned; the
    caller turns them into a Dutch message."""
    import pikepdf
    import pikepdf.pdfa

    with pikepdf.open(BytesIO(data)) as pdf:
        _clean(pdf)
        pdf.Root.Lang = pikepdf.String(lang)
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["dc:title"] = title
            meta["dc:creator"] = [author]
            meta["dc:description"] = subject
            meta["dc:language"] = [lang]
            if keywords:
                meta["pdf:Keywords"] = keywords
            meta["xmp:CreatorTool"] = "ZorgDesk"
        try:
            if not (own_content and _save_checking_structure(pdf, target)):
                pikepdf.pdfa.save(pdf, target, "2b")
        except pikepdf.pdfa.PdfaError as exc:
            problems = tuple(str(f) for f in exc.report.findings[:20])
            _drop_pdfa_claim(pdf)
            pdf.save(target)
            return PdfaResult(False, problems)
    return PdfaResult(True, ())


def _save_checking_structure(pdf: object, target: Path) -> bool:
    """Prepare and write `pdf` as pikepdf.pdfa.save does, then validate the written file
    without reading the page content streams. False when pikepdf's validator does not have
    the parts this needs (then the caller runs the full save); raises PdfaError as save does.
    """
    import pikepdf
    import pikepdf.pdfa

    try:
        from pikepdf.pdfa._context import ValidationContext
        from pikepdf.pdfa._report import Deny, Report
        from pikepdf.pdfa._schemas import SchemaSet
        from pikepdf.pdfa._walker import DocumentWalker
        from pikepdf.pdfa._writemodel import WriteModel
        from pikepdf.pdfa._xmp import check_metadata
    except ImportError:
        return False
    if not hasattr(DocumentWalker, "on_page_content"):
        return False

    class StructureWalker(DocumentWalker):
        def on_page_content(self, page: object, where: str = "page") -> None:
            """Our own reportlab pages: see the module's docstring."""

    assert isinstance(pdf, pikepdf.Pdf)
    flavour = pikepdf.pdfa.Flavour("2b")
    kw = pikepdf.pdfa.resolve_save_kwargs(flavour)
    pikepdf.pdfa.prepare(pdf, flavour)
    tmp = target.with_name(target.name + ".pdfa")
    try:
        pdf.save(tmp, **kw)
        with (pikepdf.explicit_conversion(),  # the validator reads objects this way
              pikepdf.open(tmp, inherit_page_attributes=False) as written):
            report = Report(flavour, save_kwargs=dict(kw))
            ctx = ValidationContext(flavour, written, report, WriteModel.identity())
            try:
                if written.is_encrypted or written.pdf_version > "1.7":
                    report.findings.append(pikepdf.pdfa.Finding(
                        "6.1.3-2", "trailer", "encrypted or too new", "violation"))
                else:
                    StructureWalker(ctx, SchemaSet.for_flavour(flavour)).walk()
                    check_metadata(ctx)
            except Deny as exc:
                report.findings.append(exc.finding)
            except Exception as exc:  # as pikepdf's own run(): not approved, never a crash
                report.findings.append(pikepdf.pdfa.Finding(
                    "pikepdf:internal", "document", f"{type(exc).__name__}: {exc}",
                    "unsupported"))
        if report.verdict != "pass":
            raise pikepdf.pdfa.PdfaError(report)
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    return True


def _drop_pdfa_claim(pdf: object) -> None:
    """`prepare` wrote pdfaid:part into the XMP; a file that failed must not carry it."""
    import pikepdf

    assert isinstance(pdf, pikepdf.Pdf)
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        for key in ("pdfaid:part", "pdfaid:conformance"):
            if key in meta:
                del meta[key]


def validate(path: Path) -> PdfaResult:
    """pikepdf's PDF/A-2b allowlist validation of a written file (no veraPDF offline)."""
    import pikepdf.pdfa

    report = pikepdf.pdfa.validate_written(path, "2b")
    return PdfaResult(bool(report.passed), tuple(str(f) for f in report.findings[:20]))
