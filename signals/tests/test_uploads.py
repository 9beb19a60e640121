"""Screenshot uploads: only real PNG/JPEG/WebP images get through, re-encoded without any metadata (no database)."""

import hashlib
import io
import struct
import warnings
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, PngImagePlugin

from signals.uploads import (
    ALLOWED_FORMATS,
    MAX_PIXELS,
    MAX_UPLOAD_BYTES,
    SanitisedImage,
    UploadRejected,
    sanitise_screenshot,
)

CAMERA_MAKE = "SnoopCam Industries"
CAMERA_MODEL = "Spy 3000"
TAG_MAKE, TAG_MODEL, TAG_ORIENTATION = 0x010F, 0x0110, 0x0112
TAG_EXIF_IFD, TAG_GPS_IFD, TAG_DATETIME_ORIGINAL = 0x8769, 0x8825, 0x9003
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


# --- fixtures built in code --------------------------------------------------------------------------------------


def screenshot(mode="RGB", size=(64, 48)):
    """A small image with some structure (not a flat colour), like a bit of a chat screenshot."""
    image = Image.new(mode, size, "white" if mode != "RGBA" else (255, 255, 255, 0))
    colour = {"RGB": (200, 30, 30), "RGBA": (200, 30, 30, 255), "L": 60}[mode]
    image.paste(colour, (4, 4, size[0] // 2, size[1] // 2))
    return image


def encode(image, image_format, **params):
    out = io.BytesIO()
    image.save(out, image_format, **params)
    return out.getvalue()


def upload(content, name="screenshot.png", content_type="image/png"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def gps_exif():
    """EXIF with a GPS position (somewhere in Utrecht), camera make/model and the moment the picture was taken."""
    exif = Image.Exif()
    exif[TAG_MAKE] = CAMERA_MAKE
    exif[TAG_MODEL] = CAMERA_MODEL
    exif.get_ifd(TAG_EXIF_IFD)[TAG_DATETIME_ORIGINAL] = "2024:05:01 15:42:07"
    gps = exif.get_ifd(TAG_GPS_IFD)
    gps[1] = "N"  # GPSLatitudeRef
    gps[2] = (52.0, 5.0, 27.84)  # GPSLatitude
    gps[3] = "E"  # GPSLongitudeRef
    gps[4] = (5.0, 7.0, 12.6)  # GPSLongitude
    return exif


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_claiming(width, height):
    """A tiny PNG whose header claims ``width`` × ``height`` pixels (1-bit), with a token IDAT: a decompression bomb."""
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 64)
    return PNG_SIGNATURE + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")


def png_chunk_types(data):
    types, offset = [], 8
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        types.append(data[offset + 4 : offset + 8])
        offset += 12 + length
    return types


def webp_chunk_types(data):
    types, offset = [], 12
    while offset + 8 <= len(data):
        size = int.from_bytes(data[offset + 4 : offset + 8], "little")
        types.append(data[offset : offset + 4])
        offset += 8 + size + (size & 1)
    return types


def jpeg_markers(data):
    """The markers of a JPEG up to the start of the scan (APPn, COM, DQT, …)."""
    markers, offset = [], 2
    while offset < len(data):
        marker = data[offset + 1]
        markers.append(marker)
        if marker == 0xDA:  # start of scan: entropy-coded data follows
            break
        (length,) = struct.unpack(">H", data[offset + 2 : offset + 4])
        offset += 2 + length
    return markers


class CountingStream:
    """A file-like upload of ``length`` bytes (a PNG signature, then padding) that counts what is read from it."""

    def __init__(self, length, *, size=None, name="huge.png"):
        self.length = length
        self.position = 0
        self.bytes_read = 0
        self.name = name
        if size is not None:
            self.size = size

    def read(self, n=-1):
        if n is None or n < 0:
            n = self.length - self.position
        n = min(n, self.length - self.position)
        data = bytearray(n)
        head = PNG_SIGNATURE[self.position : self.position + n]
        data[: len(head)] = head
        self.position += n
        self.bytes_read += n
        return bytes(data)


def rejected(content, **kwargs):
    with pytest.raises(UploadRejected) as info:
        sanitise_screenshot(upload(content, **kwargs))
    return info.value


# --- accepted formats ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("image_format", "mode", "content_type", "extension"),
    [
        ("PNG", "RGB", "image/png", ".png"),
        ("PNG", "RGBA", "image/png", ".png"),
        ("JPEG", "RGB", "image/jpeg", ".jpg"),
        ("JPEG", "L", "image/jpeg", ".jpg"),
        ("WEBP", "RGB", "image/webp", ".webp"),
        ("WEBP", "RGBA", "image/webp", ".webp"),
    ],
)
def test_valid_images_pass_and_reopen_as_the_same_format(image_format, mode, content_type, extension):
    original = encode(screenshot(mode, (64, 48)), image_format)

    result = sanitise_screenshot(upload(original))

    assert isinstance(result, SanitisedImage)
    assert (result.content_type, result.extension) == (content_type, extension)
    assert (result.width, result.height) == (64, 48)
    assert result.original_size == len(original)
    assert result.original_sha256 == hashlib.sha256(original).hexdigest()
    assert result.sanitised_sha256 == hashlib.sha256(result.content).hexdigest()
    with Image.open(io.BytesIO(result.content)) as reopened:
        assert reopened.format == image_format
        assert reopened.size == (64, 48)
        assert ("A" in reopened.mode) == ("A" in mode)
        reopened.load()


def test_pixels_survive_re_encoding():
    original = screenshot("RGB", (64, 48))

    result = sanitise_screenshot(upload(encode(original, "PNG")))

    with Image.open(io.BytesIO(result.content)) as reopened:
        assert reopened.convert("RGB").tobytes() == original.tobytes()


def test_format_is_decided_by_content_not_by_name_or_claimed_type():
    jpeg = encode(screenshot(), "JPEG")

    result = sanitise_screenshot(upload(jpeg, name="innocent.png", content_type="text/plain"))

    assert (result.content_type, result.extension) == ("image/jpeg", ".jpg")


def test_reads_from_the_start_even_when_the_upload_was_already_read():
    uploaded = upload(encode(screenshot(), "PNG"))
    uploaded.read(20)  # e.g. a form field peeked at it

    assert sanitise_screenshot(uploaded).content_type == "image/png"


def test_plain_file_like_objects_are_accepted():
    result = sanitise_screenshot(io.BytesIO(encode(screenshot(), "WEBP")))

    assert result.content_type == "image/webp"


def test_palette_png_with_transparency_keeps_it_as_alpha():
    image = Image.new("P", (8, 8))
    image.putpalette([255, 0, 0, 0, 0, 255])
    image.paste(1, (0, 0, 4, 8))

    result = sanitise_screenshot(upload(encode(image, "PNG", transparency=0)))

    with Image.open(io.BytesIO(result.content)) as reopened:
        assert reopened.mode == "RGBA"
        assert reopened.getpixel((0, 0)) == (0, 0, 255, 255)
        assert reopened.getpixel((7, 0))[3] == 0


def test_sixteen_bit_greyscale_png_stays_sixteen_bit():
    image = Image.new("I;16", (4, 4))
    image.putpixel((0, 0), 65535)
    image.putpixel((1, 0), 300)

    result = sanitise_screenshot(upload(encode(image, "PNG")))

    with Image.open(io.BytesIO(result.content)) as reopened:
        assert reopened.mode == "I;16"
        assert (reopened.getpixel((0, 0)), reopened.getpixel((1, 0))) == (65535, 300)


def test_cmyk_jpeg_becomes_rgb():
    result = sanitise_screenshot(upload(encode(Image.new("CMYK", (16, 16), (0, 255, 255, 0)), "JPEG")))

    with Image.open(io.BytesIO(result.content)) as reopened:
        assert reopened.mode == "RGB"


def test_multi_picture_jpeg_keeps_only_the_primary_image_as_plain_jpeg():
    primary = screenshot("RGB", (64, 48))
    mpo = encode(primary, "MPO", save_all=True, append_images=[Image.new("RGB", (32, 32), "blue")])

    result = sanitise_screenshot(upload(mpo, name="photo.jpg"))

    assert (result.content_type, result.width, result.height) == ("image/jpeg", 64, 48)
    with Image.open(io.BytesIO(result.content)) as reopened:
        assert reopened.format == "JPEG"
        assert getattr(reopened, "n_frames", 1) == 1


@pytest.mark.parametrize(("lossless", "bitstream"), [(True, b"VP8L"), (False, b"VP8 ")])
def test_webp_stays_lossless_or_lossy_as_uploaded(lossless, bitstream):
    result = sanitise_screenshot(upload(encode(screenshot(), "WEBP", lossless=lossless)))

    assert bitstream in webp_chunk_types(result.content)


def test_repr_does_not_dump_the_image_bytes():
    result = sanitise_screenshot(upload(encode(screenshot(), "PNG")))

    assert "content=" not in repr(result)
    assert result.original_sha256 in repr(result)


# --- rejected uploads ------------------------------------------------------------------------------------------------


def test_php_script_renamed_to_png_is_not_an_image():
    error = rejected(b"<?php system($_GET['c']); ?>", name="shell.png")

    assert error.code == "not_an_image"
    assert isinstance(error, ValueError)


def test_php_script_behind_a_png_signature_is_not_an_image():
    assert rejected(PNG_SIGNATURE + b"<?php system($_GET['c']); ?>", name="shell.png").code == "not_an_image"


def test_gif_is_not_allowed():
    gif = encode(screenshot(), "GIF")

    assert rejected(gif, name="funny.gif", content_type="image/gif").code == "format_not_allowed"


def test_gif_renamed_to_png_is_not_allowed():
    assert rejected(encode(screenshot(), "GIF"), name="funny.png").code == "format_not_allowed"


@pytest.mark.parametrize(
    "svg",
    [
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>',
        b'\xef\xbb\xbf<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    ],
)
def test_svg_is_not_allowed(svg):
    assert rejected(svg, name="image.svg", content_type="image/svg+xml").code == "format_not_allowed"


@pytest.mark.parametrize("image_format", ["BMP", "TIFF", "ICO"])
def test_other_image_formats_are_not_allowed(image_format):
    assert rejected(encode(screenshot(), image_format)).code == "format_not_allowed"


def test_heic_from_an_iphone_is_not_allowed():
    heic_start = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(64)

    assert rejected(heic_start, name="IMG_0001.HEIC").code == "format_not_allowed"


def test_pdf_is_not_an_image():
    pdf = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"

    assert rejected(pdf, name="report.png").code == "not_an_image"


def test_truncated_image_is_not_an_image():
    jpeg = encode(screenshot("RGB", (256, 256)), "JPEG")

    assert rejected(jpeg[: len(jpeg) // 2]).code == "not_an_image"


def test_truncated_image_is_refused_after_a_pdf_was_made():
    """WeasyPrint switches Pillow's process-wide LOAD_TRUNCATED_IMAGES on when it is imported; a worker that made a
    PDF must still refuse a truncated screenshot."""
    import weasyprint  # noqa: F401 - importing it is what flips the switch
    from PIL import ImageFile

    from partners.pdf import render_pdf

    render_pdf("agreements/partials/_organisation_header.html", {"organisation": None})
    ImageFile.LOAD_TRUNCATED_IMAGES = True  # as if imported again elsewhere
    jpeg = encode(screenshot("RGB", (256, 256)), "JPEG")
    assert rejected(jpeg[: len(jpeg) // 2]).code == "not_an_image"
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False


def test_png_with_corrupt_chunk_checksum_is_not_an_image():
    png = bytearray(encode(screenshot(), "PNG"))
    png[29] ^= 0xFF  # inside the IHDR checksum

    assert rejected(bytes(png)).code == "not_an_image"


@pytest.mark.parametrize("image_format", ["PNG", "WEBP"])
def test_animated_images_are_rejected(image_format):
    frames = [Image.new("RGB", (16, 16), colour) for colour in ("red", "green")]
    animated = encode(frames[0], image_format, save_all=True, append_images=frames[1:], duration=100)

    assert rejected(animated).code == "animated"


def test_empty_file_is_rejected():
    error = rejected(b"")

    assert error.code == "empty"


def test_polyglot_jpeg_with_appended_script_is_re_encoded_without_it():
    payload = b"<?php system($_GET['c']); ?>"
    polyglot = encode(screenshot(), "JPEG", comment=payload) + payload

    result = sanitise_screenshot(upload(polyglot, name="shell.php.jpg"))

    assert payload not in result.content
    assert b"<?php" not in result.content


# --- size limits -----------------------------------------------------------------------------------------------------


def test_oversized_file_is_rejected_without_reading_the_whole_stream():
    stream = CountingStream(1024 * 1024 * 1024)  # 1 GiB, no declared size

    with pytest.raises(UploadRejected) as info:
        sanitise_screenshot(stream)

    assert info.value.code == "too_large"
    assert stream.bytes_read == MAX_UPLOAD_BYTES + 1


def test_declared_oversize_is_rejected_before_reading_anything():
    stream = CountingStream(MAX_UPLOAD_BYTES + 1, size=MAX_UPLOAD_BYTES + 1)

    with pytest.raises(UploadRejected) as info:
        sanitise_screenshot(stream)

    assert info.value.code == "too_large"
    assert stream.bytes_read == 0


def test_a_declared_size_that_lies_is_not_trusted():
    stream = CountingStream(MAX_UPLOAD_BYTES + 1, size=1000)

    with pytest.raises(UploadRejected) as info:
        sanitise_screenshot(stream)

    assert info.value.code == "too_large"


def test_oversized_django_upload_is_rejected():
    content = PNG_SIGNATURE + bytes(MAX_UPLOAD_BYTES + 1 - 8)

    error = rejected(content)

    assert error.code == "too_large"
    assert error.params == {"max": 10}
    assert "10" in str(error)


def test_a_file_of_exactly_the_limit_is_not_too_large():
    content = PNG_SIGNATURE + bytes(MAX_UPLOAD_BYTES - 8)

    assert rejected(content).code == "not_an_image"


def test_decompression_bomb_far_beyond_pillows_limit_is_rejected():
    bomb = png_claiming(50_000, 50_000)  # 2.5 gigapixels in a file of under 100 bytes
    assert len(bomb) < 100

    assert rejected(bomb).code == "too_many_pixels"


def test_real_bomb_made_with_pillow_is_rejected_before_decoding():
    bomb = encode(Image.new("1", (8_000, 6_000)), "PNG")  # 48 megapixels, a few kilobytes
    assert len(bomb) < 100_000

    assert rejected(bomb).code == "too_many_pixels"


def test_image_just_above_the_pixel_limit_is_rejected_from_its_header():
    assert rejected(png_claiming(MAX_PIXELS // 1000 + 1, 1000)).code == "too_many_pixels"


def test_pillows_decompression_bomb_warning_is_handled_both_as_warning_and_as_error():
    bomb = png_claiming(10_000, 10_000)  # 100 megapixels: Pillow warns, its hard limit is twice its warning limit

    with pytest.warns(Image.DecompressionBombWarning):
        assert rejected(bomb).code == "too_many_pixels"

    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        assert rejected(bomb).code == "too_many_pixels"


# --- metadata is stripped --------------------------------------------------------------------------------------------


def test_jpeg_with_gps_exif_comes_back_without_any_exif():
    original = encode(screenshot(), "JPEG", exif=gps_exif())
    with Image.open(io.BytesIO(original)) as before:  # the fixture really carries the location
        assert before.getexif()[TAG_MAKE] == CAMERA_MAKE
        assert before.getexif().get_ifd(TAG_GPS_IFD)[2] == (52.0, 5.0, 27.84)

    result = sanitise_screenshot(upload(original, name="IMG_1234.jpg"))

    with Image.open(io.BytesIO(result.content)) as after:
        assert not after.getexif()
        assert "exif" not in after.info
    assert b"Exif" not in result.content
    assert CAMERA_MAKE.encode() not in result.content
    assert CAMERA_MODEL.encode() not in result.content
    assert b"2024:05:01" not in result.content
    assert result.original_sha256 == hashlib.sha256(original).hexdigest()
    assert result.original_sha256 != result.sanitised_sha256


def test_jpeg_comment_icc_and_xmp_are_stripped():
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description exif:GPSLatitude="52,5.464N"/></x:xmpmeta>'
    original = encode(
        screenshot(), "JPEG", comment=b"taken at Oudegracht 1", icc_profile=b"FAKE-ICC-PROFILE" * 8, xmp=xmp
    )

    result = sanitise_screenshot(upload(original))

    for secret in (b"Oudegracht", b"FAKE-ICC", b"xmpmeta", b"GPSLatitude", b"ICC_PROFILE", b"http://ns.adobe.com"):
        assert secret not in result.content
    markers = jpeg_markers(result.content)
    assert 0xFE not in markers  # COM
    assert not [marker for marker in markers if 0xE1 <= marker <= 0xEF]  # APP1 (EXIF/XMP) … APP15; APP0 is JFIF
    with Image.open(io.BytesIO(result.content)) as after:
        assert not {"exif", "icc_profile", "xmp", "comment"} & set(after.info)


def test_png_text_chunks_exif_and_icc_are_stripped():
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "screenshot by youth worker J.")
    info.add_text("Location", "52.0907 N, 5.1214 E")
    info.add_text("Software", "SnoopShot", zip=True)
    info.add_itxt("Description", "adres: Oudegracht 1, Utrecht", lang="nl")
    original = encode(screenshot(), "PNG", pnginfo=info, exif=gps_exif(), icc_profile=b"FAKE-ICC-PROFILE" * 8)
    with Image.open(io.BytesIO(original)) as before:
        assert before.info["Location"] == "52.0907 N, 5.1214 E"

    result = sanitise_screenshot(upload(original))

    assert set(png_chunk_types(result.content)) <= {b"IHDR", b"IDAT", b"IEND"}
    for secret in (b"Location", b"52.0907", b"Oudegracht", CAMERA_MAKE.encode(), b"FAKE-ICC"):
        assert secret not in result.content
    with Image.open(io.BytesIO(result.content)) as after:
        assert not after.getexif()
        assert not {"Comment", "Location", "Software", "Description", "exif", "icc_profile"} & set(after.info)


@pytest.mark.parametrize("lossless", [True, False])
def test_webp_exif_xmp_and_icc_are_stripped(lossless):
    original = encode(
        screenshot("RGBA"),
        "WEBP",
        lossless=lossless,
        exif=gps_exif(),
        xmp=b"<x:xmpmeta>Oudegracht</x:xmpmeta>",
        icc_profile=b"FAKE-ICC-PROFILE" * 8,
    )
    assert {b"EXIF", b"XMP ", b"ICCP"} <= set(webp_chunk_types(original))

    result = sanitise_screenshot(upload(original))

    assert set(webp_chunk_types(result.content)) <= {b"VP8X", b"VP8 ", b"VP8L", b"ALPH"}
    for secret in (CAMERA_MAKE.encode(), b"Oudegracht", b"FAKE-ICC"):
        assert secret not in result.content


def test_exif_orientation_is_applied_and_then_dropped():
    image = Image.new("RGB", (80, 40), "white")
    image.paste((255, 0, 0), (0, 0, 20, 20))  # red block in the stored top-left corner
    exif = Image.Exif()
    exif[TAG_ORIENTATION] = 6  # "rotate 90° clockwise to display"
    original = encode(image, "JPEG", exif=exif)

    result = sanitise_screenshot(upload(original))

    assert (result.width, result.height) == (40, 80)
    with Image.open(io.BytesIO(result.content)) as after:
        assert after.size == (40, 80)
        assert TAG_ORIENTATION not in after.getexif()
        red, green, blue = after.getpixel((35, 5))  # the top-left corner turned into the top-right one
        assert red > 200 and green < 60 and blue < 60
        assert after.getpixel((5, 5)) == pytest.approx((255, 255, 255), abs=10)


# --- the error type --------------------------------------------------------------------------------------------------


def test_rejection_messages_are_translatable_and_interpolated():
    error = rejected(png_claiming(50_000, 50_000))

    assert error.params == {"max": MAX_PIXELS // 1_000_000}
    assert "%(max)s" not in str(error)
    assert "40" in str(error)


def test_allowed_formats():
    assert ALLOWED_FORMATS == {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp"}
