"""The answer to a data subject request (AVG art. 15): everything the product holds about a pseudonym within the
asking coordinator's organisation, and who read it — as one plain structure that the JSON download is and the PDF
prints (docs/subject-export.md describes it field by field).

What is in it comes from the visibility core (``partners.visibility.subject_signals_for`` and its companions): the
signals the organisation OWNS in which a person of that pseudonym appears, with every record the owner reads of them,
the cases and interventions of those signals the organisation sees, the access log (who of the partners read them)
and their history (who changed what, when). Signals partners shared with the organisation are not in it: their owner
is the controller who answers for them.

A fixed number of queries, whatever the number of signals: one per kind of record.
"""

from __future__ import annotations

from itertools import groupby

from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from partners import visibility
from partners.visibility import AccessLevel
from signals import route
from signals.constants import (
    AccessKind,
    ActionStatus,
    CommentPhase,
    Decision,
    LegalGround,
    PersonRole,
    Platform,
    ReceivedVia,
    ShareLevel,
    SignalStatus,
    SourceVisibility,
    Urgency,
)
from signals.models import Comment, DoubleCheck
from signals.presentation import answer_label
from signals.selectors import HISTORY_IGNORED_FIELDS, HISTORY_SOURCES

SCHEMA = "samen-duiden/subject-export"
# Raised when a key is removed or changes meaning; adding a key keeps the version (docs/subject-export.md).
SCHEMA_VERSION = 1

# The records whose history is part of the answer: the signal's own (as on its history page) and the partners'
# comments and checks on it.
SUBJECT_HISTORY_SOURCES = (*HISTORY_SOURCES, (Comment, "signal_id"), (DoubleCheck, "signal_id"))

_HISTORY_CHANGES = {"+": "created", "~": "changed", "-": "removed"}


def pseudonym_reference(*, organisation_id, pseudonym: str) -> str:
    """What the audit log keeps of a request instead of the pseudonym: a keyed hash (HMAC-SHA256 with the
    SECRET_KEY) of the organisation and the pseudonym as matched. Repeated requests of an organisation about one
    person share it; without the key nobody can try names against it, and it says nothing across organisations."""
    normalised = (pseudonym or "").strip().casefold()
    return salted_hmac("privacy.subject", f"{organisation_id}:{normalised}", algorithm="sha256").hexdigest()


def _choice(value, choices) -> dict | None:
    """A coded value: its stable code, and its label in the reader's language."""
    if value in (None, ""):
        return None
    return {"code": value, "label": str(dict(choices.choices).get(value, value))}


def _question(step: int, code: str) -> dict | None:
    """The route question an answer answers (seed 002), or None for a step or code the route no longer has."""
    try:
        return route.questions(step).get(code)
    except IndexError:
        return None


def _access_level(code: str) -> dict:
    """The level at which a reader read a signal: a share level, or ``owner`` (a screenshot download by the owner)."""
    labels = {**dict(ShareLevel.choices), AccessLevel.OWNER.code: _("Own organisation")}
    return {"code": code, "label": str(labels.get(code, code))}


def _name(user) -> str:
    return user.get_full_name() or user.get_username()


class _People:
    """How the answer names professionals: colleagues of the asking organisation by name, anyone else by their
    organisation (source protection, seed 003) — except in the access log, whose readers the owner's coordinator
    sees by name (DOMAIN.md §4)."""

    def __init__(self, user, membership):
        self.organisation = membership.organisation
        self.colleagues = set(visibility.memberships_visible_to(user).values_list("user_id", flat=True))

    def __call__(self, user, organisation=None) -> dict | None:
        if user is None:
            return None
        if user.pk in self.colleagues:
            return {"name": _name(user), "organisation": self.organisation.name}
        return {"name": None, "organisation": organisation.name if organisation is not None else None}

    def of_history(self, user) -> dict | None:
        """A history record's user: their organisation is read from the membership loaded with the record."""
        if user is None:
            return None
        membership = getattr(user, "membership", None)
        return self(user, membership.organisation if membership is not None else None)


def _organisation(organisation) -> dict | None:
    if organisation is None:
        return None
    return {"id": str(organisation.pk), "name": organisation.name}


def _person(person, matched: bool) -> dict:
    return {
        "id": str(person.pk),
        "alias": person.alias,
        "handle": person.handle,
        "role": _choice(person.role, PersonRole),
        "age": person.age,
        "known_how": person.known_how,
        "is_subject": matched,
    }


def _matches(person, pseudonym: str) -> bool:
    """The Python twin of ``visibility.subject_person_q`` (for marking which person of a signal was asked about)."""
    wanted = pseudonym.strip().casefold()
    bare = wanted.lstrip("@").strip()
    handle = (person.handle or "").strip().casefold()
    return person.alias.strip().casefold() == wanted or (bool(bare) and handle.lstrip("@") == bare)


def _history(signal_ids, people: _People) -> dict:
    """{signal id: [entries, oldest first]}: who created, changed or removed which record of each signal, when, and
    which fields changed (not their old values). One query per kind of record."""
    by_signal: dict = {signal_id: [] for signal_id in signal_ids}
    for model, link in SUBJECT_HISTORY_SOURCES:
        records = list(
            model.history.filter(**{f"{link}__in": signal_ids})
            .select_related("history_user__membership__organisation")
            .order_by("id", "history_id")
        )
        for _object_id, versions in groupby(records, key=lambda record: record.id):
            previous = None
            for record in versions:
                changed = []
                if record.history_type == "~" and previous is not None:
                    delta = record.diff_against(previous, excluded_fields=HISTORY_IGNORED_FIELDS)
                    changed = [name for name in delta.changed_fields if name not in HISTORY_IGNORED_FIELDS]
                by_signal[getattr(record, link)].append(
                    {
                        "at": record.history_date,
                        "who": people.of_history(record.history_user),
                        "record": model._meta.model_name,
                        "record_label": str(model._meta.verbose_name),
                        "record_id": str(record.id),
                        "change": _HISTORY_CHANGES.get(record.history_type, record.history_type),
                        "changed_fields": changed,
                        "changed_labels": [str(model._meta.get_field(name).verbose_name) for name in changed],
                        "_order": record.history_id,
                    }
                )
                previous = record
    for entries in by_signal.values():
        entries.sort(key=lambda entry: (entry["at"], entry["_order"]))
        for entry in entries:
            del entry["_order"]
    return by_signal


def _signal(signal, *, pseudonym, people, access_log, history, case_links, interventions) -> dict:
    # Every text of an own signal is read as written (owner level: intervention_texts gives them whole).
    return {
        "id": str(signal.pk),
        "created_at": signal.created_at,
        "updated_at": signal.updated_at,
        "logged_by": people(signal.created_by, signal.owner_organisation),
        "status": _choice(signal.status, SignalStatus),
        "step": signal.step,
        "is_practice": signal.is_practice,
        "urgency": _choice(signal.urgency, Urgency),
        "is_acute": signal.is_acute,
        "acute_handled_at": signal.acute_handled_at,
        "phenomenon": {"code": signal.phenomenon.code, "label": signal.phenomenon.name} if signal.phenomenon else None,
        "platform": _choice(signal.platform, Platform),
        "visibility": _choice(signal.visibility, SourceVisibility),
        "observed_at": signal.observed_at,
        "received_via": _choice(signal.received_via, ReceivedVia),
        "message_text": signal.message_text,
        "message_text_for_partners": signal.message_text_for_partners,
        "sharing_summary": signal.sharing_summary,
        "reach": signal.reach,
        "location_mentioned": signal.location_mentioned,
        "time_mentioned": signal.time_mentioned,
        "investigation_order_reference": signal.investigation_order_reference,
        "closed_reason": signal.closed_reason,
        "persons": [_person(person, _matches(person, pseudonym)) for person in signal.persons.all()],
        "step_answers": [
            {
                "step": answer.step,
                "question": answer.question,
                "question_text": (_question(answer.step, answer.question) or {}).get("text", ""),
                "answer": answer.answer,
                "answer_label": str(answer_label(_question(answer.step, answer.question), answer.answer)),
                "text": answer.text,
                "answered_by": people(answer.updated_by, signal.owner_organisation),
                "updated_at": answer.updated_at,
            }
            for answer in signal.answers.all()
        ],
        "decisions": [
            {
                "step": decision.step,
                "decision": _choice(decision.decision, Decision),
                "reason": decision.reason,
                "decided_by": people(decision.decided_by, signal.owner_organisation),
                "decided_at": decision.decided_at,
            }
            for decision in signal.decisions.all()
        ],
        "reviews": [
            {
                "reviewer": people(review.reviewer, signal.owner_organisation),
                "agrees": review.agrees,
                "different_reading": review.different_reading,
                "created_at": review.created_at,
            }
            for review in signal.reviews.all()
        ],
        "comments": [
            {
                "id": str(comment.pk),
                "reply_to": str(comment.parent_id) if comment.parent_id else None,
                "author": people(comment.author, comment.organisation),
                "phase": _choice(comment.phase, CommentPhase),
                "readable_from_level": _choice(comment.level, ShareLevel),
                "text": comment.text,
                "created_at": comment.created_at,
            }
            for comment in signal.comments.all()
        ],
        "double_checks": [
            {
                "step": check.step,
                "checked_by": people(check.author, check.organisation),
                "agrees": check.agrees,
                "reading": check.reading,
                "created_at": check.created_at,
            }
            for check in signal.double_checks.all()
        ],
        "actions": [
            {
                "id": str(action.pk),
                "kind": action.kind,
                "description": action.description,
                "executing_organisation": _organisation(action.executing_organisation),
                "executing_person": action.executing_person,
                "due_date": action.due_date,
                "status": _choice(action.status, ActionStatus),
                "proposed_by": _organisation(action.proposed_by_organisation),
                "evaluation": action.evaluation,
                "created_by": people(action.created_by, action.proposed_by_organisation),
                "created_at": action.created_at,
            }
            for action in signal.actions.all()
        ],
        # Listed, not included: the images themselves stay in the product (an export holds no screenshots).
        "attachments": [
            {
                "id": str(attachment.pk),
                "original_name": attachment.original_name,
                "content_type": attachment.content_type,
                "size_bytes": attachment.original_size,
                "width": attachment.width,
                "height": attachment.height,
                "original_sha256": attachment.original_sha256,
                "uploaded_by": people(attachment.uploaded_by, signal.owner_organisation),
                "created_at": attachment.created_at,
            }
            for attachment in signal.attachments.all()
        ],
        "shares": [
            {
                "id": str(share.pk),
                "organisation": _organisation(share.organisation),
                "level": _choice(share.level, ShareLevel),
                "purpose": share.purpose,
                "legal_ground": _choice(share.legal_ground, LegalGround),
                "justification": share.justification,
                "special_categories": share.special_categories,
                "shared_by": people(share.created_by, signal.owner_organisation),
                "shared_at": share.created_at,
                "expires_at": share.expires_at,
                "revoked_at": share.revoked_at,
                "revoked_by": people(share.revoked_by, signal.owner_organisation),
                "state": share.state,
            }
            for share in signal.shares.all()
        ],
        "monitoring_warnings": [
            {
                "alias": warning.alias,
                "signal_count": warning.signal_count,
                "shown_to": people(warning.shown_to, signal.owner_organisation),
                "created_at": warning.created_at,
            }
            for warning in signal.monitoring_warnings.all()
        ],
        "cases": [str(link.case_id) for link in case_links],
        "interventions": [_intervention(item, signal, people) for item in interventions],
        "access_log": [
            {
                "at": entry.at,
                "who": {"name": _name(entry.user), "organisation": entry.organisation.name},
                "level": _access_level(entry.level),
                "kind": _choice(entry.kind, AccessKind),
                "object_id": entry.object_id,
            }
            for entry in access_log
        ],
        "history": history,
    }


def _intervention(intervention, signal, people) -> dict:
    from interventions.constants import InterventionStatus, Phase, Target

    texts = visibility.intervention_texts(intervention, signal)
    return {
        "id": str(intervention.pk),
        "title": texts["title"],
        "phase": _choice(intervention.phase, Phase),
        "from_matrix": intervention.intervention_type.title if intervention.intervention_type else None,
        "executing_organisation": _organisation(intervention.executing_organisation),
        "executing_person": people(intervention.executing_person, intervention.executing_organisation),
        "goal": texts["goal"],
        "target": _choice(intervention.target, Target),
        "planned_date": intervention.planned_date,
        "status": _choice(intervention.status, InterventionStatus),
        "outcome": texts["outcome"],
        "effect": texts["effect"],
        "created_by": people(intervention.created_by, intervention.created_by_organisation),
        "created_at": intervention.created_at,
    }


def subject_export(*, user, pseudonym: str) -> dict:
    """The answer to a data subject request about ``pseudonym``, made for ``user``, a coordinator (team lead) of an
    organisation (``visibility.can_answer_subject_requests``); ValueError for anyone else."""
    from interventions.constants import Phase

    if not visibility.can_answer_subject_requests(user):
        raise ValueError("only an organisation's coordinator answers data subject requests")
    membership = visibility.membership_of(user)
    organisation = membership.organisation
    pseudonym = pseudonym.strip()
    people = _People(user, membership)
    signals = list(visibility.subject_signals_for(user, pseudonym))
    signal_ids = [signal.pk for signal in signals]

    access_log: dict = {signal_id: [] for signal_id in signal_ids}
    for entry in visibility.subject_access_log_for(user, signals):
        access_log[entry.signal_id].append(entry)
    links: dict = {signal_id: [] for signal_id in signal_ids}
    cases: dict = {}
    for link in visibility.subject_case_links_for(user, signals):
        links[link.signal_id].append(link)
        cases.setdefault(link.case_id, {"case": link.case, "signal_ids": []})["signal_ids"].append(str(link.signal_id))
    on_signal: dict = {signal_id: [] for signal_id in signal_ids}
    on_case: dict = {case_id: [] for case_id in cases}
    for intervention in visibility.subject_interventions_for(user, signals, cases.keys()):
        if intervention.signal_id is not None:
            on_signal[intervention.signal_id].append(intervention)
        else:
            on_case[intervention.case_id].append(intervention)
    history = _history(signal_ids, people) if signal_ids else {}

    signal_rows = [
        _signal(
            signal,
            pseudonym=pseudonym,
            people=people,
            access_log=access_log[signal.pk],
            history=history[signal.pk],
            case_links=links[signal.pk],
            interventions=on_signal[signal.pk],
        )
        for signal in signals
    ]
    case_rows = [
        {
            "id": str(case_id),
            "title": item["case"].title,
            "description": item["case"].description,
            "phase": _choice(item["case"].phase, Phase),
            "lead_organisation": _organisation(item["case"].lead_organisation),
            "signals": item["signal_ids"],
            "interventions": [_intervention(intervention, None, people) for intervention in on_case[case_id]],
        }
        for case_id, item in cases.items()
    ]
    persons = [person for row in signal_rows for person in row["persons"] if person["is_subject"]]
    return {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "generated_at": timezone.now(),
        "generated_by": {"name": _name(user), "organisation": organisation.name},
        "organisation": {
            "id": str(organisation.pk),
            "name": organisation.name,
            "network": organisation.network.name,
        },
        "request": {
            "pseudonym": pseudonym,
            "matched_on": "alias or account name (handle), exact, case-insensitive",
            "scope": "signals owned by the organisation",
        },
        "counts": {
            "signals": len(signal_rows),
            "persons": len(persons),
            "shares": sum(len(row["shares"]) for row in signal_rows),
            "comments": sum(len(row["comments"]) for row in signal_rows),
            "actions": sum(len(row["actions"]) for row in signal_rows),
            "attachments": sum(len(row["attachments"]) for row in signal_rows),
            "cases": len(case_rows),
            "interventions": sum(len(row["interventions"]) for row in signal_rows)
            + sum(len(row["interventions"]) for row in case_rows),
            "access_log_entries": sum(len(row["access_log"]) for row in signal_rows),
            "history_entries": sum(len(row["history"]) for row in signal_rows),
        },
        "persons": persons,
        "signals": signal_rows,
        "cases": case_rows,
    }
