"""PDF/A-2b written by reportlab itself, while the report is written.

A report made only of our own pages needs four things to be PDF/A-2b that reportlab does not
write of its own accord: an sRGB output intent, an XMP packet that says PDF/A-2b and repeats
the document information, no empty page-transition dictionary (reportlab writes `/Trans << >>`
on every page, which PDF/A's rules do not know) and no CreationDate the packet does not
repeat. Adding them here costs nothing measurable; the pikepdf pass that added them afterwards
cost a third of the 34-page werkagenda (importing pikepdf.pdfa, reading the file back, writing
it again) and 3 s of the 1,474-page one.

Everything else PDF/A asks of our pages follows from how they are drawn: only the embedded
DejaVu subsets (glyphs the fonts lack replaced before drawing, common.printable), RGB colours
under the sRGB intent, charts as RGB images without alpha, no transparency, no annotations
but the outline. The full PDF/A validator (pikepdf's, built from the veraPDF rules) checks
every report kind in both editions in the tests (tests/test_reports_build.py,
tests/test_pdfa_write.py); a report with foreign pages (a meeting pack's attachments) still
goes through pikepdf and its full check when written (reports/pdfa.py).

The output profile is LittleCMS's built-in sRGB (`PIL.ImageCms.createProfile("sRGB")`, written
once into resources/colour/sRGB.icc): the standard's own parameters, no third party's file.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from zorgdesk import __version__
from zorgdesk.paths import resources_dir

PRODUCER = f"ZorgDesk {__version__} (reportlab)"
CREATOR = "ZorgDesk"

_XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt>
   </dc:description>
   <dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
   <pdf:Keywords>{keywords}</pdf:Keywords>
   <pdf:Producer>{producer}</pdf:Producer>
   <xmp:CreatorTool>{creator}</xmp:CreatorTool>
   <xmp:CreateDate>{when}</xmp:CreateDate>
   <xmp:ModifyDate>{when}</xmp:ModifyDate>
   <xmp:MetadataDate>{when}</xmp:MetadataDate>
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def escape(text: str) -> str:
    """Text as XML character data (xml.sax.saxutils would import urllib for this)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xmp_date(ymdhms: tuple[int, ...], hours: int, minutes: int) -> str:
    """The Info dictionary's date (reportlab's time stamp) in XMP's notation: the same moment,
    as PDF/A requires of the two."""
    year, month, day, hour, minute, second = ymdhms[:6]
    moment = datetime(year, month, day, hour, minute, second)
    sign = "-" if hours < 0 or minutes < 0 else "+"
    return f"{moment.isoformat()}{sign}{abs(hours):02d}:{abs(minutes):02d}"


def drop_page_transition(page: Any) -> None:
    """reportlab gives every page `/Trans << >>`; a page without a transition has none."""
    page.Trans = None


def mark_pdfa(document: Any, lang: str) -> None:
    """Give reportlab's `document` (a canvas's PDFDocument, before it is saved) the output
    intent and the XMP packet of PDF/A-2b, its Info in step with the packet."""
    from reportlab.pdfbase.pdfdoc import (
        PDFArray,
        PDFDictionary,
        PDFName,
        PDFStream,
        PDFString,
    )

    info = document.info
    info.producer = PRODUCER
    info.creator = CREATOR
    stamp = document._timeStamp
    packet = _XMP.format(
        title=escape(info.title), author=escape(info.author), subject=escape(info.subject),
        lang=escape(lang), keywords=escape(info.keywords), producer=escape(PRODUCER),
        creator=CREATOR, when=xmp_date(stamp.YMDhms, stamp.dhh, stamp.dmm))
    metadata = PDFStream(PDFDictionary({"Type": PDFName("Metadata"),
                                        "Subtype": PDFName("XML")}),
                         packet.encode("utf-8"), filters=[])
    profile = PDFStream(PDFDictionary({"N": 3}),
                        (resources_dir() / "colour" / "sRGB.icc").read_bytes())
    intent = PDFDictionary({
        "Type": PDFName("OutputIntent"), "S": PDFName("GTS_PDFA1"),
        "OutputConditionIdentifier": PDFString("sRGB"), "Info": PDFString("sRGB"),
        "DestOutputProfile": document.Reference(profile),
    })
    catalog = document.Catalog
    catalog.Metadata = document.Reference(metadata)
    catalog.OutputIntents = PDFArray([intent])
    # PDFCatalog writes only the keys it lists; the output intents are not among them.
    if "OutputIntents" not in catalog.__NoDefault__:
        catalog.__NoDefault__ = [*catalog.__NoDefault__, "OutputIntents"]
