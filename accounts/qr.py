"""The setup page's QR code as an inline SVG element (no image URL, no inline style: fits the strict CSP)."""

import re

import qrcode
import qrcode.image.svg
from django.utils.safestring import SafeString, mark_safe


def qr_svg(text: str, *, label: str, size: int = 220) -> SafeString:
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, border=4)
    svg = image.to_string(encoding="unicode")
    svg = re.sub(r"^<\?xml[^>]*>\s*", "", svg)
    # A fixed size in pixels, a white quiet zone for the camera, and a name for screen readers.
    svg = re.sub(
        r'<svg width="[^"]*" height="[^"]*"',
        f'<svg class="app-qr" width="{size}" height="{size}" role="img" aria-label="{_attr(label)}"',
        svg,
        count=1,
    )
    svg = svg.replace('viewBox="', 'shape-rendering="crispEdges" viewBox="', 1)
    match = re.search(r'viewBox="0 0 (\d+) (\d+)"', svg)
    if match:
        w, h = match.groups()
        svg = re.sub(r"(<svg[^>]*>)", rf'\1<rect width="{w}" height="{h}" fill="#ffffff"/>', svg, count=1)
    return mark_safe(svg)  # noqa: S308  (built by qrcode from our own URL; the label is escaped)


def _attr(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")
