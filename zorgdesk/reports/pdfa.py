"""Turn a PDF with foreign pages (a meeting pack with its attachments) into PDF/A-2b with
pikepdf, and check what can be checked offline.

Our own pages are PDF/A-2b as reportlab writes them (reports/archive.py); a PDF merged from
other people's files is not, so it goes through pikepdf.pdfa.save: it adds the sRGB
OutputIntent, writes the XMP packet with pdfaid:part=2 / conformance=B, and validates the
written bytes with its allowlist validator (built from the veraPDF rule catalogue), reading
every page's content; it raises when the file does not pass, and the file is then written as a
plain PDF. reportlab writes an empty /Trans (page transition) on every page, which the
validator does not know, so it is removed first.
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
               keywords: str = "", lang: str = "nl-NL") -> PdfaResult:
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
            pikepdf.pdfa.save(pdf, target, "2b")
        except pikepdf.pdfa.PdfaError as exc:
            problems = tuple(str(f) for f in exc.report.findings[:20])
            _drop_pdfa_claim(pdf)
            pdf.save(target)
            return PdfaResult(False, problems)
    return PdfaResult(True, ())


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
