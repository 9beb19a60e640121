"""The partner pages: "Gedeeld met ons", a shared signal at each level, and the joint interpretation (comments,
replies, double check, proposed actions, following), through Django's test client against the real database."""

import datetime as dt
import re
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from notifications.models import Notification
from partners.visibility import AccessLevel, get_signal_for_user
from signals import selectors, sharing
from signals.constants import ActionStatus, SignalStatus
from signals.models import AccessLogEntry, Action, Comment, DoubleCheck, Signal, SignalFollow, StepAnswer
from signals.presentation import redacted_signal_context
from signals.selectors import own_organisation_worklist
from tests.factories import MembershipFactory, OrganisationFactory, SignalFactory
from tests.roles import CANARY_FACTS, CANARY_FULL, CANARY_OWNER, build_world

pytestmark = pytest.mark.django_db

SHARE = {"purpose": "Samen duiden", "legal_ground": "covenant", "justification": "Nodig voor de duiding."}
LEVEL_BADGE = re.compile(r'app-level--(\w+)"')
ROW_LINK = re.compile(r'href="/signalen/([0-9a-f-]{36})/"')


@pytest.fixture
def world():
    return build_world()


def _page(client, user, signal):
    client.force_login(user)
    response = client.get(reverse("signals:detail", args=[signal.pk]))
    assert response.status_code == 200
    return response.content.decode()


def _share(signal, organisation, level="summary"):
    return sharing.share_create(
        signal=signal, acting_user=signal.created_by, organisation=organisation, level=level, **SHARE
    )


# --- the partner's signal page, at each level ---------------------------------------------------------------


def test_summary_partner_sees_the_summary_only(client, world):
    body = _page(client, world.users["police_summary"], world.objects["signal"])
    assert LEVEL_BADGE.search(body).group(1) == "summary"
    assert "Dreigende taal tussen twee groepen" in body  # the owner's sharing summary
    assert world.objects["youth"].name in body  # shared by: the organisation
    for marker in (CANARY_FACTS, CANARY_FULL, CANARY_OWNER):
        assert marker not in body
    assert 'id="message-heading"' not in body
    assert 'id="answers-heading"' not in body
    assert 'id="persons-heading"' not in body
    assert "/schermafbeeldingen/" not in body
    # No double-check form below facts level, but an action can be proposed and comments written.
    assert reverse("signals:double-check", args=[world.objects["signal"].pk]) not in body
    assert reverse("signals:action-propose", args=[world.objects["signal"].pk]) in body


def test_facts_partner_reads_message_and_answers_without_names(client, world):
    body = _page(client, world.users["enforcement_facts"], world.objects["signal"])
    assert LEVEL_BADGE.search(body).group(1) == "facts"
    assert f"{CANARY_FACTS} wij pakken jullie vanavond" in body  # the message, the poster's name left out
    assert f"{CANARY_FACTS} answer about" in body  # the step-1 answer, the handle left out
    assert "Emoji" in body or "emoji" in body  # the question text of the route
    assert CANARY_FULL not in body
    assert CANARY_OWNER not in body
    assert 'id="persons-heading"' not in body
    assert "/schermafbeeldingen/" not in body
    assert reverse("signals:double-check", args=[world.objects["signal"].pk]) in body


def test_full_partner_sees_persons_and_screenshot_links(client, world):
    body = _page(client, world.users["care_full"], world.objects["signal"])
    assert LEVEL_BADGE.search(body).group(1) == "full"
    assert f"{CANARY_FULL} alias" in body
    assert reverse("signals:attachment", args=[world.objects["attachment"].pk]) in body
    assert CANARY_OWNER not in body
    # The screenshot is a link, not an inline image: opening the page downloads nothing.
    assert "<img" not in body.split('id="screenshots-heading"')[1].split("</section>")[0]


class _RedactedBody(HTMLParser):
    """The text and the tags of the first element marked ``data-redacted-signal`` (signals/partials/
    _redacted_signal.html), with the heading levels left out: the preview sits one heading level deeper."""

    VOID = frozenset({"br", "hr", "img", "input", "wbr"})

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.depth, self.done, self.level = 0, False, None
        self.text: list[str] = []
        self.tags: list[tuple] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.done or (not self.depth and "data-redacted-signal" not in attrs):
            return
        if not self.depth:
            self.level = attrs["data-redacted-signal"]
        tag = re.sub(r"^h[1-6]$", "h", tag)
        attrs = {name: re.sub(r"utrecht-heading-\d", "utrecht-heading", value or "") for name, value in attrs.items()}
        self.tags.append((tag, sorted(attrs.items())))
        if tag not in self.VOID:
            self.depth += 1

    def handle_endtag(self, tag):
        if self.depth and tag not in self.VOID:
            self.depth -= 1
            self.done = self.depth == 0

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)

    @property
    def words(self) -> str:
        return " ".join("".join(self.text).split())


@pytest.mark.parametrize(
    ("role", "level", "seen", "unseen"),
    [
        ("police_summary", "summary", [], [CANARY_FACTS, CANARY_FULL, CANARY_OWNER]),
        ("enforcement_facts", "facts", [CANARY_FACTS, "emoji"], [CANARY_FULL, CANARY_OWNER]),
        ("care_full", "full", [CANARY_FACTS, CANARY_FULL], [CANARY_OWNER]),
    ],
)
def test_owner_preview_is_exactly_the_partner_page(client, world, role, level, seen, unseen):
    """The promise of the share page: the preview at a level shows what a receiver at that level gets — the same
    signal body, word for word and tag for tag (only one heading level deeper)."""
    signal = world.objects["signal"]
    partner = _RedactedBody(_page(client, world.users[role], signal))
    client.force_login(world.users["member"])
    response = client.post(
        reverse("signals:share-preview", args=[signal.pk]),
        {"level": level, "sharing_summary": signal.sharing_summary, "organisations": []},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    preview = _RedactedBody(response.content.decode())
    assert partner.level == preview.level == level
    assert partner.words == preview.words
    assert partner.tags == preview.tags
    assert "Dreigende taal tussen twee groepen" in partner.words
    for marker in seen:
        assert marker in partner.words
    for marker in unseen:
        assert marker not in partner.words


def test_preview_builds_from_the_owners_prefetched_signal_without_queries(world, django_assert_num_queries):
    signal = selectors.signal_for_route(user=world.users["member"], signal_id=world.objects["signal"].pk)
    with django_assert_num_queries(0):
        shown = redacted_signal_context(signal, AccessLevel.FULL, sharing_summary="Getypt")
    assert shown["signal"].sharing_summary == "Getypt"
    assert [step["number"] for step in shown["answer_steps"]] == [1, 2]
    with pytest.raises(ValueError):
        redacted_signal_context(get_signal_for_user(world.users["enforcement_facts"], signal.pk), AccessLevel.FULL)


@pytest.mark.parametrize("role", ["police_summary", "enforcement_facts", "care_full"])
def test_partners_never_see_who_logged_it(client, world, role):
    """Source protection (seed 003): organisations are named, never the professional who reported."""
    member = world.users["member"]
    body = _page(client, world.users[role], world.objects["signal"])
    assert escape(member.get_full_name()) not in body
    assert member.username not in body


@pytest.mark.parametrize("role", ["school_none", "network_coordinator", "other_network", "operator"])
def test_expired_revoked_and_strangers_get_404(client, world, role):
    client.force_login(world.users[role])
    assert client.get(reverse("signals:detail", args=[world.objects["signal"].pk])).status_code == 404


def test_reads_at_facts_and_full_are_logged_summary_not(client, world):
    signal = world.objects["signal"]
    for role in ("police_summary", "enforcement_facts", "care_full"):
        _page(client, world.users[role], signal)
    logged = {(entry.organisation_id, entry.level) for entry in AccessLogEntry.objects.filter(signal=signal)}
    assert logged == {(world.objects["enforcement"].pk, "facts"), (world.objects["care"].pk, "full")}


def test_partner_page_query_count(client, world, django_assert_max_num_queries):
    client.force_login(world.users["care_full"])
    url = reverse("signals:detail", args=[world.objects["signal"].pk])
    client.get(url)
    with django_assert_max_num_queries(30) as first:
        client.get(url)
    owner = get_signal_for_user(world.users["member"], world.objects["signal"].pk)
    for n in range(10):
        sharing.comment_create(signal=owner, acting_user=world.users["member"], text=f"c{n}", phase="beeldvorming")
    with django_assert_max_num_queries(len(first.captured_queries)):
        client.get(url)


# --- comments -----------------------------------------------------------------------------------------------


def test_comments_each_level_reads_its_own(client, world):
    signal = world.objects["signal"]
    summary = _page(client, world.users["police_summary"], signal)
    assert "Graag jullie blik." in summary
    assert "Let op de woorden" not in summary
    facts = _page(client, world.users["enforcement_facts"], signal)
    assert "Graag jullie blik." in facts and f"{CANARY_FACTS} comment" in facts
    assert f"{CANARY_FULL} comment" not in facts
    full = _page(client, world.users["care_full"], signal)
    assert f"{CANARY_FULL} comment" in full


def test_reply_is_indented_under_its_parent(client, world):
    body = _page(client, world.users["care_full"], world.objects["signal"])
    parent = Comment.objects.get(text__contains=f"{CANARY_FACTS} comment")
    reply = Comment.objects.get(parent=parent)
    thread = body.split(f'id="reactie-{parent.pk}"')[1]
    replies = thread.split("app-comments--replies")[1]
    assert f'id="reactie-{reply.pk}"' in replies
    # The reply is in another phase than its thread: it says so.
    assert "Oordeelsvorming" in replies.split(f'id="reactie-{reply.pk}"')[1][:1500]


def test_comments_are_signed_with_the_organisation_for_partners_and_the_name_for_colleagues(client, world):
    signal = world.objects["signal"]
    police_user = world.users["police_summary"]
    shared = get_signal_for_user(police_user, signal.pk)
    sharing.comment_create(signal=shared, acting_user=police_user, text="Wij kennen deze groep.", phase="beeldvorming")
    owner_body = _page(client, world.users["coordinator"], signal)
    police_name = world.objects["police"].name
    assert police_name in owner_body
    assert escape(police_user.get_full_name()) not in owner_body
    # The member wrote comments: the coordinator (same organisation) sees the name, the police only the organisation.
    assert escape(world.users["member"].get_full_name()) in owner_body
    police_body = _page(client, police_user, signal)
    assert escape(world.users["member"].get_full_name()) not in police_body
    assert escape(f"{police_user.get_full_name()} ({police_name})") in police_body


def test_partner_posts_a_comment_at_its_level(client, world):
    signal = world.objects["signal"]
    client.force_login(world.users["enforcement_facts"])
    response = client.post(
        reverse("signals:comment", args=[signal.pk]),
        {"text": "Wij zagen dit ook op straat.", "phase": "oordeelsvorming", "level": "facts"},
    )
    comment = Comment.objects.get(text="Wij zagen dit ook op straat.")
    assert response.status_code == 302
    assert response["Location"] == reverse("signals:detail", args=[signal.pk]) + f"#reactie-{comment.pk}"
    assert comment.organisation == world.objects["enforcement"]
    assert comment.level == "facts"
    assert comment.phase == "oordeelsvorming"
    # The summary partner does not read it; the owner does.
    assert "Wij zagen dit ook" not in _page(client, world.users["police_summary"], signal)
    assert "Wij zagen dit ook" in _page(client, world.users["member"], signal)


def test_level_choices_go_up_to_the_writers_own_level(client, world):
    body = _page(client, world.users["police_summary"], world.objects["signal"])
    new_comment_form = body.split('id="reageren"')[1].split("</form>")[0]
    assert 'value="summary"' in new_comment_form
    assert 'value="facts"' not in new_comment_form
    owner_form = _page(client, world.users["member"], world.objects["signal"]).split('id="reageren"')[1]
    owner_form = owner_form.split("</form>")[0]
    assert 'value="full"' in owner_form
    assert re.search(r'value="facts"[^>]*checked', owner_form)  # the owner writes for facts readers by default


def test_comment_above_own_level_is_refused_and_the_text_kept(client, world):
    signal = world.objects["signal"]
    client.force_login(world.users["police_summary"])
    response = client.post(
        reverse("signals:comment", args=[signal.pk]),
        {"text": "Mijn zorgvuldig getypte reactie", "phase": "beeldvorming", "level": "full"},
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "Mijn zorgvuldig getypte reactie" in body
    assert 'role="alert"' in body
    assert CANARY_FACTS not in body
    assert not Comment.objects.filter(text__contains="zorgvuldig").exists()


def test_owner_comment_error_rerenders_the_owner_page(client, world):
    client.force_login(world.users["member"])
    response = client.post(
        reverse("signals:comment", args=[world.objects["signal"].pk]),
        {"text": "", "phase": "nonsense", "level": "facts"},
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert 'id="reageren"' in body
    assert 'id="meekijken"' in body  # the owner's own page, with the route's sections
    assert 'id="level-heading"' not in body


@pytest.mark.parametrize("parent", ["not-a-uuid", "00000000-0000-0000-0000-000000000000", "other-signal"])
def test_reply_to_a_bad_parent_is_explained_not_500(client, world, parent):
    signal = world.objects["signal"]
    if parent == "other-signal":
        other = SignalFactory(owner_organisation=world.objects["youth"], created_by=world.users["member"])
        other_view = get_signal_for_user(world.users["member"], other.pk)
        parent = sharing.comment_create(
            signal=other_view, acting_user=world.users["member"], text="elders", phase="beeldvorming"
        ).pk
    client.force_login(world.users["police_summary"])
    response = client.post(
        reverse("signals:comment", args=[signal.pk]),
        {"text": "Mijn antwoord", "phase": "beeldvorming", "level": "summary", "parent": parent},
    )
    assert response.status_code == 400
    assert "Mijn antwoord" in response.content.decode()
    assert not Comment.objects.filter(text="Mijn antwoord").exists()


def test_reply_to_a_comment_above_my_level_is_refused(client, world):
    """The facts comment exists, but the summary partner cannot read it, so cannot reply to it."""
    signal = world.objects["signal"]
    facts_comment = Comment.objects.get(text__contains=f"{CANARY_FACTS} comment")
    client.force_login(world.users["police_summary"])
    response = client.post(
        reverse("signals:comment", args=[signal.pk]),
        {"text": "Antwoord", "phase": "beeldvorming", "level": "summary", "parent": str(facts_comment.pk)},
    )
    assert response.status_code == 400
    assert CANARY_FACTS not in response.content.decode()


def test_reply_form_offers_the_levels_from_its_thread_up_to_mine(client, world):
    signal = world.objects["signal"]
    parent = Comment.objects.get(text="Graag jullie blik.")  # readable from summary
    body = _page(client, world.users["enforcement_facts"], signal)
    select = body.split(f'id="reply-{parent.pk}-level"')[1].split("</select>")[0]
    assert re.findall(r'<option value="(\w+)"', select) == ["summary", "facts"]
    assert re.search(r'value="summary"\s+selected', select)
    facts_comment = Comment.objects.get(text__contains=f"{CANARY_FACTS} comment")
    select = body.split(f'id="reply-{facts_comment.pk}-level"')[1].split("</select>")[0]
    assert re.findall(r'<option value="(\w+)"', select) == ["facts"]


def test_reply_keeps_its_thread_level_and_phase(client, world):
    signal = world.objects["signal"]
    parent = Comment.objects.get(text="Graag jullie blik.")
    client.force_login(world.users["care_full"])
    response = client.post(
        reverse("signals:comment", args=[signal.pk]),
        {"text": "Ons antwoord", "phase": "beeldvorming", "level": "facts", "parent": str(parent.pk)},
    )
    assert response.status_code == 302
    reply = Comment.objects.get(text="Ons antwoord")
    assert reply.parent == parent
    assert reply.level == "facts"
    assert reply.organisation == world.objects["care"]


def test_reply_through_htmx_answers_with_the_section(client, world):
    signal = world.objects["signal"]
    parent = Comment.objects.get(text="Graag jullie blik.")
    client.force_login(world.users["police_summary"])
    url = reverse("signals:comment", args=[signal.pk])
    data = {"text": "Via htmx", "phase": "beeldvorming", "level": "summary", "parent": str(parent.pk)}
    response = client.post(url, data, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    body = response.content.decode()
    assert body.lstrip().startswith("<section")
    assert 'id="samen-duiden"' in body
    assert "Via htmx" in body
    assert 'role="status"' in body
    # An error keeps the typed text in the reply form, opened.
    response = client.post(url, {**data, "text": "", "level": "full"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert f'id="reply-{parent.pk}-text"' in response.content.decode()
    assert 'app-reply" open' in response.content.decode()


# --- double check -------------------------------------------------------------------------------------------


def test_double_check_needs_a_reading_when_not_agreeing(client, world):
    signal = world.objects["signal"]
    client.force_login(world.users["enforcement_facts"])
    url = reverse("signals:double-check", args=[signal.pk])
    response = client.post(url, {"step": "1", "agrees": "no", "reading": ""})
    assert response.status_code == 400
    assert not DoubleCheck.objects.exists()
    response = client.post(url, {"step": "1", "agrees": "no", "reading": "Wij lezen het als grootspraak."})
    assert response.status_code == 302
    assert response["Location"].endswith("#dubbelcheck")
    check = DoubleCheck.objects.get()
    assert (check.step, check.agrees, check.organisation) == (1, False, world.objects["enforcement"])


@pytest.mark.parametrize("data", [{"step": "3", "agrees": "yes"}, {"step": "x", "agrees": "maybe"}, {}])
def test_double_check_garbage_is_explained(client, world, data):
    client.force_login(world.users["care_full"])
    response = client.post(reverse("signals:double-check", args=[world.objects["signal"].pk]), data)
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


def test_owner_sees_all_double_checks_a_partner_its_own(client, world):
    signal = world.objects["signal"]
    for role in ("enforcement_facts", "care_full"):
        user = world.users[role]
        sharing.double_check_create(
            signal=get_signal_for_user(user, signal.pk), acting_user=user, step=2, agrees=True, reading=f"{role} ok"
        )
    owner = _page(client, world.users["member"], signal)
    assert "enforcement_facts ok" in owner and "care_full ok" in owner
    assert world.objects["enforcement"].name in owner
    assert escape(world.users["enforcement_facts"].get_full_name()) not in owner
    care = _page(client, world.users["care_full"], signal)
    assert "care_full ok" in care
    assert "enforcement_facts ok" not in care


@pytest.mark.parametrize("role", ["police_summary", "member", "school_none"])
def test_double_check_is_for_partners_at_facts_or_higher(client, world, role):
    client.force_login(world.users[role])
    response = client.post(
        reverse("signals:double-check", args=[world.objects["signal"].pk]), {"step": "1", "agrees": "yes"}
    )
    assert response.status_code == 404
    assert not DoubleCheck.objects.exists()


# --- proposing an action ------------------------------------------------------------------------------------


def test_partner_proposes_an_action_the_owner_sees_it(client, world):
    signal = world.objects["signal"]
    client.force_login(world.users["police_summary"])
    due = (timezone.localdate() + dt.timedelta(days=3)).isoformat()
    response = client.post(
        reverse("signals:action-propose", args=[signal.pk]),
        {
            "kind": "handhavend_optreden",
            "executing_organisation": str(world.objects["police"].pk),
            "description": "Gebiedsverbod overwegen.",
            "due_date": due,
        },
    )
    assert response.status_code == 302
    assert response["Location"].endswith("#acties")
    action = Action.objects.get(kind="handhavend_optreden")
    assert action.status == ActionStatus.PROPOSED
    assert action.proposed_by_organisation == world.objects["police"]
    police_body = _page(client, world.users["police_summary"], signal)
    assert "Gebiedsverbod overwegen." in police_body
    assert CANARY_OWNER not in police_body  # the owner's own step-5 action is not shown to partners
    owner_body = _page(client, world.users["member"], signal)
    assert "Gebiedsverbod overwegen." in owner_body
    assert reverse("signals:step", args=[signal.pk, 5]) in owner_body


@pytest.mark.parametrize(
    "data",
    [
        {"kind": "iets", "executing_organisation": "x"},
        {"kind": "opzoeken", "executing_organisation": "00000000-0000-0000-0000-000000000000"},
        {"kind": "opzoeken", "executing_organisation": "OTHER", "due_date": "morgen"},
        {},
    ],
)
def test_action_garbage_is_explained_and_kept(client, world, data):
    if data.get("executing_organisation") == "OTHER":
        data["executing_organisation"] = str(world.objects["other_org"].pk)
    data["description"] = "Mijn voorstel in woorden"
    client.force_login(world.users["police_summary"])
    response = client.post(reverse("signals:action-propose", args=[world.objects["signal"].pk]), data)
    assert response.status_code == 400
    body = response.content.decode()
    assert "Mijn voorstel in woorden" in body
    assert world.objects["other_org"].name not in body  # organisations of another network are not offered
    assert not Action.objects.filter(proposed_by_organisation__isnull=False).exists()


def test_owner_cannot_propose_only_plan(client, world):
    client.force_login(world.users["member"])
    response = client.post(reverse("signals:action-propose", args=[world.objects["signal"].pk]), {})
    assert response.status_code == 404


# --- following ----------------------------------------------------------------------------------------------


def test_follow_and_unfollow(client, world):
    signal = world.objects["signal"]
    user = world.users["police_summary"]
    client.force_login(user)
    url = reverse("signals:follow", args=[signal.pk])
    response = client.post(url)
    assert response.status_code == 302
    assert response["Location"].endswith("#samen-duiden")
    assert SignalFollow.objects.get(user=user, signal=signal).muted is False
    assert re.search(r'name="following"\s+value="0"', _page(client, user, signal))
    client.post(url)
    assert SignalFollow.objects.get(user=user, signal=signal).muted is True
    client.post(url, {"following": "0"})  # explicit: stays unfollowed
    assert SignalFollow.objects.get(user=user, signal=signal).muted is True
    # Followers are told about new comments they may read; after unfollowing, no more.
    Notification.objects.all().delete()
    owner = get_signal_for_user(world.users["member"], signal.pk)
    sharing.comment_create(signal=owner, acting_user=world.users["member"], text="x", phase="beeldvorming")
    assert not Notification.objects.filter(recipient=user).exists()
    client.post(url, {"following": "1"})
    sharing.comment_create(
        signal=owner, acting_user=world.users["member"], text="y", phase="beeldvorming", level="summary"
    )
    assert Notification.objects.filter(recipient=user, kind="comment").exists()


# --- "Gedeeld met ons" --------------------------------------------------------------------------------------


def _shared_ids(client, user, **params):
    client.force_login(user)
    response = client.get(reverse("signals:shared"), params)
    assert response.status_code == 200
    return ROW_LINK.findall(response.content.decode())


def test_worklist_lists_what_was_shared_with_us(client, world):
    signal = world.objects["signal"]
    for role in ("police_summary", "enforcement_facts", "care_full"):
        assert _shared_ids(client, world.users[role]) == [str(signal.pk)]
    for role in ("member", "school_none", "network_coordinator", "other_network", "operator"):
        assert _shared_ids(client, world.users[role]) == []


def test_worklist_rows_show_summary_level_things_only(client, world):
    client.force_login(world.users["care_full"])
    body = client.get(reverse("signals:shared")).content.decode()
    assert "Dreigende taal" in body
    assert world.objects["youth"].name in body
    assert "app-badge--level-full" in body
    for marker in (CANARY_FACTS, CANARY_FULL, CANARY_OWNER):
        assert marker not in body
    assert escape(world.users["member"].get_full_name()) not in body


@pytest.mark.parametrize(
    ("role", "q", "found"),
    [
        ("police_summary", "Dreigende", True),  # the summary: every level reads it
        ("police_summary", CANARY_FACTS, False),  # the message text: facts and up
        ("enforcement_facts", "pakken jullie", True),  # a word of the message, not of a name
        ("enforcement_facts", CANARY_FULL, False),  # a name left out of the message at facts level
        ("enforcement_facts", "zegt " + CANARY_FULL[:8], False),
        ("care_full", CANARY_FULL, True),
        ("care_full", CANARY_OWNER, False),  # the owner's police reference and steps 3-5
        ("enforcement_facts", CANARY_OWNER, False),
    ],
)
def test_worklist_search_never_matches_above_our_level(client, world, role, q, found):
    ids = _shared_ids(client, world.users[role], q=q)
    assert ids == ([str(world.objects["signal"].pk)] if found else [])


def test_worklist_search_at_facts_reads_the_partner_version(client, world):
    signal = world.objects["signal"]
    Signal.objects.filter(pk=signal.pk).update(message_text_for_partners="Dreiging richting het plein.")
    assert _shared_ids(client, world.users["enforcement_facts"], q="richting het plein") == [str(signal.pk)]
    assert _shared_ids(client, world.users["enforcement_facts"], q="pakken jullie") == []  # only in the original
    assert _shared_ids(client, world.users["care_full"], q="pakken jullie") == [str(signal.pk)]


def test_worklist_filters(client, world):
    police = world.users["police_summary"]
    signal = world.objects["signal"]
    assert _shared_ids(client, police, level="summary") == [str(signal.pk)]
    assert _shared_ids(client, police, level="facts") == []
    assert _shared_ids(client, police, platform=signal.platform) == [str(signal.pk)]
    assert _shared_ids(client, police, platform="discord") == []
    assert _shared_ids(client, police, phenomenon="fraude") == []
    assert _shared_ids(client, police, level="nonsense", page="x") == [str(signal.pk)]


def test_worklist_htmx_answers_with_the_table(client, world):
    client.force_login(world.users["police_summary"])
    response = client.get(reverse("signals:shared"), {"q": "Dreigende"}, HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in body and "<table" in body


def _acute_world(owner, receiver_org, now):
    """Three shared signals: an older acute one not handled, a newer normal one, an acute one handled."""
    old_acute = SignalFactory(owner_organisation=owner.membership.organisation, created_by=owner, acute=True)
    normal = SignalFactory(owner_organisation=owner.membership.organisation, created_by=owner)
    handled = SignalFactory(
        owner_organisation=owner.membership.organisation, created_by=owner, acute=True, acute_handled_at=now
    )
    closed = SignalFactory(
        owner_organisation=owner.membership.organisation, created_by=owner, acute=True, status=SignalStatus.CLOSED
    )
    for days, signal in ((5, old_acute), (1, normal), (0, handled), (0, closed)):
        Signal.objects.filter(pk=signal.pk).update(created_at=now - dt.timedelta(days=days, minutes=days))
    if receiver_org is not None:
        for signal in (old_acute, normal, handled, closed):
            _share(signal, receiver_org)
    return old_acute, normal, handled, closed


def test_acute_not_handled_first_then_newest_in_both_worklists(client, member, police_member):
    now = timezone.now()
    old_acute, normal, handled, closed = _acute_world(member, police_member.membership.organisation, now)
    expected = [str(old_acute.pk), str(closed.pk), str(handled.pk), str(normal.pk)]
    ids = _shared_ids(client, police_member)
    assert ids[0] == str(old_acute.pk)
    assert sorted(ids[1:]) == sorted(expected[1:])
    assert ids[-1] == str(normal.pk)
    own = [str(pk) for pk in own_organisation_worklist(user=member).values_list("pk", flat=True)]
    assert own[0] == str(old_acute.pk)
    assert own[-1] == str(normal.pk)
    body = client.get(reverse("signals:shared")).content.decode()
    assert body.count("app-row--acute") == 1  # only the one still acute is marked


def test_worklist_query_count_is_constant(client, member, police_member, django_assert_max_num_queries):
    owner_org = member.membership.organisation
    police = police_member.membership.organisation
    _share(SignalFactory(owner_organisation=owner_org, created_by=member), police)
    client.force_login(police_member)
    url = reverse("signals:shared")
    client.get(url)
    with django_assert_max_num_queries(20) as few:
        client.get(url)
    signals = Signal.objects.bulk_create(
        [
            Signal(
                owner_organisation=owner_org,
                created_by=member,
                status=SignalStatus.OPEN,
                sharing_summary=f"Samenvatting {n}",
                platform="tiktok",
                visibility="public",
                phenomenon_id=Signal.objects.first().phenomenon_id,
            )
            for n in range(60)
        ]
    )
    from partners.visibility import grant_signal_level

    for n, signal in enumerate(signals):
        grant_signal_level(signal=signal, organisation=police, level=[AccessLevel.SUMMARY, AccessLevel.FACTS][n % 2])
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url)
    assert len(ROW_LINK.findall(response.content.decode())) == 25
    with django_assert_max_num_queries(len(few.captured_queries)):
        page_two = client.get(url, {"q": "Samenvatting", "page": "2"}).content.decode()
    # The pages link to each other with the search kept.
    assert f'href="{url}?q=Samenvatting&amp;page=3"' in page_two
    assert f'href="{url}?q=Samenvatting&amp;page=1"' in page_two


def test_other_organisation_of_the_network_does_not_see_my_share_with_police(client, member, network):
    other = MembershipFactory(organisation=OrganisationFactory(network=network, school=True)).user
    police = MembershipFactory(organisation=OrganisationFactory(network=network, politie=True)).user
    _share(
        SignalFactory(owner_organisation=member.membership.organisation, created_by=member),
        police.membership.organisation,
    )
    assert _shared_ids(client, other) == []
    assert len(_shared_ids(client, police)) == 1


def test_answers_show_question_text_and_answer_label(client, world):
    StepAnswer.objects.create(
        signal=world.objects["signal"],
        step=2,
        question="grap",
        answer="no",
        text="Geen grap, gezien de eerdere vechtpartij.",
        updated_by=world.users["member"],
    )
    body = _page(client, world.users["enforcement_facts"], world.objects["signal"])
    assert "Geen grap, gezien de eerdere vechtpartij." in body
    answers = body.split('id="answers-heading"')[1]
    assert "2. Contextinformatie" in answers


def _current_nav(body: str) -> list[str]:
    nav = body.split('class="utrecht-nav-bar app-nav"')[1].split("</nav>")[0]
    return re.findall(r'href="([^"]+)"\s*aria-current="page"', nav)


def test_navigation_marks_where_you_are(client, world):
    signal = world.objects["signal"]
    client.force_login(world.users["police_summary"])
    assert _current_nav(client.get(reverse("signals:shared")).content.decode()) == [reverse("signals:shared")]
    # A partner reading a shared signal is under "Gedeeld met ons", not under the own signals.
    assert _current_nav(_page(client, world.users["police_summary"], signal)) == [reverse("signals:shared")]
    client.force_login(world.users["member"])
    assert _current_nav(client.get(reverse("signals:worklist")).content.decode()) == [reverse("signals:worklist")]
    assert _current_nav(_page(client, world.users["member"], signal)) == [reverse("signals:worklist")]
    assert _current_nav(client.get(reverse("signals:phenomena")).content.decode()) == [reverse("signals:phenomena")]


def test_comment_texts_leave_out_names_below_full_level_on_the_page(client):
    """A comment that names the poster by mistake does not carry the name to a reader at facts level (as in the
    API): the visibility core's text_at_level, not the template."""
    from partners.visibility import get_signal_for_user
    from signals import sharing
    from tests.roles import CANARY_FULL, build_world

    world = build_world()
    owner = world.users["member"]
    sharing.comment_create(
        signal=get_signal_for_user(owner, world.objects["signal"].pk),
        acting_user=owner,
        phase="beeldvorming",
        level="facts",
        text=f"Het gaat om @{CANARY_FULL}, ken je hem?",
    )
    url = f"/signalen/{world.objects['signal'].pk}/"
    client.force_login(world.users["enforcement_facts"])
    facts_page = client.get(url).content.decode()
    assert "ken je hem?" in facts_page
    assert CANARY_FULL not in facts_page
    client.force_login(world.users["care_full"])
    assert f"@{CANARY_FULL}, ken je hem?" in client.get(url).content.decode()
