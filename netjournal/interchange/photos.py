"""A contact's photo from a file, made a small thumbnail the journal stores.

Only QtGui's `QImage` and `QImageReader` (no widgets, no QApplication needed). The
thumbnail (`encoded_thumbnail`: at most `PHOTO_STORED_PX` on its longest side, PNG, or
JPEG when the PNG would be over `PHOTO_PNG_MAX_BYTES`) is the one the person editor
stores too; a file's photo is reached without decoding more than it must. A hostile
photo is refused before it costs memory:

- more than `MAX_PHOTO_BYTES` of encoded data is not looked at;
- the reader's header gives the size before any pixel is decoded; an image whose
  decoding would need more than `MAX_DECODED_PIXELS` is refused (a decompression
  bomb: a tiny PNG claiming 100,000 by 100,000 pixels). A JPEG is decoded already
  scaled down (`setScaledSize`: libjpeg decodes at 1/8 of the size at least), so a
  large photograph costs little;
- only JPEG, PNG, GIF, BMP and WebP are read (not SVG, whose rendering is a program).

Every photo is decoded and encoded again, so what is stored is what Qt wrote:
no metadata of the original (a phone's GPS position) is kept.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageIOHandler, QImageReader, QPainter

from netjournal.errors import QT_TRANSLATE_NOOP, NetJournalError

# The stored photo: the person editor and the importers both make it here.
PHOTO_STORED_PX = 256
PHOTO_PNG_MAX_BYTES = 200 * 1024
PHOTO_JPEG_QUALITY = 85

MAX_PHOTO_BYTES = 20 * 1024 * 1024
# 24 million pixels: 96 MB at 4 bytes a pixel, 192 MB for a 16-bit PNG (8 bytes),
# below Qt's own allocation limit (256 MB), which would refuse with a warning.
MAX_DECODED_PIXELS = 24_000_000
READABLE_FORMATS = frozenset({"jpeg", "png", "gif", "bmp", "webp"})
# libjpeg decodes at 1/8 of the size at the least; Qt's JPEG reader uses it for setScaledSize.
_JPEG_MIN_SCALE = 8


class PhotoRefused(NetJournalError):
    """The photo was not taken; the message says why, in words."""


def thumbnail(data: bytes) -> bytes:
    """The image in `data` as a small PNG or JPEG, or `PhotoRefused`."""
    if not data:
        raise PhotoRefused.of(QT_TRANSLATE_NOOP("Validation", "The photo is empty."))
    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoRefused.of(
            QT_TRANSLATE_NOOP(
                "Validation", "The photo is too large: {size_mb:,.1f} MB, at most {limit_mb} MB."
            ),
            size_mb=len(data) / (1024 * 1024),
            limit_mb=MAX_PHOTO_BYTES // (1024 * 1024),
        )
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    kind = bytes(reader.format().data()).decode("ascii", "replace").lower()
    if not kind:
        raise PhotoRefused.of(
            QT_TRANSLATE_NOOP("Validation", "The photo is not an image NetJournal can read.")
        )
    if kind not in READABLE_FORMATS:
        raise PhotoRefused.of(
            QT_TRANSLATE_NOOP(
                "Validation",
                "The photo is a {value} image; NetJournal reads JPEG, PNG, GIF, BMP and WebP "
                "photos.",
            ),
            value=kind.upper(),
        )
    size = reader.size()
    width, height = size.width(), size.height()
    if width <= 0 or height <= 0:
        raise PhotoRefused.of(
            QT_TRANSLATE_NOOP("Validation", "The photo does not say its size; it is not read.")
        )
    target = _fitted(width, height)
    scaled_on_reading = (
        target != (width, height)
        and kind == "jpeg"
        and reader.supportsOption(QImageIOHandler.ImageOption.ScaledSize)
    )
    decoded = width * height
    if scaled_on_reading:
        decoded = -(-width // _JPEG_MIN_SCALE) * -(-height // _JPEG_MIN_SCALE)
    if decoded > MAX_DECODED_PIXELS:
        raise PhotoRefused.of(
            QT_TRANSLATE_NOOP(
                "Validation",
                "The photo is too large: {width:,} × {height:,} pixels; it is not decoded.",
            ),
            width=width,
            height=height,
        )
    if scaled_on_reading:
        reader.setScaledSize(QSize(*target))
    image = reader.read()
    buffer.close()
    if image.isNull():
        raise PhotoRefused.of(
            QT_TRANSLATE_NOOP("Validation", "The photo could not be decoded ({value})."),
            value=reader.errorString(),
        )
    return encoded_thumbnail(image)


def encoded_thumbnail(image: QImage) -> bytes:
    """`image` at most `PHOTO_STORED_PX` on its longest side, as PNG, or JPEG when the
    PNG would be over `PHOTO_PNG_MAX_BYTES`."""
    if max(image.width(), image.height()) > PHOTO_STORED_PX:
        image = image.scaled(
            PHOTO_STORED_PX,
            PHOTO_STORED_PX,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = _encode(image, "PNG", -1)
    if len(data) > PHOTO_PNG_MAX_BYTES:
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(QColor("white"))  # JPEG has no transparency
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        data = _encode(flat, "JPEG", PHOTO_JPEG_QUALITY)
    return data


def _fitted(width: int, height: int) -> tuple[int, int]:
    """The size within a square of `PHOTO_STORED_PX`, aspect ratio kept."""
    longest = max(width, height)
    if longest <= PHOTO_STORED_PX:
        return width, height
    scale = PHOTO_STORED_PX / longest
    return max(1, round(width * scale)), max(1, round(height * scale))


def _encode(image: QImage, kind: str, quality: int) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, kind, quality)
    buffer.close()
    return bytes(array.data())
