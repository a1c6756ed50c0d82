"""`DetailPane`: the read-only side of master and detail, until the editors come.

The tabs build small HTML documents with the helpers here; every value is
escaped, colours come from the palette.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def paragraphs(text: str) -> str:
    """Plain text as escaped paragraphs, line breaks kept."""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return "".join(f"<p>{esc(b).replace(chr(10), '<br>')}</p>" for b in blocks)


class DetailPane(QTextBrowser):
    """Shows one record as a short document, or a hint when nothing is selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        # What a screen reader says on Tab; a view with a more precise name sets its own.
        self.setAccessibleName(self.tr("Details of the selected item"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenLinks(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.document().setDocumentMargin(18)

    def muted(self) -> str:
        return self.palette().color(QPalette.ColorRole.PlaceholderText).name()

    def show_placeholder(self, text: str) -> None:
        self.setHtml(
            f'<p align="center" style="color:{self.muted()}; margin-top:40px">{esc(text)}</p>'
        )

    def show_document(
        self,
        title: str,
        subtitle: str = "",
        facts: Iterable[tuple[str, str]] = (),
        sections: Iterable[tuple[str, str]] = (),
    ) -> None:
        """A heading, a muted subtitle, label and value facts, then titled sections.

        `title`, `subtitle` and fact labels and values are plain text; section
        bodies are HTML built with `esc` and `paragraphs`.
        """
        muted = self.muted()
        parts = [f'<h2 style="margin-bottom:2px">{esc(title)}</h2>']
        if subtitle:
            parts.append(f'<p style="color:{muted}; margin-top:0">{esc(subtitle)}</p>')
        rows = [
            f'<tr><td style="color:{muted}; padding:3px 16px 3px 0">{esc(label)}</td>'
            f'<td style="padding:3px 0">{esc(value).replace(chr(10), "<br>")}</td></tr>'
            for label, value in facts
            if value
        ]
        if rows:
            parts.append(f'<table cellspacing="0" style="margin-top:10px">{"".join(rows)}</table>')
        for heading, body in sections:
            if body:
                parts.append(
                    f'<h4 style="margin-top:18px; margin-bottom:4px">{esc(heading)}</h4>{body}'
                )
        self.setHtml("".join(parts))
