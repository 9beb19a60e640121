"""PDFs made by WeasyPrint, the same way everywhere: from a Django template, with fonts from the system (Debian's
fonts-dejavu-core, through fontconfig) and styles inside the template, and no fetching of anything — a PDF of this
product never makes a network request, nor reads a file the template did not name. A resource a template asks for
anyway is left out (WeasyPrint logs a warning) and the PDF is still made."""

from __future__ import annotations

from django.template.loader import render_to_string


class ResourceRefused(ValueError):
    """A template asked WeasyPrint to fetch something: PDFs here are self-contained."""


def _weasyprint():
    """WeasyPrint's HTML class. Importing WeasyPrint sets Pillow's process-wide ``LOAD_TRUNCATED_IMAGES``, which would
    let the screenshot checks (signals/uploads.py) accept truncated images; PDFs here load no images, so Pillow's
    default is put back."""
    from PIL import ImageFile
    from weasyprint import HTML

    ImageFile.LOAD_TRUNCATED_IMAGES = False
    return HTML


def _refusing_fetcher():
    from weasyprint.urls import URLFetcher

    class RefusingFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            raise ResourceRefused(f"PDFs do not fetch resources: {url[:80]}")

    return RefusingFetcher(allowed_protocols=(), fail_on_errors=False)


def render_pdf(template_name: str, context: dict, *, request=None) -> bytes:
    """The template rendered as a PDF (bytes)."""
    return render_pdf_with_pages(template_name, context, request=request)[0]


def render_pdf_with_pages(template_name: str, context: dict, *, request=None) -> tuple[bytes, int]:
    """The template rendered as a PDF (bytes), and its number of pages."""
    html_class = _weasyprint()
    html = render_to_string(template_name, context, request=request)
    document = html_class(string=html, base_url="about:blank", url_fetcher=_refusing_fetcher()).render()
    return document.write_pdf(), len(document.pages)
