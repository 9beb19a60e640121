"""A signal as a reader at one access level sees it: the one context builder behind
``templates/signals/partials/_redacted_signal.html``.

The partner's signal page (``partner_views.shared_detail``) and the owner's preview on the share page
(``share_views``) both render the signal body from :func:`redacted_signal_context` and that partial, so the preview
shows exactly what the receiver will see. What a level may read is decided by ``partners.visibility`` alone
(``redact_signal``, ``text_at_level``, ``steps_readable_at``); this module only labels it for the page."""

from __future__ import annotations

import copy

from django.utils.translation import gettext_lazy

from partners import visibility
from partners.visibility import AccessLevel

from . import route
from .constants import Answer, Platform, ReceivedVia, SignalStatus, SourceVisibility, Urgency
from .models import Signal, StepAnswer

# The choice fields a redacted signal holds as raw values (it has no ``get_*_display``), with their labels.
CHOICE_LABELS = {
    "platform": Platform,
    "visibility": SourceVisibility,
    "urgency": Urgency,
    "status": SignalStatus,
    "received_via": ReceivedVia,
}
# Public or closed in one word, for tables (the full labels explain themselves on the signal page).
VISIBILITY_SHORT = {
    SourceVisibility.PUBLIC: gettext_lazy("public"),
    SourceVisibility.CLOSED: gettext_lazy("closed"),
}
REACH_FIELDS = ("reach_followers", "reach_views", "reach_likes", "reach_reposts", "reach_comments")


class Holds:
    """``{% if shown.has.message_text %}``: does the redacted signal hold a field? Templates cannot call
    ``has('x')``."""

    def __init__(self, redacted: visibility.RedactedSignal):
        self._redacted = redacted

    def __getitem__(self, name: str) -> bool:
        return self._redacted.has(name)


def choice_labels(redacted: visibility.RedactedSignal) -> dict:
    """Labels of the choice fields the redacted signal holds, plus ``visibility_short`` and the ``step`` title."""
    labels = {}
    for name, choices in CHOICE_LABELS.items():
        value = getattr(redacted, name) if redacted.has(name) else None
        if value:
            try:
                labels[name] = choices(value).label
            except ValueError:
                labels[name] = value
    if labels.get("visibility"):
        labels["visibility_short"] = VISIBILITY_SHORT.get(redacted.visibility, labels["visibility"])
    if redacted.has("step") and redacted.step in route.STEP_NUMBERS:
        labels["step"] = route.step(redacted.step)["title"]
    return labels


def answer_label(question: dict | None, value: str) -> str:
    """A route answer in words: a yes/no or a choice's label, in the reader's language; the code where none fits."""
    if not value or question is None:
        return value
    if question["answer"] == "yes_no":
        try:
            return Answer(value).label
        except ValueError:
            return value
    return dict(question.get("choices", ())).get(value, value)


def _stored_answers(signal: Signal, steps: frozenset[int]) -> list[StepAnswer]:
    """The signal's answers of ``steps`` in the order they were given: from ``signal.answers`` when it was
    prefetched (the owner's route selector does), else one query for just those steps."""
    if "answers" in getattr(signal, "_prefetched_objects_cache", {}):
        answers = [answer for answer in signal.answers.all() if answer.step in steps]
        return sorted(answers, key=lambda answer: answer.pk)
    return list(StepAnswer.objects.filter(signal_id=signal.pk, step__in=steps).order_by("pk"))


def answer_steps(signal: Signal, level: AccessLevel | int) -> list[dict]:
    """The owner's answers of the route steps a reader at ``level`` may read (``visibility.steps_readable_at``), in
    the route's order, with the question texts and answer labels; free text as that level may read it
    (``visibility.text_at_level``: names and handles left out below full level). Every readable step is listed,
    also one without answers. Reads ``signal.persons`` (prefetch it)."""
    steps = visibility.steps_readable_at(level)
    if not steps:
        return []
    stored: dict[int, dict[str, StepAnswer]] = {}
    for answer in _stored_answers(signal, steps):
        stored.setdefault(answer.step, {})[answer.question] = answer
    result = []
    for number in sorted(steps):
        given = stored.get(number, {})
        questions = route.questions(number)
        codes = [code for code in questions if code in given] + [code for code in given if code not in questions]
        items = []
        for code in codes:
            answer, question = given[code], questions.get(code)
            if not (answer.answer or answer.text):
                continue
            items.append(
                {
                    "question": question["text"] if question else code,
                    "answer": answer_label(question, answer.answer),
                    "text": visibility.text_at_level(answer.text, signal, level),
                }
            )
        result.append({"number": number, "title": route.step(number)["title"], "answers": items})
    return result


def redacted_signal_context(
    signal: Signal,
    level: AccessLevel | int,
    *,
    sharing_summary: str | None = None,
    message_text_for_partners: str | None = None,
    heading_level: int = 2,
) -> dict:
    """Everything ``signals/partials/_redacted_signal.html`` shows of ``signal`` for a reader at ``level``, built
    by ``visibility.redact_signal``: put it in the page context as ``shown``.

    ``signal`` comes from ``visibility.get_signal_for_user`` or the owner's route selector (it carries
    ``access_level``; ``level`` may not exceed it) with ``phenomenon`` and ``owner_organisation`` selected. The
    related records redaction reads are prefetched here unless they already were; the answers come from a
    prefetched ``signal.answers`` or one query. ``sharing_summary`` and ``message_text_for_partners`` replace the
    stored texts in an unsaved copy (the owner's preview of what is typed in the share form); nothing is saved.
    ``heading_level`` is the level of the partial's section headings (2 on the partner's page, 3 in the preview
    under its own h2); the step titles of the answers are one level lower."""
    level = AccessLevel(level)
    if not AccessLevel.SUMMARY <= level <= AccessLevel(getattr(signal, "access_level", AccessLevel.NONE)):
        raise ValueError(f"cannot show a signal at {level!r} to a caller who reads it at a lower level")
    visibility.prefetch_for_redaction([signal])
    if sharing_summary is not None or message_text_for_partners is not None:
        signal = copy.copy(signal)
        if sharing_summary is not None:
            signal.sharing_summary = sharing_summary.strip()
        if message_text_for_partners is not None:
            signal.message_text_for_partners = message_text_for_partners.strip()
    redacted = visibility.redact_signal(signal, level)
    reach = [
        (Signal._meta.get_field(field).verbose_name, getattr(redacted, field))
        for field in REACH_FIELDS
        if redacted.has(field) and getattr(redacted, field) is not None
    ]
    return {
        "signal": redacted,
        "level": level,
        "has": Holds(redacted),
        "labels": choice_labels(redacted),
        "reach": reach,
        "answer_steps": answer_steps(signal, level),
        "names_left_out": level == AccessLevel.FACTS,
        "heading_level": heading_level,
        "subheading_level": heading_level + 1,
    }
