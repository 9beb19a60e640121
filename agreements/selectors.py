"""Reads of the afsprakenkaart: the table of a version, the comparison of two versions, progress, and what a network
agreed for a step of the route. Which cards a user sees is decided in partners/visibility.py."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import mark_safe

from partners import visibility

from .constants import QUESTION_FIELDS, QUESTION_LABELS, ROUTE_STEP_QUESTIONS, CardStatus
from .models import AgreementCard, CardColumn
from .services import column_order


def columns_of(card: AgreementCard) -> list[CardColumn]:
    """The card's columns in the order of the routekaart (jongerenwerk, politie, gemeente, ...): one query."""
    columns = list(card.columns.select_related("organisation"))
    return sorted(columns, key=lambda column: column_order(column.organisation))


def card_rows(columns: list[CardColumn]) -> list[dict]:
    """The four questions as rows, each with every column's answer (``cells``: column and text)."""
    return [
        {
            "field": name,
            "label": QUESTION_LABELS[name],
            "cells": [{"column": column, "text": getattr(column, name)} for column in columns],
        }
        for name in QUESTION_FIELDS
    ]


@dataclass
class Progress:
    columns: int = 0
    complete: int = 0
    agreed: int = 0

    @property
    def all_complete(self) -> bool:
        return self.columns > 0 and self.complete == self.columns

    @property
    def all_agreed(self) -> bool:
        return self.columns > 0 and self.agreed == self.columns


def progress(columns: list[CardColumn]) -> Progress:
    result = Progress(columns=len(columns))
    for column in columns:
        if column.filled == len(QUESTION_FIELDS):
            result.complete += 1
        if column.agreed_at:
            result.agreed += 1
    return result


_TOKEN = re.compile(r"\s+|[^\s]+")


def word_diff(old: str, new: str) -> str:
    """``new`` as HTML with the words added marked <ins> and those removed <del> (both escaped)."""
    old_words, new_words = _TOKEN.findall(old or ""), _TOKEN.findall(new or "")
    parts = []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            parts.append(escape("".join(new_words[j1:j2])))
            continue
        if tag in ("replace", "delete"):
            parts.append(f"<del>{escape(''.join(old_words[i1:i2]))}</del>")
        if tag == "replace":
            parts.append(" ")
        if tag in ("replace", "insert"):
            parts.append(f"<ins>{escape(''.join(new_words[j1:j2]))}</ins>")
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text is escaped above


REWRITTEN_BELOW = 0.5


def similarity(old: str, new: str) -> float:
    """How much of the words two answers share (0: nothing, 1: the same)."""
    return difflib.SequenceMatcher(a=_TOKEN.findall(old), b=_TOKEN.findall(new), autojunk=False).ratio()


def compare(old: AgreementCard, new: AgreementCard) -> dict:
    """Two versions side by side: per question and organisation the old and new answer, whether it changed and the
    changes marked; organisations present in only one version are marked added or left out."""
    old_columns = {column.organisation_id: column for column in columns_of(old)}
    new_columns = {column.organisation_id: column for column in columns_of(new)}
    organisations = {c.organisation_id: c.organisation for c in [*old_columns.values(), *new_columns.values()]}
    ordered = sorted(organisations.values(), key=column_order)
    headers = [
        {
            "organisation": organisation,
            "added": organisation.pk not in old_columns,
            "removed": organisation.pk not in new_columns,
        }
        for organisation in ordered
    ]
    rows = []
    changes = 0
    for name in QUESTION_FIELDS:
        cells = []
        for organisation in ordered:
            before = getattr(old_columns[organisation.pk], name) if organisation.pk in old_columns else ""
            after = getattr(new_columns[organisation.pk], name) if organisation.pk in new_columns else ""
            changed = before.strip() != after.strip()
            changes += changed
            # A rewritten answer reads better as two blocks than as alternating struck and added words.
            rewritten = changed and bool(before.strip()) and similarity(before, after) < REWRITTEN_BELOW
            cells.append(
                {
                    "organisation": organisation,
                    "old": before,
                    "new": after,
                    "changed": changed,
                    "rewritten": rewritten,
                    "diff": word_diff(before, after),
                }
            )
        rows.append({"field": name, "label": QUESTION_LABELS[name], "cells": cells})
    return {"headers": headers, "rows": rows, "changes": changes}


def agreed_for_step(user, step: int) -> dict | None:
    """What the user's network agreed for route step 3 (involving partners) or 4 (intervening): the adopted card's
    rows for that step, the user's own organisation first, then the other partners' expectations. Two queries."""
    questions = ROUTE_STEP_QUESTIONS.get(step)
    if not questions:
        return None
    card = visibility.adopted_agreement_card(user)
    if card is None:
        return None
    membership = visibility.membership_of(user)
    columns = columns_of(card)
    own = next((c for c in columns if c.organisation_id == membership.organisation_id), None)
    others = [c for c in columns if c.organisation_id != membership.organisation_id]
    return {
        "card": card,
        "own_organisation": membership.organisation,
        "questions": [
            {
                "label": QUESTION_LABELS[name],
                "own": getattr(own, name) if own else None,
                "others": [(c.organisation, getattr(c, name)) for c in others],
            }
            for name in questions
        ],
    }


def versions(user) -> list[AgreementCard]:
    return list(visibility.agreement_cards_visible_to(user).order_by("-version"))


def open_version(cards: list[AgreementCard]) -> AgreementCard | None:
    return next((card for card in cards if card.status != CardStatus.VASTGESTELD), None)


def adopted_version(cards: list[AgreementCard]) -> AgreementCard | None:
    return next((card for card in cards if card.status == CardStatus.VASTGESTELD), None)
