"""Validation and sanitising of uploaded screenshots (pure functions, no models).

A screenshot of a worrying online message is evidence about a minor, so two things matter:

* **What is stored must be harmless.** Uploads are identified by their *content* with Pillow, never by file name or by
  the content type the browser claims, and only PNG, JPEG and WebP are accepted: a PHP script renamed ``shell.png``,
  an SVG with script, a GIF, a PDF or a polyglot never reaches storage as-is. Every accepted image is decoded and its
  pixels are *re-encoded* into a fresh file, so trailing payloads and everything that is not pixels disappear.
* **What is stored must not reveal more than the picture.** Photos and screenshots carry metadata: EXIF (with the GPS
  location where the youth or the professional was, the phone's make and model, the time), XMP, ICC profiles, PNG
  text chunks and JPEG comments. None of it may be stored or shared, so none of it survives re-encoding.

The unaltered original is deliberately *not* kept, only its SHA-256 and size: whoever holds the original (the youth,
the professional, the police) can later prove that the stored, sanitised image was made from exactly that file.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageFile, ImageOps

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
"""The largest upload accepted, in bytes; more is rejected after reading at most one byte beyond it."""

MAX_PIXELS = 40_000_000
"""The most pixels (width × height) an image may have: a small file can decompress to gigabytes (a decompression bomb).

Checked against the dimensions in the header, before any pixel is decoded. It is lower than Pillow's own global
``Image.MAX_IMAGE_PIXELS`` (which is left alone: changing a process-wide setting is not thread-safe), so Pillow's
:class:`~PIL.Image.DecompressionBombError` only fires for absurd sizes and is reported the same way.
"""

ALLOWED_FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp"}
"""The Pillow formats accepted, with the content type the sanitised image is served with."""

EXTENSIONS = {"PNG": ".png", "JPEG": ".jpg", "WEBP": ".webp"}
"""The file extension (with its dot) of the sanitised image per format."""

JPEG_QUALITY = 90
"""Re-encoding quality for JPEG and lossy WebP: text in screenshots stays crisp (JPEG also keeps full colour detail)."""

_READ_CHUNK = 64 * 1024

# Magic numbers of image formats Pillow is not allowed to parse here, only to give a clearer message than "not an
# image". Anything else that Pillow cannot open as PNG/JPEG/WebP is simply "not a valid image".
_OTHER_IMAGE_SIGNATURES = (
    b"GIF87a",
    b"GIF89a",
    b"BM",  # BMP
    b"II*\x00",  # TIFF, little-endian
    b"MM\x00*",  # TIFF, big-endian
    b"\x00\x00\x01\x00",  # ICO
    b"8BPS",  # Photoshop
    b"\xff\x0a",  # JPEG XL codestream
    b"\x00\x00\x00\x0cJXL \r\n\x87\n",  # JPEG XL container
)
_ISO_BMFF_IMAGE_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif", b"avis"}

_HIGH_BIT_GREY_MODES = {"I", "I;16", "I;16L", "I;16B", "I;16N", "F"}
_GREY_MODES = {"1", "L", "LA", "La", *_HIGH_BIT_GREY_MODES}


class UploadRejected(ValueError):
    """An upload that is refused, with a translatable message for the user and a machine-readable ``code``.

    ``message`` is lazy and not yet interpolated, ``params`` holds its placeholders, like Django's ``ValidationError``
    (a form can do ``raise ValidationError(exc.message, code=exc.code, params=exc.params)``); ``str(exc)`` gives the
    interpolated text in the active language.

    Codes: ``empty``, ``too_large``, ``not_an_image``, ``format_not_allowed``, ``too_many_pixels``, ``animated``.
    """

    def __init__(self, message: Any, code: str, params: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.params = params or {}

    def __str__(self) -> str:
        text = str(self.message)
        return text % self.params if self.params else text


def _empty() -> UploadRejected:
    return UploadRejected(_("The file is empty."), "empty")


def _too_large() -> UploadRejected:
    return UploadRejected(
        _("The file is larger than %(max)s MB."), "too_large", {"max": MAX_UPLOAD_BYTES // (1024 * 1024)}
    )


def _not_an_image() -> UploadRejected:
    return UploadRejected(_("The file is not a valid image."), "not_an_image")


def _format_not_allowed() -> UploadRejected:
    return UploadRejected(_("Only PNG, JPEG or WebP images can be uploaded."), "format_not_allowed")


def _too_many_pixels() -> UploadRejected:
    return UploadRejected(
        _("The image has too many pixels: at most %(max)s megapixels are allowed."),
        "too_many_pixels",
        {"max": MAX_PIXELS // 1_000_000},
    )


def _animated() -> UploadRejected:
    return UploadRejected(_("Animated images cannot be uploaded; upload a still screenshot."), "animated")


@dataclass(frozen=True)
class SanitisedImage:
    """A re-encoded image without any metadata, plus the fingerprint of the original it was made from.

    ``width``/``height`` are those of the sanitised image (after applying the EXIF orientation). ``original_sha256``
    (hex) and ``original_size`` (bytes) identify the unaltered upload, which is *not* kept: they let anyone holding the
    original prove it is the source of this image. ``sanitised_sha256`` (hex) fingerprints ``content`` itself.
    """

    content: bytes = field(repr=False)  # never dump megabytes of evidence into a log line
    content_type: str
    extension: str
    width: int
    height: int
    original_sha256: str
    original_size: int
    sanitised_sha256: str


def sanitise_screenshot(uploaded: Any) -> SanitisedImage:
    """Validate an uploaded screenshot and return a metadata-free re-encoding of it, or raise :class:`UploadRejected`.

    ``uploaded`` is a Django ``UploadedFile`` or any file-like object with ``read()`` (``size``, ``name`` and ``seek``
    are used when present; ``name`` and any client-supplied content type are ignored on purpose). At most
    ``MAX_UPLOAD_BYTES + 1`` bytes are read, so an endless or huge stream is refused without reading it all.

    The format is determined from the bytes by Pillow, restricted to the PNG, JPEG and WebP decoders, so no other
    Pillow plugin ever parses untrusted input. The pixels (first/primary frame) are rotated upright according to the
    EXIF orientation and saved into a brand-new image, without ``exif``, ``icc_profile``, ``xmp``, ``pnginfo`` or
    ``comment``: GPS position, camera, timestamps, text chunks and any bytes hidden around the pixels are gone.
    Colour profiles are dropped too, so colours of wide-gamut (e.g. Display P3) screenshots may shift slightly.
    """
    # A truncated image is refused, never silently completed with grey. Pillow's default, but process-wide: WeasyPrint
    # turns it on when it is imported (partners/pdf.py turns it back off), so it is made sure of here.
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    original = _read_limited(uploaded)
    original_sha256 = hashlib.sha256(original).hexdigest()
    image_format = _identify(original)
    clean = _decode_clean(original, image_format)
    content = _encode(clean, image_format, lossless=image_format == "WEBP" and _webp_is_lossless(original))
    return SanitisedImage(
        content=content,
        content_type=ALLOWED_FORMATS[image_format],
        extension=EXTENSIONS[image_format],
        width=clean.width,
        height=clean.height,
        original_sha256=original_sha256,
        original_size=len(original),
        sanitised_sha256=hashlib.sha256(content).hexdigest(),
    )


def _read_limited(uploaded: Any) -> bytes:
    """Read the upload from its start, but never more than ``MAX_UPLOAD_BYTES + 1`` bytes.

    A declared ``size`` above the limit is refused before reading anything; a declared size is never trusted to be
    small (the bytes actually read decide).
    """
    size = getattr(uploaded, "size", None)
    if isinstance(size, int) and size > MAX_UPLOAD_BYTES:
        raise _too_large()
    seek = getattr(uploaded, "seek", None)
    if callable(seek):
        # A form field may already have read (part of) the file; non-seekable streams are read from where they are.
        with contextlib.suppress(OSError, ValueError):
            seek(0)
    buffer = bytearray()
    remaining = MAX_UPLOAD_BYTES + 1
    while remaining > 0:
        chunk = uploaded.read(min(remaining, _READ_CHUNK))
        if not chunk:
            break
        buffer += chunk
        remaining -= len(chunk)
    if len(buffer) > MAX_UPLOAD_BYTES:
        raise _too_large()
    if not buffer:
        raise _empty()
    return bytes(buffer)


def _open(data: bytes) -> Image.Image:
    """Open ``data`` lazily (header only) with only the decoders of the allowed formats."""
    return Image.open(io.BytesIO(data), formats=list(ALLOWED_FORMATS))


def _canonical_format(image: Image.Image) -> str | None:
    # A JPEG with a Multi-Picture extension (many phone cameras) opens as MPO; its primary image is a plain JPEG.
    return "JPEG" if image.format == "MPO" else image.format


def _identify(data: bytes) -> str:
    """Return the allowed Pillow format of ``data`` after checking its size in pixels and its structure."""
    try:
        with _open(data) as image:
            image_format = _canonical_format(image)
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise _too_many_pixels()
            if image_format not in ALLOWED_FORMATS:  # pragma: no cover - Image.open(formats=...) already ensures it
                raise _format_not_allowed()
            if getattr(image, "is_animated", False) and image.format != "MPO":
                # Keeping only the first frame would silently change the evidence; ask for a still instead.
                raise _animated()
            image.verify()  # structural checks (e.g. PNG chunk checksums) without decoding the pixels
    except UploadRejected:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        # The warning only arrives here as an exception when warnings are configured as errors.
        raise _too_many_pixels() from exc
    except MemoryError:
        raise
    except Exception as exc:  # any failure to parse untrusted bytes (UnidentifiedImageError, SyntaxError, …)
        raise (_format_not_allowed() if _looks_like_other_image(data) else _not_an_image()) from exc
    return image_format


def _decode_clean(data: bytes, image_format: str) -> Image.Image:
    """Decode the pixels, apply the EXIF orientation and copy them into a fresh image that carries no ``info``.

    Pillow's encoders fall back to ``image.info`` for some metadata (a PNG's ICC profile, a JPEG comment), so merely
    not passing ``exif=``/``icc_profile=``/``pnginfo=`` is not enough: the pixels are pasted into a new image.
    """
    try:
        with _open(data) as image:  # verify() leaves an image unusable: reopen to decode
            image.load()
            upright = ImageOps.exif_transpose(image)
            pixels = _convert_mode(upright, image_format)
            clean = Image.new(pixels.mode, pixels.size)
            clean.paste(pixels)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _too_many_pixels() from exc
    except MemoryError:
        raise
    except Exception as exc:  # truncated or corrupt pixel data
        raise _not_an_image() from exc
    return clean


def _convert_mode(image: Image.Image, image_format: str) -> Image.Image:
    """Convert to a mode the format stores plainly: JPEG gets RGB/L, PNG and WebP keep transparency as an alpha band.

    Palette images become RGB(A) (their transparency applied), CMYK JPEGs become RGB, 16-bit greyscale PNGs stay
    16-bit (a single transparent grey value of such a PNG is not kept).
    """
    grey = image.mode in _GREY_MODES
    alpha = image.has_transparency_data
    if image_format == "PNG" and image.mode in _HIGH_BIT_GREY_MODES:
        return image.convert("I").convert("I;16")
    if image.mode in _HIGH_BIT_GREY_MODES:  # pragma: no cover - JPEG and WebP decoders never produce these
        image = image.convert("I").point(lambda value: value * (1 / 256))
    if image_format == "JPEG":
        target = "L" if grey else "RGB"
    elif image_format == "PNG":
        target = ("LA" if alpha else "L") if grey else ("RGBA" if alpha else "RGB")
    else:
        target = "RGBA" if alpha else "RGB"
    return image if image.mode == target else image.convert(target)


def _encode(image: Image.Image, image_format: str, *, lossless: bool) -> bytes:
    """Save ``image`` in ``image_format`` with no metadata options at all."""
    out = io.BytesIO()
    if image_format == "JPEG":
        image.save(out, "JPEG", quality=JPEG_QUALITY, subsampling="4:4:4")
    elif image_format == "WEBP":
        if lossless:
            image.save(out, "WEBP", lossless=True, method=4)
        else:
            image.save(out, "WEBP", quality=JPEG_QUALITY, method=4)
    else:
        image.save(out, "PNG")
    return out.getvalue()


def _webp_is_lossless(data: bytes) -> bool:
    """Whether a WebP file holds a lossless (VP8L) bitstream, so a lossless original is not degraded by re-encoding."""
    offset = 12  # after "RIFF", the length and "WEBP"
    while offset + 8 <= len(data):
        fourcc = data[offset : offset + 4]
        if fourcc == b"VP8L":
            return True
        if fourcc == b"VP8 ":
            return False
        size = int.from_bytes(data[offset + 4 : offset + 8], "little")
        offset += 8 + size + (size & 1)
    return False


def _looks_like_other_image(data: bytes) -> bool:
    """Whether ``data`` starts like an image in a format that is not allowed (for a clearer message only)."""
    if data.startswith(_OTHER_IMAGE_SIGNATURES):
        return True
    if data[4:8] == b"ftyp" and data[8:12] in _ISO_BMFF_IMAGE_BRANDS:  # HEIC/HEIF/AVIF, e.g. iPhone photos
        return True
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(b"<") and b"<svg" in head
