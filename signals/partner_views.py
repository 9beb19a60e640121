"""The partner side of sharing and the joint interpretation: "Gedeeld met ons", a shared signal at the reader's
level, comments and replies (BOB), the double check of steps 1-2, proposing an action and following a signal.
Thin adapters over signals/sharing.py; what anyone sees is decided by partners/visibility.py."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, QuerySet, prefetch_related_objects
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from interventions import selectors as case_selectors
from partners import visibility
from partners.visibility import AccessLevel

from . import route, sharing
from .constants import AccessKind, ActionStatus, CommentPhase, Platform, ShareLevel
from .models import Comment, Phenomenon, SignalFollow
from .pagination import IdFirstPaginator
from .partner_forms import ActionProposeForm, CommentForm, DoubleCheckForm
from .presentation import choice_labels, redacted_signal_context
from .selectors import ACUTE_FIRST_ORDERING

PAGE_SIZE = 25

# Short names of the share levels, for badges ("our level", "readable from").
LEVEL_NAMES = {
    AccessLevel.SUMMARY: gettext_lazy("Summary"),
    AccessLevel.FACTS: gettext_lazy("Facts"),
    AccessLevel.FULL: gettext_lazy("Full"),
}
# What a receiving organisation sees at its level, said once at the top of the signal page (DOMAIN.md §4).
LEVEL_MEANING = {
    AccessLevel.SUMMARY: gettext_lazy(
        "You see the summary the owner wrote without personal data, and what is known about the message without "
        "persons: phenomenon, platform, public or closed, reach, urgency, dates and the step of the route. You do "
        "not see the message itself, the answers of the route or the persons involved."
    ),
    AccessLevel.FACTS: gettext_lazy(
        "You see the summary, the message text and the answers of steps 1 and 2, with persons, account names and "
        "names left out. You do not see the persons involved or the screenshots."
    ),
    AccessLevel.FULL: gettext_lazy(
        "You see the summary, the message text, the answers of steps 1 and 2, the persons involved and the screenshots."
    ),
}
# The question each BOB phase asks, shown above its comments.
PHASE_QUESTIONS = {
    CommentPhase.BEELDVORMING: gettext_lazy("What do we see? Facts and observations."),
    CommentPhase.OORDEELSVORMING: gettext_lazy("What do we make of it? Readings and weighing."),
    CommentPhase.BESLUITVORMING: gettext_lazy("What do we do, and who does it?"),
}
# Bound forms with errors, handed from a POST view to the page (or partial) it re-renders.
_BOUND_FORMS_ATTR = "_interpretation_forms"
_NOTICE_ATTR = "_interpretation_notice"
_HIGHLIGHT_ATTR = "_interpretation_highlight"


def _level_name(level) -> str:
    if isinstance(level, str):
        level = AccessLevel.from_code(level) if level in ShareLevel.values else AccessLevel.NONE
    return LEVEL_NAMES.get(AccessLevel(level), "")


# --- "Gedeeld met ons" -------------------------------------------------------------------------------------


def shared_signals(*, user, phenomenon: str = "", platform: str = "", level: str = "", q: str = "") -> QuerySet:
    """The signals partners shared with the user's organisation, at our level: acute ones not yet handled first,
    then the newest. Searching matches only what our level reads (``visibility.search_signals``)."""
    queryset = visibility.signals_shared_with(user)
    if phenomenon:
        queryset = queryset.filter(phenomenon__code=phenomenon)
    if platform:
        queryset = queryset.filter(platform=platform)
    if level in ShareLevel.values:
        queryset = queryset.filter(access_level=int(AccessLevel.from_code(level)))
    queryset = visibility.search_signals(queryset, q)
    return queryset.select_related("phenomenon").order_by(*ACUTE_FIRST_ORDERING)


@login_required
def shared_worklist(request):
    """ "Gedeeld met ons": what partners shared with my organisation. Every row shows summary-level things only,
    whatever our level, so the list itself never needs logging."""
    filters = {key: request.GET.get(key, "").strip() for key in ("phenomenon", "platform", "level", "q")}
    page = IdFirstPaginator(shared_signals(user=request.user, **filters), PAGE_SIZE).get_page(request.GET.get("page"))
    rows = []
    for signal in page.object_list:
        summary = visibility.redact_signal(signal, AccessLevel.SUMMARY)
        rows.append(
            {
                "signal": summary,
                "display": choice_labels(summary),
                "level_code": AccessLevel(signal.access_level).code,
                "level_name": _level_name(signal.access_level),
                "acute": signal.acute_open,
            }
        )
    params = request.GET.copy()
    params.pop("page", None)
    context = {
        "page": page,
        "rows": rows,
        "filters": filters,
        "filtered": any(filters.values()),
        "phenomena": Phenomenon.objects.all(),
        "platforms": Platform.choices,
        "levels": [(code, _level_name(code)) for code in ShareLevel.values],
        "query_string": params.urlencode(),
    }
    template = "signals/partials/_shared_table.html" if request.htmx else "signals/shared_worklist.html"
    return render(request, template, context)


# --- the signal page of a partner -----------------------------------------------------------------------------


def shared_detail(request, signal, *, status: int = 200):
    """The signal page for a partner organisation (``signal.access_level`` below owner): only what
    ``visibility.redact_signal`` holds at our level, signed with organisations, never the professional who logged
    it (source protection). Reads at facts or full level are logged."""
    level = AccessLevel(signal.access_level)
    if not AccessLevel.SUMMARY <= level < AccessLevel.OWNER:
        raise Http404
    shown = redacted_signal_context(signal, level)
    visibility.record_access(request.user, [signal], kind=AccessKind.PAGE)
    context = {
        "signal": shown["signal"],
        "shown": shown,
        "level": level,
        "level_code": level.code,
        "level_name": _level_name(level),
        "level_meaning": LEVEL_MEANING[level],
        "logged": level >= AccessLevel.FACTS,
        "received": visibility.share_received(request.user, signal),
        "nav_section": "shared",
        **interpretation_context(request, signal),
        **case_selectors.signal_panel_context(request.user, signal),
    }
    return render(request, "signals/shared_detail.html", context, status=status)


# --- the joint interpretation, on the owner's and the partners' page alike ------------------------------------


def _reply_form(level: AccessLevel, parent: Comment) -> CommentForm:
    return CommentForm(
        own_level=level,
        parent=parent,
        auto_id=f"reply-{parent.pk}-%s",
        initial={"parent": parent.pk, "phase": parent.phase, "level": parent.level},
    )


def _threads(user, signal, comments: list[Comment], level: AccessLevel, bound_reply) -> list[dict]:
    """The readable comments per BOB phase: each thread a comment with its replies (one level indented; a reply to
    a reply says whom it answers). A reply whose parent the reader cannot read stands on its own. Below full level
    a comment's text leaves out the signal's names and handles, as the API does (``visibility.text_at_level``)."""
    if level < AccessLevel.FULL:
        # The names to leave out, read once for every comment (also at summary level, where the message text
        # itself needs no names and ``prefetch_for_redaction`` leaves the persons alone), as the API does.
        prefetch_related_objects([signal], "persons")
    nodes = {}
    for comment in comments:
        bound = bound_reply[1] if bound_reply and bound_reply[0] == comment.pk else None
        nodes[comment.pk] = {
            "comment": comment,
            "text": visibility.text_at_level(comment.text, signal, level),
            "author": visibility.author_label(user, comment.organisation, comment.author),
            "level_name": _level_name(comment.level),
            "phase_label": "",
            "reply_to": "",
            "replies": [],
            "reply_form": bound or _reply_form(level, comment),
            "reply_open": bound is not None,
        }
    roots: dict[str, list[dict]] = {phase: [] for phase in CommentPhase.values}
    for comment in comments:
        node = nodes[comment.pk]
        parent = nodes.get(comment.parent_id)
        if parent is None:
            roots.setdefault(comment.phase, []).append(node)
            continue
        root = parent
        while root["comment"].parent_id in nodes:
            root = nodes[root["comment"].parent_id]
        if root is not parent:
            node["reply_to"] = parent["author"]
        if comment.phase != root["comment"].phase:
            node["phase_label"] = comment.get_phase_display()
        root["replies"].append(node)
    return [
        {
            "code": phase.value,
            "label": phase.label,
            "question": PHASE_QUESTIONS[phase],
            "threads": roots.get(phase.value, []),
        }
        for phase in CommentPhase
    ]


def followed_by(user) -> Exists:
    """Whether ``user`` follows the outer signal (not muted): read with the signal instead of after it."""
    return Exists(SignalFollow.objects.filter(user_id=user.pk, signal_id=OuterRef("pk"), muted=False))


def interpretation_context(request, signal) -> dict:
    """Extra context for any signal page: the comments thread and forms, double checks, proposed actions."""
    user = request.user
    level = AccessLevel(getattr(signal, "access_level", AccessLevel.NONE))
    if level <= AccessLevel.NONE:
        return {}
    is_owner = level >= AccessLevel.OWNER
    bound = getattr(request, _BOUND_FORMS_ATTR, {})
    comments = list(visibility.comments_visible_to(user, signal))
    comment_form = bound.get("comment") or CommentForm(
        own_level=level,
        auto_id="comment-%s",
        initial={"level": sharing.default_comment_level(signal), "phase": CommentPhase.BEELDVORMING},
    )
    double_checks = [
        {
            "check": check,
            "author": visibility.author_label(user, check.organisation, check.author),
            "step_title": route.step(check.step)["title"] if check.step in route.STEP_NUMBERS else "",
        }
        for check in visibility.double_checks_visible_to(user, signal).order_by("created_at")
    ]
    if is_owner and "actions" in getattr(signal, "_prefetched_objects_cache", {}):
        # The owner's page loaded every action of the signal already (selectors.with_route_records).
        actions = sorted(
            (action for action in signal.actions.all() if action.proposed_by_organisation_id),
            key=lambda action: action.created_at,
        )
    else:
        actions = visibility.partner_actions_visible_to(user, signal).order_by("created_at")
        if is_owner:
            actions = actions.filter(proposed_by_organisation__isnull=False)
    can_double_check = not is_owner and level >= AccessLevel.FACTS
    can_propose = not is_owner
    context = {
        "signal_id": signal.pk,
        "level": level,
        "level_name": _level_name(level),
        "is_owner": is_owner,
        "phases": _threads(user, signal, comments, level, bound.get("reply")),
        "comment_count": len(comments),
        "comment_form": comment_form,
        "double_checks": double_checks,
        "can_double_check": can_double_check,
        "double_check_form": (bound.get("double_check") or DoubleCheckForm(auto_id="double-check-%s"))
        if can_double_check
        else None,
        "actions": [
            {"action": action, "kind": route.ACTION_LABELS.get(action.kind, action.kind)} for action in actions
        ],
        "can_propose": can_propose,
        "propose_form": (
            bound.get("propose") or ActionProposeForm(organisations=_network_organisations(user), auto_id="propose-%s")
        )
        if can_propose
        else None,
        "following": signal.is_followed
        if hasattr(signal, "is_followed")
        else SignalFollow.objects.filter(user=user, signal_id=signal.pk, muted=False).exists(),
        "notice": getattr(request, _NOTICE_ATTR, ""),
        "highlight": getattr(request, _HIGHLIGHT_ATTR, None),
        "proposed_status": ActionStatus.PROPOSED,
    }
    return {"interpretation": context}


def _network_organisations(user):
    return visibility.organisations_visible_to(user).order_by("name")


def _apply_errors(form, exc: ValidationError) -> None:
    if not hasattr(exc, "error_dict"):
        form.add_error(None, exc)
        return
    for field, errors in exc.message_dict.items():
        form.add_error(field if field in form.fields and field != "parent" else None, errors)


def _focus_first_error(form) -> None:
    """Put the cursor in the first field with an error, so a re-rendered page opens where the problem is."""
    for name in form.errors:
        if name in form.fields and not form.fields[name].widget.is_hidden:
            form.fields[name].widget.attrs["autofocus"] = True
            return
    for name, field in form.fields.items():
        if not field.widget.is_hidden and name in ("text", "reading", "kind"):
            field.widget.attrs["autofocus"] = True
            return


def _interpretation_partial(request, signal):
    return render(request, "signals/partials/_interpretation.html", interpretation_context(request, signal))


def _not_saved(request, signal, forms: dict):
    """Errors keep what was typed: the signal page again with the bound form (400), or for htmx the section."""
    for form in forms.values():
        _focus_first_error(form[1] if isinstance(form, tuple) else form)
    setattr(request, _BOUND_FORMS_ATTR, forms)
    if request.htmx:
        # htmx swaps nothing on a 4xx answer: the section with the errors comes back as a normal answer.
        return _interpretation_partial(request, signal)
    if AccessLevel(signal.access_level) >= AccessLevel.OWNER:
        from . import views

        response = views.detail(request, signal.pk)
        response.status_code = 400
        return response
    return shared_detail(request, signal, status=400)


def _saved(request, signal, message: str, anchor: str, *, highlight=None):
    if request.htmx:
        setattr(request, _NOTICE_ATTR, message)
        setattr(request, _HIGHLIGHT_ATTR, highlight)
        return _interpretation_partial(request, signal)
    messages.success(request, message)
    return redirect(reverse("signals:detail", kwargs={"pk": signal.pk}) + f"#{anchor}")


def _readable_comment(user, signal, comment_id: str) -> Comment | None:
    try:
        return visibility.comments_visible_to(user, signal).filter(pk=comment_id).first()
    except (ValidationError, ValueError):
        return None


@login_required
@require_POST
def comment(request, pk):
    """A comment or (with ``parent``) a reply in the joint interpretation."""
    signal = visibility.get_signal_for_user(request.user, pk)
    level = AccessLevel(signal.access_level)
    parent_id = (request.POST.get("parent") or "").strip()
    parent = _readable_comment(request.user, signal, parent_id) if parent_id else None
    if parent_id and parent is None:
        # Nowhere to put the reply: keep the text in the new-comment form and say why.
        data = request.POST.copy()
        data["parent"] = ""
        form = CommentForm(data, own_level=level, auto_id="comment-%s")
        form.is_valid()
        form.add_error(
            None,
            _("The comment you reply to was not found, or you cannot read it. Post your text as a new comment."),
        )
        return _not_saved(request, signal, {"comment": form})
    if parent is not None:
        form = CommentForm(request.POST, own_level=level, parent=parent, auto_id=f"reply-{parent.pk}-%s")
        key = "reply"
    else:
        form = CommentForm(request.POST, own_level=level, auto_id="comment-%s")
        key = "comment"
    if form.is_valid():
        try:
            created = sharing.comment_create(
                signal=signal,
                acting_user=request.user,
                text=form.cleaned_data["text"],
                phase=form.cleaned_data["phase"],
                level=form.cleaned_data["level"],
                parent=parent,
            )
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            message = _("Your reply has been posted.") if parent else _("Your comment has been posted.")
            return _saved(request, signal, message, f"reactie-{created.pk}", highlight=created.pk)
    return _not_saved(request, signal, {key: (parent.pk, form) if parent else form})


@login_required
@require_POST
def double_check(request, pk):
    """ "Ja, dubbelcheck": a partner at facts level or higher checks the owner's answers of step 1 or 2."""
    signal = visibility.get_signal_for_user(request.user, pk, min_level=AccessLevel.FACTS)
    if signal.access_level >= AccessLevel.OWNER:
        raise Http404  # colleagues look along through the four-eyes review
    form = DoubleCheckForm(request.POST, auto_id="double-check-%s")
    if form.is_valid():
        try:
            sharing.double_check_create(signal=signal, acting_user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            return _saved(
                request, signal, _("Thank you: the owner organisation sees your double check."), "dubbelcheck"
            )
    return _not_saved(request, signal, {"double_check": form})


@login_required
@require_POST
def action_propose(request, pk):
    """A partner proposes a step-5 action; the owner organisation plans or drops it."""
    signal = visibility.get_signal_for_user(request.user, pk)
    if signal.access_level >= AccessLevel.OWNER:
        raise Http404  # the owner plans actions at step 5
    form = ActionProposeForm(request.POST, organisations=_network_organisations(request.user), auto_id="propose-%s")
    if form.is_valid():
        try:
            sharing.action_propose(signal=signal, acting_user=request.user, **form.cleaned_data)
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            return _saved(
                request,
                signal,
                _("Your proposal has been sent to the owner organisation, which decides whether it is planned."),
                "acties",
            )
    return _not_saved(request, signal, {"propose": form})


@login_required
@require_POST
def follow(request, pk):
    """Follow a signal (new comments notify you) or stop following it: ``following=1`` or ``0``, else a toggle."""
    signal = visibility.get_signal_for_user(request.user, pk)
    wanted = request.POST.get("following")
    if wanted in ("0", "1"):
        following = wanted == "1"
    else:
        following = not SignalFollow.objects.filter(user=request.user, signal_id=signal.pk, muted=False).exists()
    sharing.follow(signal=signal, user=request.user, following=following)
    if following:
        message = _("You follow this signal: you get a notification of new comments.")
    else:
        message = _("You no longer follow this signal.")
    return _saved(request, signal, message, "samen-duiden")
