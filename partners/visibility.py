"""The visibility core: the one place that decides what a user may see, and at which level (DOMAIN.md §4).

Every page, API response, export, PDF, count, search and notification asks this module. Nothing else filters
by organisation or network, and templates never decide what to hide.

The rules:

* A user sees only their own network: its organisations, and nothing of any other network.
* Individual professionals are visible only to colleagues of the same organisation. Partners see organisations,
  never the person who reported (source protection, seed 003).
* A signal is seen by the members of its owner organisation, and by organisations it was shared with, at the
  level of that share. A share grants the receiving organisation's group one permission codename per level, kept
  in django-guardian's direct-foreign-key table (SignalGroupObjectPermission). Lists filter with one ``Exists()``
  over those rows, never with a permission check per row or guardian's ``get_objects_for_user`` shortcut
  (docs/adr/0002-visibility-core.md).
* Platform staff (superusers) administer in the admin but read no case content in the UI: without a membership
  they see nothing here.
* Missing and forbidden look the same: ``Http404``.
"""

from __future__ import annotations

import enum
import re
from typing import TYPE_CHECKING
from uuid import UUID

from django.contrib.postgres.aggregates import StringAgg
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.db import connection
from django.db.models import (
    BooleanField,
    Case,
    CharField,
    Exists,
    F,
    Func,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    TextField,
    Value,
    When,
)
from django.db.models.functions import Coalesce, Length, Trim
from django.db.models.lookups import GreaterThanOrEqual
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _
from guardian.utils import get_group_obj_perms_model

from .constants import PartnerType
from .models import Membership, Organisation

if TYPE_CHECKING:
    from signals.models import Signal

    from .models import User


class AccessLevel(enum.IntEnum):
    """How much of a signal a caller sees. Ordered: a higher level includes everything of the lower ones."""

    NONE = 0
    SUMMARY = 1
    FACTS = 2
    FULL = 3
    OWNER = 4

    @property
    def code(self) -> str:
        return self.name.lower()

    @classmethod
    def from_code(cls, code: str) -> AccessLevel:
        return cls[code.upper()]


# The codename a share at each level grants to the receiving organisation's group.
SHARE_PERMISSION_CODENAMES: dict[AccessLevel, str] = {
    AccessLevel.SUMMARY: "view_signal_summary",
    AccessLevel.FACTS: "view_signal_facts",
    AccessLevel.FULL: "view_signal_full",
}

# What each level may read of a signal (DOMAIN.md §4, API.md). Fields not listed are never shown below owner.
# summary: the owner's sharing summary and the facts about the message that carry no personal data.
_SUMMARY_FIELDS = frozenset(
    {
        "id",
        "owner_organisation",
        "sharing_summary",
        "phenomenon",
        "platform",
        "visibility",
        "reach",
        "reach_followers",
        "reach_views",
        "reach_likes",
        "reach_reposts",
        "reach_comments",
        "urgency",
        "is_acute",
        "acute_handled_at",
        "observed_at",
        "step",
        "status",
        "created_at",
        "updated_at",
    }
)
# facts: plus the message text, the time and place it mentions and the answers of steps 1-2 (no persons, handles,
# names or screenshots).
_FACTS_FIELDS = _SUMMARY_FIELDS | {"message_text", "location_mentioned", "time_mentioned", "received_via"}
# full: plus persons involved, handles, screenshots.
_FULL_FIELDS = _FACTS_FIELDS | {"persons", "attachments"}
# owner: everything, including who logged it (source protection: never shown to partners) and police references.
_OWNER_FIELDS = _FULL_FIELDS | {
    "created_by",
    "investigation_order_reference",
    "closed_reason",
    "is_practice",
    "message_text_for_partners",
}
SIGNAL_FIELDS_BY_LEVEL: dict[AccessLevel, frozenset[str]] = {
    AccessLevel.SUMMARY: _SUMMARY_FIELDS,
    AccessLevel.FACTS: frozenset(_FACTS_FIELDS),
    AccessLevel.FULL: frozenset(_FULL_FIELDS),
    AccessLevel.OWNER: frozenset(_OWNER_FIELDS),
}
# Route steps whose answers a level may read.
STEPS_BY_LEVEL: dict[AccessLevel, frozenset[int]] = {
    AccessLevel.NONE: frozenset(),
    AccessLevel.SUMMARY: frozenset(),
    AccessLevel.FACTS: frozenset({1, 2}),
    AccessLevel.FULL: frozenset({1, 2}),
    AccessLevel.OWNER: frozenset({1, 2, 3, 4, 5}),
}


# --- who is asking -------------------------------------------------------------------------------------------

_MEMBERSHIP_CACHE_ATTR = "_visibility_membership"


def membership_of(user: User | None) -> Membership | None:
    """The user's membership with organisation and network, fetched once per user object (i.e. per request)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    if not hasattr(user, _MEMBERSHIP_CACHE_ATTR):
        membership = Membership.objects.select_related("organisation__network", "user").filter(user_id=user.pk).first()
        setattr(user, _MEMBERSHIP_CACHE_ATTR, membership)
    return getattr(user, _MEMBERSHIP_CACHE_ATTR)


def remember_membership(user: User) -> None:
    """Keep the membership that was loaded with ``user`` (``select_related("membership__organisation__network")``,
    partners/authentication.py) as the one ``membership_of`` answers for this user object."""
    try:
        membership = user.membership
    except Membership.DoesNotExist:
        membership = None
    setattr(user, _MEMBERSHIP_CACHE_ATTR, membership)


def forget_membership(user: User) -> None:
    """Drop the cached membership, after a service changed it."""
    if hasattr(user, _MEMBERSHIP_CACHE_ATTR):
        delattr(user, _MEMBERSHIP_CACHE_ATTR)


# --- organisations and people --------------------------------------------------------------------------------


def organisations_visible_to(user: User) -> QuerySet[Organisation]:
    """The organisations of the user's own network; none for a user without a membership."""
    membership = membership_of(user)
    if membership is None:
        return Organisation.objects.none()
    return Organisation.objects.filter(network_id=membership.organisation.network_id).select_related("network")


def get_organisation_for_user(user: User, organisation_id: UUID | str) -> Organisation:
    """One organisation of the user's network, or Http404 (also for one of another network)."""
    try:
        return organisations_visible_to(user).get(pk=organisation_id)
    except (Organisation.DoesNotExist, ValidationError, ValueError) as exc:
        raise Http404 from exc


def memberships_visible_to(user: User) -> QuerySet[Membership]:
    """Colleagues: the members of the user's own organisation. Partners never see each other's professionals."""
    membership = membership_of(user)
    if membership is None:
        return Membership.objects.none()
    return Membership.objects.filter(organisation_id=membership.organisation_id).select_related("user", "organisation")


# --- signals -------------------------------------------------------------------------------------------------


# The ids of the share levels' permission rows: {codename: id}. Read once per process; forgotten and read again after
# every migrate and flush (``remember_share_permissions``, connected in partners/apps.py), so a test database that
# made its permissions anew is never asked with old ids.
_SHARE_PERMISSION_IDS: dict[str, int] = {}


def share_permission_ids() -> dict[str, int]:
    """{codename: permission id} of the three share levels. The grant filters compare ``permission_id`` with these
    literal ids instead of joining ``auth_permission`` by codename: through the join PostgreSQL cannot tell how many
    signals an organisation's grants keep, guessed a few dozen where there were 15,000, and sorted them all to show
    one page (docs/benchmarks.md); with the ids it walks the worklist's index and stops after the page."""
    if len(_SHARE_PERMISSION_IDS) != len(SHARE_PERMISSION_CODENAMES):
        _read_share_permission_ids()
    if len(_SHARE_PERMISSION_IDS) != len(SHARE_PERMISSION_CODENAMES):
        raise ImproperlyConfigured("the share permissions of signals are missing: run the migrations")
    return _SHARE_PERMISSION_IDS


def _read_share_permission_ids(using: str = "default") -> None:
    """Read the ids into the cache, if all three permission rows exist (by the end of a migrate they do)."""
    from django.contrib.auth.models import Permission

    ids = dict(
        Permission.objects.using(using)
        .filter(content_type__app_label="signals", codename__in=SHARE_PERMISSION_CODENAMES.values())
        .values_list("codename", "id")
    )
    _SHARE_PERMISSION_IDS.clear()
    if len(ids) == len(SHARE_PERMISSION_CODENAMES):
        _SHARE_PERMISSION_IDS.update(ids)


def remember_share_permissions(*, using: str = "default", **kwargs) -> None:
    """After a migrate or flush (post_migrate): forget the ids, and read them again where they exist by now."""
    _read_share_permission_ids(using)


def _active_grants() -> QuerySet:
    """Every share grant that works now: a permission row of a share level that has not expired. An expired
    share stops working here, at the moment it expires; the nightly job only tidies the rows away.

    "Now" is the application's clock, the one ``Share.state`` and the sharing service compare with (the database's
    ``NOW()`` is the start of the transaction, and would disagree with them)."""
    from signals.models import SignalGroupObjectPermission

    return SignalGroupObjectPermission.objects.filter(
        Q(expires_at__isnull=True) | Q(expires_at__gt=timezone.now()),
        permission_id__in=share_permission_ids().values(),
    )


def _signal_grants(group_id: int) -> QuerySet:
    """The active permission rows that give ``group_id`` sight of the outer signal, at any share level."""
    return _active_grants().filter(content_object_id=OuterRef("pk"), group_id=group_id)


def _share_level(grants: QuerySet) -> QuerySet:
    """The highest share level among ``grants`` (a subquery per outer signal)."""
    return grants.annotate(level=_grant_level_expression()).order_by("-level").values("level")[:1]


def _grant_level_expression() -> Case:
    ids = share_permission_ids()
    return Case(
        *[When(permission_id=ids[code], then=Value(int(level))) for level, code in SHARE_PERMISSION_CODENAMES.items()],
        default=Value(int(AccessLevel.NONE)),
        output_field=IntegerField(),
    )


def signals_visible_to(user: User) -> QuerySet[Signal]:
    """Every signal the user may see, annotated with ``access_level`` (an ``AccessLevel`` value).

    One ``Exists()`` over the direct-FK permission rows decides membership of the list; the level is one more
    correlated subquery on the same index. No per-row permission check, whatever the size of the list.
    """
    from signals.models import Signal

    membership = membership_of(user)
    if membership is None:
        # Annotated all the same, so callers can filter on access_level.
        return Signal.objects.annotate(access_level=Value(int(AccessLevel.NONE), output_field=IntegerField())).none()
    organisation = membership.organisation
    grants = _signal_grants(organisation.group_id)
    share_level = _share_level(grants)
    return (
        Signal.objects.filter(
            Q(owner_organisation_id=organisation.pk) | Exists(grants),
            owner_organisation__network_id=organisation.network_id,
        )
        .annotate(
            access_level=Case(
                When(owner_organisation_id=organisation.pk, then=Value(int(AccessLevel.OWNER))),
                default=Subquery(share_level, output_field=IntegerField()),
                output_field=IntegerField(),
            )
        )
        .select_related("owner_organisation")
    )


def own_signals(user: User) -> QuerySet[Signal]:
    """The signals the user's organisation owns (``access_level`` OWNER): the same rows ``signals_visible_to`` holds
    at owner level, asked as a plain filter on the owner so the list reads the owner index instead of weighing the
    share grants of every signal in the network."""
    from signals.models import Signal

    membership = membership_of(user)
    if membership is None:
        return Signal.objects.annotate(access_level=Value(int(AccessLevel.NONE), output_field=IntegerField())).none()
    return (
        Signal.objects.filter(owner_organisation_id=membership.organisation_id)
        .annotate(access_level=Value(int(AccessLevel.OWNER), output_field=IntegerField()))
        .select_related("owner_organisation")
    )


def signal_visible_q(user: User, path: str = "signal", *, min_level: AccessLevel = AccessLevel.SUMMARY) -> Q:
    """The condition "the user may see, at ``min_level`` or more, the signal this row points at" (``path``: the
    row's foreign key to it, e.g. ``signal`` on an intervention), as a filter on that row: its owner is the user's
    organisation, or an active grant of such a level reaches the user's organisation within the network. Asked per
    row, so a query about a few interventions or screenshots never builds the set of every visible signal (which a
    ``signal__in=signals_visible_to(user)`` does, for the whole network). The same rule as ``signals_visible_to``."""
    membership = membership_of(user)
    if membership is None:
        return Q(pk__in=[])
    organisation = membership.organisation
    ids = share_permission_ids()
    grants = _active_grants().filter(
        content_object_id=OuterRef(f"{path}_id"),
        group_id=organisation.group_id,
        permission_id__in=[ids[code] for level, code in SHARE_PERMISSION_CODENAMES.items() if level >= min_level],
    )
    owner = Q(**{f"{path}__owner_organisation_id": organisation.pk})
    if min_level > AccessLevel.FULL:
        return owner
    return owner | (Q(**{f"{path}__owner_organisation__network_id": organisation.network_id}) & Exists(grants))


def refuse(user: User, model, object_id) -> Http404:
    """The Http404 for an object the user may not see. When the object does exist, this is a permission denial:
    it goes into the security audit log (ids only, no content), with one extra query on this failure path only.
    The caller raises what this returns, so missing and forbidden still look the same to the user."""
    from audit.audit import record
    from audit.constants import AuditAction, AuditResult

    try:
        exists = model._default_manager.filter(pk=object_id).exists()
    except (ValidationError, ValueError):
        exists = False
    if exists:
        record(AuditAction.DENIED, user=user, obj=(model._meta.label_lower, object_id), result=AuditResult.DENIED)
    return Http404()


def get_signal_for_user(
    user: User,
    signal_id: UUID | str,
    *,
    min_level: AccessLevel = AccessLevel.SUMMARY,
    related: tuple = (),
    annotations: dict | None = None,
):
    """Fetch-and-authorise in one call: the signal with its ``access_level``, or Http404 when it does not exist,
    is not visible, or is visible below ``min_level``. ``related``: more relations to join in the same query, and
    ``annotations`` more expressions to read with it (what a caller reads of either is still redacted by level)."""
    from signals.models import Signal

    try:
        signal = signals_visible_to(user).select_related(*related).annotate(**(annotations or {})).get(pk=signal_id)
    except (Signal.DoesNotExist, ValidationError, ValueError) as exc:
        raise refuse(user, Signal, signal_id) from exc
    if signal.access_level < min_level:
        raise refuse(user, Signal, signal_id)
    return signal


def lowest_level_reading(field: str) -> AccessLevel:
    """The lowest level whose callers may read ``field`` of a signal (e.g. ``attachments`` → FULL)."""
    return min(
        (level for level, fields in SIGNAL_FIELDS_BY_LEVEL.items() if field in fields), default=AccessLevel.OWNER
    )


def get_attachment_for_user(user: User, attachment_id: UUID | str):
    """A screenshot, for a caller who may read the attachments of its signal (owner and full receivers), or
    Http404 — also for one visible only below that level."""
    from signals.models import Attachment

    readable = signal_visible_q(user, min_level=lowest_level_reading("attachments"))
    try:
        return Attachment.objects.select_related("signal").get(readable, pk=attachment_id)
    except (Attachment.DoesNotExist, ValidationError, ValueError) as exc:
        raise refuse(user, Attachment, attachment_id) from exc


def get_action_for_user(user: User, action_id: UUID | str):
    """A step-5 action, for a member of its signal's owner organisation, or Http404. Partners do not see the
    owner's actions (yet: proposing actions comes with sharing)."""
    from signals.models import Action

    own = own_signals(user)
    try:
        return Action.objects.select_related("executing_organisation", "signal__owner_organisation").get(
            pk=action_id, signal__in=own.values("pk")
        )
    except (Action.DoesNotExist, ValidationError, ValueError) as exc:
        raise refuse(user, Action, action_id) from exc


def signal_access_level(user: User, signal: Signal) -> AccessLevel:
    """The level at which ``user`` may see ``signal``; ``AccessLevel.NONE`` when not at all."""
    level = signals_visible_to(user).filter(pk=signal.pk).values_list("access_level", flat=True).first()
    return AccessLevel(level) if level is not None else AccessLevel.NONE


def signal_fields_for(level: AccessLevel) -> frozenset[str]:
    """The fields of a signal a caller at ``level`` may read."""
    return SIGNAL_FIELDS_BY_LEVEL.get(level, frozenset())


# A handle written in a text (``@name``), left out at facts level even when it is not one of the signal's persons.
_HANDLE_PATTERN = re.compile(r"(?<![\w@])@[\w.]{2,}", re.UNICODE)


def names_in(signal: Signal) -> list[str]:
    """The aliases and handles of a signal's persons, longest first (prefetch ``persons`` for lists)."""
    names = set()
    for person in signal.persons.all():
        for name in (person.alias, person.handle, person.handle.lstrip("@")):
            name = (name or "").strip()
            if len(name) >= 2:
                names.add(name)
    return sorted(names, key=len, reverse=True)


def leave_out_names(text: str, names: list[str]) -> str:
    """``text`` with the given names and every ``@handle`` replaced by a marker: what a reader at facts level may
    read of a text that can name people (DOMAIN.md §4: "with persons, handles and names left out")."""
    if not text:
        return text
    marker = _("[name left out]")
    for name in names:
        text = re.sub(re.escape(name), marker, text, flags=re.IGNORECASE)
    return _HANDLE_PATTERN.sub(marker, text)


def text_at_level(text: str, signal: Signal, level: AccessLevel | int) -> str:
    """A text of the owner about the signal (a step 1-2 answer) as a reader at ``level`` may read it."""
    if AccessLevel(level) >= AccessLevel.FULL:
        return text
    return leave_out_names(text, names_in(signal))


class RedactedSignal:
    """A read-only view on a signal that holds only the fields of one access level.

    Pages, API serializers, exports and notifications read signals through this, so a field above the caller's
    level is not there to leak: it is not hidden by a template, it was never copied. At facts level the message
    text is the owner's version for partners, or the message with the known names and handles left out.
    """

    __slots__ = ("_values", "access_level")

    def __init__(self, signal: Signal, level: AccessLevel):
        self.access_level = level
        values = {}
        for name in signal_fields_for(level):
            value = getattr(signal, name)
            if name in ("persons", "attachments"):
                value = list(value.all())  # related managers: prefetched by the selector
            values[name] = value
        if level == AccessLevel.FACTS:
            # Every text a facts reader gets that can name someone, with the names and handles left out.
            names = names_in(signal)
            partner_version = (signal.message_text_for_partners or "").strip()
            values["message_text"] = leave_out_names(partner_version or signal.message_text, names)
            for name in ("location_mentioned", "time_mentioned"):
                values[name] = leave_out_names(values[name], names)
        self._values = values

    def __getattr__(self, name: str):
        try:
            return self._values[name]
        except KeyError:
            return None

    def has(self, name: str) -> bool:
        return name in self._values


def prefetch_for_redaction(signals: list[Signal]) -> None:
    """Load, for a page of signals from ``signals_visible_to``, the related records redaction reads — only for
    the rows whose level reads them: persons from facts level (to leave their names out of the message text),
    screenshots from full level, and who logged it for the owner. One query each, whatever the number of rows."""
    from django.db.models import prefetch_related_objects

    for lookup, level in (
        ("persons", AccessLevel.FACTS),
        ("attachments", lowest_level_reading("attachments")),
        ("created_by", lowest_level_reading("created_by")),
    ):
        rows = [signal for signal in signals if getattr(signal, "access_level", AccessLevel.NONE) >= level]
        if rows:
            prefetch_related_objects(rows, lookup)


def redact_signal(signal: Signal, level: AccessLevel | int) -> RedactedSignal:
    return RedactedSignal(signal, AccessLevel(level))


def steps_readable_at(level: AccessLevel | int) -> frozenset[int]:
    """The route steps whose answers a caller at ``level`` may read."""
    return STEPS_BY_LEVEL.get(AccessLevel(level), frozenset())


# --- searching and counting ---------------------------------------------------------------------------------


# The SQL twins of ``leave_out_names``, so that a search at facts level matches the text a facts reader gets. A
# PostgreSQL alternation takes the longest match at each position, as ``leave_out_names`` does by replacing the
# longest names first.
_SQL_NON_ALNUM = r"([^[:alnum:]])"
_SQL_HANDLE_PATTERN = r"(?<![[:alnum:]_@])@[[:alnum:]_.]{2,}"


def _regexp_replace(text, pattern, replacement, flags: str) -> Func:
    return Func(text, pattern, replacement, Value(flags), function="REGEXP_REPLACE", output_field=TextField())


def _names_pattern_sql() -> Subquery:
    """Per outer signal: one regular expression matching any of its persons' names as ``names_in`` lists them
    (alias, handle and handle without its @, of two characters or more), each escaped; NULL without names."""
    from signals.models import Person

    def escaped_if_a_name(expression):
        # A backslash before a character that is not alphanumeric makes it literal in a PostgreSQL regex.
        escaped = _regexp_replace(expression, Value(_SQL_NON_ALNUM), Value(r"\\\1"), "g")
        return Case(When(GreaterThanOrEqual(Length(expression), 2), then=escaped), default=None)

    alias = Trim("alias")
    handle = Trim("handle")
    bare_handle = Trim(Func(handle, Value("@"), function="LTRIM", output_field=CharField()))
    per_person = Func(
        Value("|"),
        escaped_if_a_name(alias),
        escaped_if_a_name(handle),
        escaped_if_a_name(bare_handle),
        function="CONCAT_WS",
        output_field=TextField(),
    )
    patterns = (
        Person.objects.filter(signal_id=OuterRef("pk"))
        .annotate(pattern=per_person)
        .exclude(pattern="")
        .values("signal_id")
        .annotate(all_names=StringAgg("pattern", delimiter="|"))
        .values("all_names")
    )
    return Subquery(patterns, output_field=TextField())


def _facts_text_sql():
    """The message text as a reader at facts level gets it (``RedactedSignal``), computed in the database: the
    owner's version for partners or the message, with the names and every @handle left out."""
    marker = Value(_("[name left out]"))
    source = Case(
        When(message_text_for_partners__regex=r"^\s*$", then=F("message_text")),
        default=F("message_text_for_partners"),
        output_field=TextField(),
    )
    without_names = Coalesce(_regexp_replace(source, _names_pattern_sql(), marker, "gi"), source)
    return _regexp_replace(without_names, Value(_SQL_HANDLE_PATTERN), marker, "g")


def search_signals(queryset: QuerySet[Signal], q: str) -> QuerySet[Signal]:
    """Filter an annotated list (from ``signals_visible_to``) on ``q``, matching only in what each row's level may
    read: a word in a text above the caller's level must not even make the row appear (or count). At facts level
    the message is searched as that level reads it, without names and handles (not even a part of a name may be
    found out by searching)."""
    from signals.models import Person

    q = (q or "").strip()
    if not q:
        return queryset
    person_match = Person.objects.filter(signal_id=OuterRef("pk")).filter(
        Q(alias__icontains=q) | Q(handle__icontains=q)
    )
    facts = lowest_level_reading("message_text")
    full = lowest_level_reading("persons")
    facts_rows = Q(access_level__gte=int(facts), access_level__lt=int(full))
    if connection.vendor == "postgresql":
        queryset = queryset.alias(facts_text=_facts_text_sql())
        facts_match = facts_rows & Q(facts_text__icontains=q)
    else:
        facts_match = Q(pk__in=_facts_matches_in_python(queryset.filter(facts_rows), q))
    return queryset.filter(
        Q(access_level__gte=int(lowest_level_reading("sharing_summary")), sharing_summary__icontains=q)
        | Q(access_level__gte=int(full), message_text__icontains=q)
        | facts_match
        | (Q(access_level__gte=int(full)) & Exists(person_match))
    )


def _facts_matches_in_python(facts_rows: QuerySet[Signal], q: str) -> list:
    """The embedded demo database (SQLite) has no regular-expression replace: there the facts-level candidates are
    redacted in Python, exactly as ``RedactedSignal`` does, and matched on that. Never used on PostgreSQL."""
    candidates = list(facts_rows.prefetch_related("persons"))  # the demo's handful of rows
    needle = q.casefold()
    return [
        signal.pk
        for signal in candidates
        if needle in (RedactedSignal(signal, AccessLevel.FACTS).message_text or "").casefold()
    ]


def signals_shared_with(user: User) -> QuerySet[Signal]:
    """ "Gedeeld met ons": the signals partners shared with the user's organisation (not its own), at our level —
    the rows ``signals_visible_to`` holds below owner level, asked without the owner branch so that the grants'
    index drives the list."""
    from signals.models import Signal

    membership = membership_of(user)
    if membership is None:
        return Signal.objects.annotate(access_level=Value(int(AccessLevel.NONE), output_field=IntegerField())).none()
    organisation = membership.organisation
    grants = _signal_grants(organisation.group_id)
    share_level = _share_level(grants)
    return (
        Signal.objects.filter(Exists(grants), owner_organisation__network_id=organisation.network_id)
        .exclude(owner_organisation_id=organisation.pk)
        .annotate(access_level=Subquery(share_level, output_field=IntegerField()))
        .select_related("owner_organisation")
    )


# --- what partners do with a shared signal -------------------------------------------------------------------


def comments_visible_to(user: User, signal: Signal) -> QuerySet:
    """The comments on ``signal`` the user may read: those written for the user's level or a lower one. A reply
    is never readable below its thread's level (the service keeps a reply's level at least its parent's).

    ``signal`` must come from ``get_signal_for_user`` (it carries ``access_level``)."""
    from signals.models import Comment

    level = AccessLevel(getattr(signal, "access_level", AccessLevel.NONE))
    if level <= AccessLevel.NONE:
        return Comment.objects.none()
    queryset = Comment.objects.filter(signal_id=signal.pk).select_related("organisation", "author")
    if level < AccessLevel.OWNER:
        readable = [code.code for code in AccessLevel if AccessLevel.SUMMARY <= code <= level]
        queryset = queryset.filter(level__in=readable)
    return queryset.order_by("created_at")


def author_label(viewer: User, organisation: Organisation, author: User) -> str:
    """How a comment or check is signed for ``viewer``: the professional's name inside their own organisation,
    the organisation's name for everyone else (source protection, seed 003)."""
    membership = membership_of(viewer)
    if membership is not None and membership.organisation_id == organisation.pk:
        return f"{author.get_full_name() or author.username} ({organisation.name})"
    return organisation.name


def double_checks_visible_to(user: User, signal: Signal) -> QuerySet:
    """Partners' checks of steps 1-2: the owner organisation reads them all, a partner its own."""
    from signals.models import DoubleCheck

    membership = membership_of(user)
    level = AccessLevel(getattr(signal, "access_level", AccessLevel.NONE))
    if membership is None or level < AccessLevel.FACTS:
        return DoubleCheck.objects.none()
    queryset = DoubleCheck.objects.filter(signal_id=signal.pk).select_related("organisation", "author")
    if level < AccessLevel.OWNER:
        queryset = queryset.filter(organisation_id=membership.organisation_id)
    return queryset


def actions_visible_q(user: User) -> Q:
    """The step-5 actions the user's organisation sees, as a per-row condition on Action (for counts over many
    signals at once): those on its own signals, and on a signal shared with it those it carries out or proposed
    (the rule of ``partner_actions_visible_to``)."""
    membership = membership_of(user)
    if membership is None:
        return Q(pk__in=[])
    organisation_id = membership.organisation_id
    involved = Q(executing_organisation_id=organisation_id) | Q(proposed_by_organisation_id=organisation_id)
    return Q(signal__owner_organisation_id=organisation_id) | (involved & signal_visible_q(user))


def partner_actions_visible_to(user: User, signal: Signal) -> QuerySet:
    """Actions a partner organisation may see on a shared signal: the ones it proposed or is to carry out."""
    from signals.models import Action

    membership = membership_of(user)
    level = AccessLevel(getattr(signal, "access_level", AccessLevel.NONE))
    if membership is None or level <= AccessLevel.NONE:
        return Action.objects.none()
    queryset = Action.objects.filter(signal_id=signal.pk).select_related(
        "executing_organisation", "proposed_by_organisation"
    )
    if level < AccessLevel.OWNER:
        queryset = queryset.filter(
            Q(proposed_by_organisation_id=membership.organisation_id)
            | Q(executing_organisation_id=membership.organisation_id)
        )
    return queryset


def shares_visible_to(user: User, signal: Signal) -> QuerySet:
    """The shares of a signal: for its owner organisation only (partners do not see who else received it)."""
    from signals.models import Share

    if AccessLevel(getattr(signal, "access_level", AccessLevel.NONE)) < AccessLevel.OWNER:
        return Share.objects.none()
    return Share.objects.filter(signal_id=signal.pk).select_related("organisation", "created_by", "revoked_by")


def share_received(user: User, signal: Signal):
    """The active share through which the user's organisation sees ``signal`` (its purpose, ground and end), or
    None — for the owner, or when nothing works any more."""
    from signals.models import Share

    membership = membership_of(user)
    level = AccessLevel(getattr(signal, "access_level", AccessLevel.NONE))
    if membership is None or not AccessLevel.SUMMARY <= level < AccessLevel.OWNER:
        return None
    now = timezone.now()
    return (
        Share.objects.filter(signal_id=signal.pk, organisation_id=membership.organisation_id, revoked_at__isnull=True)
        .filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now))
        .order_by("-created_at")
        .first()
    )


def get_share_for_user(user: User, signal: Signal, share_id: UUID | str):
    """One share of a signal the user's organisation owns, or Http404."""
    from signals.models import Share

    try:
        return shares_visible_to(user, signal).get(pk=share_id)
    except (Share.DoesNotExist, ValidationError, ValueError) as exc:
        raise Http404 from exc


def can_read_access_log(user: User, signal: Signal) -> bool:
    """The access log of a signal is for the coordinator(s) of its owner organisation (DOMAIN.md §4)."""
    membership = membership_of(user)
    return (
        membership is not None
        and membership.is_coordinator
        and membership.organisation_id == signal.owner_organisation_id
        and AccessLevel(getattr(signal, "access_level", AccessLevel.NONE)) >= AccessLevel.OWNER
    )


def access_log_visible_to(user: User, signal: Signal) -> QuerySet:
    from signals.models import AccessLogEntry

    if not can_read_access_log(user, signal):
        return AccessLogEntry.objects.none()
    return AccessLogEntry.objects.filter(signal_id=signal.pk).select_related("user", "organisation")


def record_access(user: User, signals, *, kind: str, object_id: str = "") -> None:
    """Log the reads of partners at facts or full level of each signal in ``signals`` (one insert for a whole
    page), and every screenshot download, also by the owner organisation (DOMAIN.md §4). Reads at summary level
    carry nothing personal and are not logged; the owner's own reads are in its history, not here."""
    from signals.constants import AccessKind
    from signals.models import AccessLogEntry

    membership = membership_of(user)
    if membership is None:
        return

    def logged(signal) -> bool:
        level = AccessLevel(getattr(signal, "access_level", AccessLevel.NONE))
        if kind == AccessKind.SCREENSHOT:
            return level >= lowest_level_reading("attachments")
        return AccessLevel.FACTS <= level <= AccessLevel.FULL

    entries = [
        AccessLogEntry(
            signal_id=signal.pk,
            user_id=user.pk,
            organisation_id=membership.organisation_id,
            level=AccessLevel(signal.access_level).code,
            kind=kind,
            object_id=str(object_id or ""),
        )
        for signal in signals
        if logged(signal)
    ]
    if entries:
        AccessLogEntry.objects.bulk_create(entries)


# --- cases and interventions --------------------------------------------------------------------------------
#
# A case is seen by the members of the organisations taking part in it (the lead always takes part), and only within
# its network. Its signals are not shared by the case: each participant sees a signal of the case only when, and at
# the level at which, that signal was shared with its organisation (or owns it). Interventions on a case are seen
# by its participants; an intervention on a signal by the organisations that may see the signal and own it,
# carry the intervention out or registered it.


def cases_visible_to(user: User) -> QuerySet:
    """The cases the user's organisation takes part in, with ``is_lead`` (the user's organisation leads)."""
    from interventions import models as cases

    membership = membership_of(user)
    if membership is None:
        return cases.Case.objects.annotate(is_lead=Value(False)).none()
    organisation = membership.organisation
    taking_part = cases.CaseParticipant.objects.filter(case_id=OuterRef("pk"), organisation_id=organisation.pk)
    return (
        cases.Case.objects.filter(Exists(taking_part), network_id=organisation.network_id)
        .annotate(
            is_lead=Case(
                When(lead_organisation_id=organisation.pk, then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            )
        )
        .select_related("lead_organisation")
    )


def get_case_for_user(user: User, case_id: UUID | str, *, lead: bool = False):
    """A case the user's organisation takes part in (``lead``: leads), or Http404."""
    from interventions.models import Case as CaseModel

    queryset = cases_visible_to(user)
    if lead:
        queryset = queryset.filter(is_lead=True)
    try:
        return queryset.get(pk=case_id)
    except (CaseModel.DoesNotExist, ValidationError, ValueError) as exc:
        raise refuse(user, CaseModel, case_id) from exc


def case_signals_visible_to(user: User, case) -> QuerySet[Signal]:
    """The signals of ``case`` the user may see, each with its own ``access_level``: a signal of the case that was
    not shared with the user's organisation is not there at all (not even counted)."""
    from interventions.models import CaseSignal

    link = CaseSignal.objects.filter(case_id=case.pk, signal_id=OuterRef("pk"))
    return (
        signals_visible_to(user).filter(Exists(link)).annotate(added_to_case_at=Subquery(link.values("added_at")[:1]))
    )


def case_signal_counts(user: User, cases) -> dict:
    """How many signals of each case the user may see, in one query (for lists)."""
    from django.db.models import Count

    from interventions.models import CaseSignal

    rows = (
        CaseSignal.objects.filter(signal_visible_q(user), case_id__in=[case.pk for case in cases])
        .values("case_id")
        .annotate(count=Count("pk"))
    )
    return {row["case_id"]: row["count"] for row in rows}


def interventions_visible_to(user: User) -> QuerySet:
    """Every intervention the user may see: those on the cases their organisation takes part in, and those on a
    signal they may see that their organisation owns, carries out or registered."""
    from interventions.models import Intervention

    membership = membership_of(user)
    if membership is None:
        return Intervention.objects.none()
    organisation_id = membership.organisation_id
    involved = Q(executing_organisation_id=organisation_id) | Q(created_by_organisation_id=organisation_id)
    return Intervention.objects.filter(
        Q(case__in=cases_visible_to(user).values("pk"))
        | Q(signal__owner_organisation_id=organisation_id)
        | (involved & signal_visible_q(user))
    ).select_related("executing_organisation", "executing_person", "intervention_type", "created_by_organisation")


def get_intervention_for_user(user: User, intervention_id: UUID | str):
    from interventions.models import Intervention

    try:
        return interventions_visible_to(user).select_related("case", "signal").get(pk=intervention_id)
    except (Intervention.DoesNotExist, ValidationError, ValueError) as exc:
        raise refuse(user, Intervention, intervention_id) from exc


# The texts of an intervention someone writes about a signal: read like the owner's step 1-2 answers.
INTERVENTION_TEXTS = ("title", "goal", "outcome", "effect")


def intervention_texts(intervention, signal: Signal | None) -> dict[str, str]:
    """The texts of ``intervention`` as its reader may read them. On a case they are written for the case's
    participants and read as written. On a signal (``signal`` fetched for the reader, with ``access_level``) a
    reader below full level reads them with the signal's names and handles left out, and nothing without the
    signal."""
    texts = {name: getattr(intervention, name) or "" for name in INTERVENTION_TEXTS}
    if intervention.signal_id is None:
        return texts
    level = AccessLevel(getattr(signal, "access_level", AccessLevel.NONE)) if signal is not None else AccessLevel.NONE
    if level <= AccessLevel.NONE:
        return dict.fromkeys(INTERVENTION_TEXTS, "")
    return {name: text_at_level(text, signal, level) for name, text in texts.items()}


def person_label(viewer: User, organisation: Organisation, person: User | None) -> str:
    """An executing or acting professional: named inside their own organisation, the organisation to partners."""
    if person is None:
        return ""
    return author_label(viewer, organisation, person)


# --- the risk calendar -----------------------------------------------------------------------------------------
#
# An entry of the risicokalender is kept by an OOV organisation and seen by that organisation and by the
# organisations of its network it chose (RiskEventReader), nobody else. Its windows are seen with it. A linked case
# is shown only to readers who take part in that case (cases do not share, ADR 0007).


def _risk_event_rule(organisation: Organisation, prefix: str = "") -> Q:
    """Entries (``prefix`` "event__": windows of entries) kept by or read by ``organisation``: one ``Exists()``."""
    from riskcalendar.models import RiskEventReader

    event_id = OuterRef("event_id" if prefix else "pk")
    reading = RiskEventReader.objects.filter(event_id=event_id, organisation_id=organisation.pk)
    return Q(**{f"{prefix}network_id": organisation.network_id}) & (
        Q(**{f"{prefix}organisation_id": organisation.pk}) | Q(Exists(reading))
    )


def can_keep_risk_calendar(user: User) -> bool:
    """Members of a public-order (OOV) organisation keep the calendar of their network."""
    membership = membership_of(user)
    return membership is not None and membership.organisation.partner_type == PartnerType.GEMEENTE_OOV


def risk_events_visible_to(user: User) -> QuerySet:
    """The entries the user's organisation keeps or was given to see, with ``is_keeper``."""
    from riskcalendar.models import RiskEvent

    membership = membership_of(user)
    if membership is None:
        return RiskEvent.objects.annotate(is_keeper=Value(False)).none()
    organisation = membership.organisation
    return RiskEvent.objects.filter(_risk_event_rule(organisation)).annotate(
        is_keeper=Case(
            When(organisation_id=organisation.pk, then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        )
    )


def get_risk_event_for_user(user: User, event_id: UUID | str, *, keeper: bool = False):
    """An entry the user's organisation sees (``keeper``: keeps), or Http404."""
    from riskcalendar.models import RiskEvent

    queryset = risk_events_visible_to(user)
    if keeper:
        queryset = queryset.filter(is_keeper=True)
    try:
        return queryset.get(pk=event_id)
    except (RiskEvent.DoesNotExist, ValidationError, ValueError) as exc:
        raise refuse(user, RiskEvent, event_id) from exc


def risk_windows_visible_to(user: User) -> QuerySet:
    """The calendar items of the entries the user's organisation sees, each with its entry."""
    from riskcalendar.models import RiskWindow

    membership = membership_of(user)
    if membership is None:
        return RiskWindow.objects.none()
    return risk_windows_visible_to_organisation(membership.organisation)


def risk_windows_visible_to_organisation(organisation: Organisation) -> QuerySet:
    """The calendar items an organisation sees (the weekly digest is sent per organisation)."""
    from riskcalendar.models import RiskWindow

    return RiskWindow.objects.filter(_risk_event_rule(organisation, "event__")).select_related("event")


def organisations_seeing_risk_event(event) -> list:
    """The ids of the organisations that see ``event`` now: its keeper and its readers (for alerts)."""
    from riskcalendar.models import RiskEventReader

    reader_ids = RiskEventReader.objects.filter(event=event).values_list("organisation_id", flat=True)
    ids = set(Organisation.objects.filter(pk__in=reader_ids, network_id=event.network_id).values_list("pk", flat=True))
    ids.add(event.organisation_id)
    return sorted(ids, key=str)


def visible_case_ids(user: User, case_ids) -> set:
    """Of ``case_ids``, those the user's organisation takes part in: one query for a page of entries."""
    ids = {case_id for case_id in case_ids if case_id}
    if not ids:
        return set()
    return set(cases_visible_to(user).filter(pk__in=ids).values_list("pk", flat=True))


# --- the afsprakenkaart, practice sessions and the covenant ----------------------------------------------------
#
# What a network agreed is seen by every member of the network's organisations, and by nobody outside it. Each
# organisation writes only its own column; the network coordinator (regisseur) runs the card, the practice sessions
# and the covenant. In a practice session a professional reads the others' answers only once the coordinator opens
# the discussion (step 4): until then each writes down their own (step 3), and the coordinator sees only how many
# wrote. Who wrote an answer is shown to colleagues; partners see the organisation (source protection, seed 003).


def can_coordinate_network(user: User) -> bool:
    """The network coordinator (regisseur) of the user's network."""
    membership = membership_of(user)
    return membership is not None and membership.is_network_coordinator


def agreement_cards_visible_to(user: User) -> QuerySet:
    """Every version of the afsprakenkaart of the user's network."""
    from agreements.models import AgreementCard

    membership = membership_of(user)
    if membership is None:
        return AgreementCard.objects.none()
    return AgreementCard.objects.filter(network_id=membership.organisation.network_id).select_related(
        "network", "based_on"
    )


def get_agreement_card_for_user(user: User, card_id: UUID | str):
    """A version of the user's network's card, or Http404 (also for another network's)."""
    from agreements.models import AgreementCard

    try:
        return agreement_cards_visible_to(user).get(pk=card_id)
    except (AgreementCard.DoesNotExist, ValidationError, ValueError) as exc:
        raise Http404 from exc


def adopted_agreement_card(user: User):
    """The card the user's network adopted last (the one in force), or None."""
    from agreements.constants import CardStatus

    return agreement_cards_visible_to(user).filter(status=CardStatus.VASTGESTELD).order_by("-version").first()


def practice_sessions_visible_to(user: User) -> QuerySet:
    """The practice sessions of the user's network in which the user's organisation takes part (the network
    coordinator sees every session of the network)."""
    from agreements.models import PracticeSession

    membership = membership_of(user)
    if membership is None:
        return PracticeSession.objects.none()
    sessions = PracticeSession.objects.filter(network_id=membership.organisation.network_id)
    if membership.is_network_coordinator:
        return sessions
    taking_part = PracticeSession.organisations.through.objects.filter(
        practicesession_id=OuterRef("pk"), organisation_id=membership.organisation_id
    )
    return sessions.filter(Exists(taking_part))


def get_practice_session_for_user(user: User, session_id: UUID | str):
    from agreements.models import PracticeSession

    try:
        return practice_sessions_visible_to(user).get(pk=session_id)
    except (PracticeSession.DoesNotExist, ValidationError, ValueError) as exc:
        raise Http404 from exc


def practice_answers_visible_to(user: User, session) -> QuerySet:
    """The answers of ``session`` the user may read: while writing only their own, from the discussion on all."""
    from agreements.constants import SessionStatus
    from agreements.models import PracticeAnswer

    answers = PracticeAnswer.objects.filter(session_id=session.pk).select_related("organisation", "author")
    if session.status == SessionStatus.WRITING:
        return answers.filter(author_id=user.pk)
    return answers


def covenant_visible_to(user: User):
    """The covenant record of the user's network (None when there is none yet)."""
    from agreements.models import Covenant

    membership = membership_of(user)
    if membership is None:
        return None
    return Covenant.objects.filter(network_id=membership.organisation.network_id).first()


# --- aftercare and evaluation --------------------------------------------------------------------------------
#
# The aftercare plan and the misinformation log of a case are read and written by the case's participants (the case
# is fetched through ``get_case_for_user`` first). An internal report of a burdening incident is read by its
# reporter and the coordinators of the reporter's organisation, nobody else: not the partners, not the network
# coordinator of another organisation, not a report. An evaluation is seen by the organisations taking part in its
# case; an organisation's part is read by the partners once it is submitted, and its internal evaluation never
# leaves the organisation. The network report is made per organisation, from what that organisation may see.


def aftercare_tasks_of(user: User, case) -> QuerySet:
    """The aftercare tasks of ``case`` (a case fetched for ``user``)."""
    from aftercare.models import AftercareTask

    if membership_of(user) is None:
        return AftercareTask.objects.none()
    return AftercareTask.objects.filter(case_id=case.pk).select_related("organisation")


def get_aftercare_task_for_user(user: User, task_id: UUID | str):
    """An aftercare task of a case the user's organisation takes part in, with its case, or Http404."""
    from aftercare.models import AftercareTask

    try:
        return AftercareTask.objects.select_related("organisation", "case").get(
            pk=task_id, case__in=cases_visible_to(user).values("pk")
        )
    except (AftercareTask.DoesNotExist, ValidationError, ValueError) as exc:
        raise Http404 from exc


def rumours_of(user: User, case) -> QuerySet:
    """The misinformation log of ``case`` (a case fetched for ``user``)."""
    from aftercare.models import Rumour

    if membership_of(user) is None:
        return Rumour.objects.none()
    return Rumour.objects.filter(case_id=case.pk).select_related("carried_by", "created_by_organisation")


def get_rumour_for_user(user: User, rumour_id: UUID | str):
    from aftercare.models import Rumour

    try:
        return Rumour.objects.select_related("case", "carried_by").get(
            pk=rumour_id, case__in=cases_visible_to(user).values("pk")
        )
    except (Rumour.DoesNotExist, ValidationError, ValueError) as exc:
        raise Http404 from exc


def staff_reports_visible_to(user: User) -> QuerySet:
    """Internal reports of burdening incidents: a professional reads their own; a coordinator (team lead) of the
    organisation reads every report of the organisation. Nobody outside the organisation reads any."""
    from aftercare.models import StaffReport

    membership = membership_of(user)
    if membership is None:
        return StaffReport.objects.none()
    reports = StaffReport.objects.filter(organisation_id=membership.organisation_id).select_related(
        "reporter", "followed_up_by", "case"
    )
    if membership.is_coordinator:
        return reports
    return reports.filter(reporter_id=user.pk)


def get_staff_report_for_user(user: User, report_id: UUID | str):
    from aftercare.models import StaffReport

    try:
        return staff_reports_visible_to(user).get(pk=report_id)
    except (StaffReport.DoesNotExist, ValidationError, ValueError) as exc:
        raise Http404 from exc


def can_follow_up_staff_reports(user: User) -> bool:
    """A coordinator (team lead) of an organisation follows up its staff's reports."""
    membership = membership_of(user)
    return membership is not None and membership.is_coordinator


def evaluations_visible_to(user: User) -> QuerySet:
    """The evaluations of the cases the user's organisation takes part in."""
    from aftercare.models import Evaluation

    if membership_of(user) is None:
        return Evaluation.objects.none()
    return Evaluation.objects.filter(case__in=cases_visible_to(user).values("pk")).select_related(
        "case__lead_organisation", "network", "started_by", "finalised_by"
    )


def get_evaluation_for_user(user: User, evaluation_id: UUID | str):
    from aftercare.models import Evaluation

    try:
        return evaluations_visible_to(user).get(pk=evaluation_id)
    except (Evaluation.DoesNotExist, ValidationError, ValueError) as exc:
        raise Http404 from exc


def evaluation_parts_visible_to(user: User, evaluation) -> QuerySet:
    """The parts of ``evaluation`` the user may read: their own organisation's (also while it is being written) and
    the submitted parts of the other organisations. Read ``internal`` only from the user's own organisation's part
    (``part_texts``)."""
    from aftercare.models import EvaluationPart

    membership = membership_of(user)
    if membership is None:
        return EvaluationPart.objects.none()
    return (
        EvaluationPart.objects.filter(evaluation_id=evaluation.pk)
        .filter(Q(organisation_id=membership.organisation_id) | Q(submitted_at__isnull=False))
        .select_related("organisation")
    )


def part_internal_text(user: User, part) -> str:
    """A part's internal evaluation: for its own organisation only."""
    membership = membership_of(user)
    if membership is None or membership.organisation_id != part.organisation_id:
        return ""
    return part.internal


def can_coordinate_evaluation(user: User, evaluation) -> bool:
    """The network coordinator of the evaluation's network (the evaluation was fetched for the user)."""
    membership = membership_of(user)
    return (
        membership is not None
        and membership.is_network_coordinator
        and membership.organisation.network_id == evaluation.network_id
    )


# --- who may be told -----------------------------------------------------------------------------------------


def organisations_reading(signal: Signal, min_level: AccessLevel = AccessLevel.SUMMARY) -> list[int]:
    """The ids of the organisations that may read ``signal`` at ``min_level`` or more right now: the owner and
    the receivers of active shares at that level. For notifications: nobody is told about what they cannot see."""
    codes = [code for level, code in SHARE_PERMISSION_CODENAMES.items() if level >= min_level]
    group_ids = (
        _active_grants()
        .filter(content_object_id=signal.pk, permission_id__in=[share_permission_ids()[code] for code in codes])
        .values_list("group_id", flat=True)
    )
    organisation_ids = set(Organisation.objects.filter(group_id__in=group_ids).values_list("pk", flat=True))
    organisation_ids.add(signal.owner_organisation_id)
    return sorted(organisation_ids, key=str)


# --- data subject requests (AVG art. 15) -----------------------------------------------------------------------
#
# A coordinator (team lead) of an organisation answers a person's request to see what the organisation holds about
# them. The person is known here only by a pseudonym (a signal's ``Person.alias``, or the account name they used),
# so the request is answered from the signals the organisation OWNS in which such a person appears: what the
# organisation is the controller of. A signal a partner shared with the organisation belongs to its owner, who
# answers for it; it is never in this answer, whatever level it was shared at.

# The longest pseudonym that can match: an account name (``Person.handle``) is at most 150 characters.
SUBJECT_PSEUDONYM_MAX_LENGTH = 150


def can_answer_subject_requests(user: User) -> bool:
    """A coordinator (team lead) of an organisation answers data subject requests for that organisation."""
    membership = membership_of(user)
    return membership is not None and membership.is_coordinator


def subject_person_q(pseudonym: str) -> Q:
    """A person row whose alias is ``pseudonym``, or whose account name is it (with or without its @): exact,
    case-insensitive. Nothing matches an empty pseudonym."""
    pseudonym = (pseudonym or "").strip()
    if not pseudonym:
        return Q(pk__in=[])
    condition = Q(alias__iexact=pseudonym)
    bare = pseudonym.lstrip("@").strip()
    if bare:
        condition |= Q(handle__iexact=bare) | Q(handle__iexact=f"@{bare}")
    return condition


def subject_signals_for(user: User, pseudonym: str) -> QuerySet[Signal]:
    """The signals the coordinator's organisation owns with a person of that pseudonym (``subject_person_q``), at
    owner level, oldest first, with every record the answer shows loaded: one query per kind of record, whatever the
    number of signals. Nothing for anyone but a coordinator, and nothing of another organisation or network."""
    from django.db.models import Prefetch

    from signals.models import (
        Action,
        Attachment,
        Comment,
        DoubleCheck,
        MonitoringWarning,
        Person,
        Review,
        Share,
        StepAnswer,
        StepDecision,
    )

    if not can_answer_subject_requests(user) or not (pseudonym or "").strip():
        return own_signals(user).none()
    appears = Person.objects.filter(subject_person_q(pseudonym), signal_id=OuterRef("pk"))
    return (
        own_signals(user)
        .filter(Exists(appears))
        .select_related("phenomenon", "created_by")
        .prefetch_related(
            Prefetch("persons", queryset=Person.objects.order_by("role", "alias", "id")),
            Prefetch("answers", queryset=StepAnswer.objects.select_related("updated_by").order_by("step", "id")),
            Prefetch("decisions", queryset=StepDecision.objects.select_related("decided_by").order_by("step")),
            Prefetch("reviews", queryset=Review.objects.select_related("reviewer").order_by("created_at")),
            Prefetch(
                "comments",
                queryset=Comment.objects.select_related("organisation", "author").order_by("created_at", "id"),
            ),
            Prefetch(
                "double_checks",
                queryset=DoubleCheck.objects.select_related("organisation", "author").order_by("created_at"),
            ),
            Prefetch(
                "actions",
                queryset=Action.objects.select_related(
                    "executing_organisation", "proposed_by_organisation", "created_by"
                ).order_by("created_at", "id"),
            ),
            Prefetch("attachments", queryset=Attachment.objects.select_related("uploaded_by").order_by("created_at")),
            Prefetch(
                "shares",
                queryset=Share.objects.select_related("organisation", "created_by", "revoked_by").order_by(
                    "created_at"
                ),
            ),
            Prefetch(
                "monitoring_warnings",
                queryset=MonitoringWarning.objects.select_related("shown_to").order_by("created_at"),
            ),
        )
        .order_by("created_at", "id")
    )


def subject_access_log_for(user: User, signals) -> QuerySet:
    """The access log of ``signals`` (from ``subject_signals_for``): who of the partners read them, and who downloaded
    their screenshots. For a coordinator of their owner organisation only, as ``access_log_visible_to``."""
    from signals.models import AccessLogEntry

    membership = membership_of(user)
    if not can_answer_subject_requests(user):
        return AccessLogEntry.objects.none()
    return (
        AccessLogEntry.objects.filter(
            signal_id__in=[signal.pk for signal in signals],
            signal__owner_organisation_id=membership.organisation_id,
        )
        .select_related("user", "organisation")
        .order_by("at", "id")
    )


def subject_case_links_for(user: User, signals) -> QuerySet:
    """The links of ``signals`` to the cases the user's organisation takes part in, with their case."""
    from interventions.models import CaseSignal

    if not can_answer_subject_requests(user):
        return CaseSignal.objects.none()
    return (
        CaseSignal.objects.filter(
            signal_id__in=[signal.pk for signal in signals], case__in=cases_visible_to(user).values("pk")
        )
        .select_related("case__lead_organisation")
        .order_by("added_at", "id")
    )


def subject_interventions_for(user: User, signals, case_ids) -> QuerySet:
    """The interventions the user may see on ``signals`` or on the cases ``case_ids`` (from
    ``subject_case_links_for``). Read their texts with ``intervention_texts``."""
    from interventions.models import Intervention

    if not can_answer_subject_requests(user):
        return Intervention.objects.none()
    return (
        interventions_visible_to(user)
        .filter(Q(signal_id__in=[signal.pk for signal in signals]) | Q(case_id__in=list(case_ids)))
        .select_related("created_by")
        .order_by("created_at", "id")
    )


# --- granting (used only by services) ------------------------------------------------------------------------


def grant_signal_level(*, signal: Signal, organisation: Organisation, level: AccessLevel, expires_at=None) -> None:
    """Give ``organisation`` sight of ``signal`` at exactly ``level`` (replacing any other share level), until
    ``expires_at`` when given.

    Only within the owner's network. Called by the sharing service, which validates purpose and legal ground and
    records history.
    """
    from django.contrib.auth.models import Permission

    from signals.models import SignalGroupObjectPermission

    if level not in SHARE_PERMISSION_CODENAMES:
        raise ValueError(f"not a share level: {level!r}")
    if organisation.network_id != signal.owner_organisation.network_id:
        raise ValueError("a signal is shared only within its own network")
    if organisation.pk == signal.owner_organisation_id:
        raise ValueError("the owner organisation needs no share")
    if get_group_obj_perms_model(signal) is not SignalGroupObjectPermission:
        raise RuntimeError("signals must use the direct-FK permission table")
    revoke_signal(signal=signal, organisation=organisation)
    permission = Permission.objects.get(content_type__app_label="signals", codename=SHARE_PERMISSION_CODENAMES[level])
    SignalGroupObjectPermission.objects.create(
        group_id=organisation.group_id, permission=permission, content_object=signal, expires_at=expires_at
    )


def revoke_signal(*, signal: Signal, organisation: Organisation) -> None:
    """Take away every share level ``organisation`` has on ``signal``."""
    from signals.models import SignalGroupObjectPermission

    SignalGroupObjectPermission.objects.filter(
        content_object_id=signal.pk,
        group_id=organisation.group_id,
        permission__content_type__app_label="signals",
        permission__codename__in=SHARE_PERMISSION_CODENAMES.values(),
    ).delete()


def remove_expired_grants() -> int:
    """Delete the permission rows of expired shares (they already give no sight); answers how many."""
    from signals.models import SignalGroupObjectPermission

    deleted, _by_model = SignalGroupObjectPermission.objects.filter(expires_at__lte=timezone.now()).delete()
    return deleted


# --- the security audit log -----------------------------------------------------------------------------------
#
# An organisation's coordinators read its own security events (sign-ins, refusals, exports, ...); nobody reads
# another organisation's. Platform operators read the whole log in the admin.


def can_read_audit_log(user: User) -> bool:
    membership = membership_of(user)
    return membership is not None and membership.is_coordinator


def audit_events_visible_to(user: User) -> QuerySet:
    from audit.models import AuditEvent

    if not can_read_audit_log(user):
        return AuditEvent.objects.none()
    return AuditEvent.objects.filter(organisation_id=membership_of(user).organisation_id)
