"""The signal pages, driven through Django's test client against the real database."""

import io
import re

import pytest
from django.urls import reverse
from django.utils.html import escape
from PIL import Image

from signals.constants import SignalStatus
from signals.models import Action, Attachment, Review, Signal, StepAnswer
from tests.factories import SignalFactory

pytestmark = pytest.mark.django_db

SIGNAL_LINK = re.compile(r'href="/signalen/([0-9a-f-]{36})/"')


@pytest.fixture
def own_signal(member):
    return SignalFactory(owner_organisation=member.membership.organisation, created_by=member)


def intake_post(**overrides):
    data = {
        "phenomenon": "rivaliserende_jeugd",
        "platform": "snapchat",
        "visibility": "public",
        "observed_at": "2026-11-20T12:30",
        "received_via": "seen_myself",
        "message_text": "Openbaar verhaal: 'vanavond plein, kom maar'",
        "reach_views": "120",
        "urgency": "medium",
        "persons-TOTAL_FORMS": "1",
        "persons-INITIAL_FORMS": "0",
        "persons-MIN_NUM_FORMS": "0",
        "persons-MAX_NUM_FORMS": "30",
        "persons-0-alias": "Jongen A",
        "persons-0-role": "poster",
        "persons-0-age": "17",
    }
    data.update(overrides)
    return data


def test_intake_logs_a_message(client, member):
    client.force_login(member)
    assert client.get(reverse("signals:create")).status_code == 200
    response = client.post(reverse("signals:create"), intake_post())
    signal = Signal.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("signals:detail", args=[signal.pk])
    assert signal.status == SignalStatus.OPEN
    assert signal.persons.get().alias == "Jongen A"


def test_invalid_intake_keeps_everything_and_saves_a_draft(client, member):
    client.force_login(member)
    response = client.post(
        reverse("signals:create"), intake_post(platform="", message_text="Mijn zorgvuldig getypte tekst")
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "Mijn zorgvuldig getypte tekst" in body
    assert 'role="alert"' in body
    draft = Signal.objects.get()
    assert draft.status == SignalStatus.DRAFT
    assert draft.message_text == "Mijn zorgvuldig getypte tekst"
    assert f'value="{draft.pk}"' in body  # the next submit completes this draft instead of making another


def test_bad_number_is_explained_not_500(client, member):
    client.force_login(member)
    response = client.post(reverse("signals:create"), intake_post(reach_views="veel"))
    assert response.status_code == 400
    assert "veel" in response.content.decode()


def test_draft_is_saved_while_typing(client, member):
    client.force_login(member)
    response = client.post(
        reverse("signals:draft"),
        {"message_text": "eerste woorden", "persons-TOTAL_FORMS": "0", "persons-INITIAL_FORMS": "0"},
    )
    draft = Signal.objects.get()
    assert response.status_code == 200
    assert str(draft.pk) in response.content.decode()
    client.post(
        reverse("signals:draft"),
        {
            "draft_id": str(draft.pk),
            "message_text": "eerste woorden en meer",
            "persons-TOTAL_FORMS": "0",
            "persons-INITIAL_FORMS": "0",
        },
    )
    assert Signal.objects.count() == 1
    draft.refresh_from_db()
    assert draft.message_text == "eerste woorden en meer"


def test_police_closed_source_without_order_is_refused_on_the_form(client, police_member):
    client.force_login(police_member)
    response = client.post(reverse("signals:create"), intake_post(visibility="closed"))
    assert response.status_code == 400
    assert "opsporingsbevel" in response.content.decode()


def test_walk_the_route(client, member, colleague, own_signal):
    client.force_login(member)
    response = client.get(reverse("signals:step", args=[own_signal.pk, 1]))
    assert response.status_code == 200
    assert "Is dit bericht openbaar of besloten?" in response.content.decode()
    response = client.post(
        reverse("signals:step", args=[own_signal.pk, 1]),
        {"openbaar_of_besloten__answer": "public", "emoji__text": "🔪 betekent dreiging"},
    )
    assert response.status_code == 302
    assert StepAnswer.objects.get(signal=own_signal, question="emoji").text == "🔪 betekent dreiging"
    client.post(reverse("signals:step", args=[own_signal.pk, 2]), {"grap__answer": "no"})
    response = client.post(reverse("signals:step", args=[own_signal.pk, 3]), {"decision": "no"})
    assert response["Location"] == reverse("signals:step", args=[own_signal.pk, 4])
    response = client.post(reverse("signals:step", args=[own_signal.pk, 4]), {"decision": "yes"})
    assert response["Location"] == reverse("signals:step", args=[own_signal.pk, 5])
    response = client.post(
        reverse("signals:step", args=[own_signal.pk, 5]),
        {
            "kind": "direct_message",
            "executing_organisation": str(member.membership.organisation.pk),
            "executing_person": "Sanne",
            "due_date": "2026-11-25",
            "status": "planned",
        },
    )
    assert response.status_code == 302
    action = Action.objects.get()
    response = client.post(
        reverse("signals:action-update", args=[action.pk]),
        {f"{action.pk}-status": "done", f"{action.pk}-evaluation": "Goed gesprek"},
    )
    action.refresh_from_db()
    assert (action.status, action.evaluation) == ("done", "Goed gesprek")
    # Four eyes: the colleague reviews with a different reading.
    client.force_login(colleague)
    assert "meekijken" in client.get(reverse("signals:detail", args=[own_signal.pk])).content.decode()
    client.post(reverse("signals:review", args=[own_signal.pk]), {"agrees": "no", "different_reading": "Drill."})
    assert Review.objects.get().different_reading == "Drill."


def test_step_4_no_needs_a_reason_and_keeps_the_answers(client, member, own_signal):
    own_signal.step = 4
    own_signal.save()
    client.force_login(member)
    response = client.post(
        reverse("signals:step", args=[own_signal.pk, 4]), {"decision": "no", "doel_interventie__text": "Rust"}
    )
    assert response.status_code == 400
    assert "Rust" in response.content.decode()
    response = client.post(
        reverse("signals:step", args=[own_signal.pk, 4]), {"decision": "no", "reason": "Grap", "watch": "on"}
    )
    own_signal.refresh_from_db()
    assert own_signal.status == SignalStatus.WATCH


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), "blue").save(buffer, format="PNG")
    return buffer.getvalue()


def test_screenshot_upload_and_download(client, member, police_member, own_signal):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(member)
    client.post(
        reverse("signals:attachment-upload", args=[own_signal.pk]),
        {"file": SimpleUploadedFile("a.png", _png(), "image/png")},
    )
    attachment = Attachment.objects.get()
    response = client.get(reverse("signals:attachment", args=[attachment.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["Cache-Control"] == "no-store, private"
    response = client.post(
        reverse("signals:attachment-upload", args=[own_signal.pk]),
        {"file": SimpleUploadedFile("shell.png", b"<?php echo 1; ?>", "image/png")},
        follow=True,
    )
    assert Attachment.objects.count() == 1
    assert "geen geldige afbeelding" in response.content.decode()
    client.force_login(police_member)
    assert client.get(reverse("signals:attachment", args=[attachment.pk])).status_code == 404


@pytest.mark.parametrize(
    "name",
    ["signals:detail", "signals:edit", "signals:history"],
)
def test_nobody_outside_the_owner_organisation_reaches_a_signal_page(client, police_member, own_signal, name):
    client.force_login(police_member)
    assert client.get(reverse(name, args=[own_signal.pk])).status_code == 404
    assert client.get(reverse("signals:step", args=[own_signal.pk, 1])).status_code == 404
    assert client.post(reverse("signals:review", args=[own_signal.pk]), {"agrees": "yes"}).status_code == 404


def test_worklist_query_count_is_constant(client, member, django_assert_max_num_queries):
    client.force_login(member)
    for _ in range(3):
        SignalFactory(owner_organisation=member.membership.organisation, created_by=member)
    client.get(reverse("signals:worklist"))
    with django_assert_max_num_queries(14) as small:
        client.get(reverse("signals:worklist"))
    for _ in range(30):
        SignalFactory(owner_organisation=member.membership.organisation, created_by=member)
    with django_assert_max_num_queries(len(small.captured_queries)):
        response = client.get(reverse("signals:worklist"))
    assert response.status_code == 200


def test_worklist_filters_and_search(client, member):
    client.force_login(member)
    SignalFactory(owner_organisation=member.membership.organisation, created_by=member, message_text="tekst over plein")
    SignalFactory(
        owner_organisation=member.membership.organisation,
        created_by=member,
        message_text="iets anders",
        platform="tiktok",
    )
    body = client.get(reverse("signals:worklist"), {"q": "plein"}).content.decode()
    assert len(SIGNAL_LINK.findall(body)) == 1
    body = client.get(reverse("signals:worklist"), {"platform": "tiktok"}, headers={"HX-Request": "true"}).content
    assert b"TikTok" in body and b"<html" not in body


def test_detail_query_count_is_constant(client, member, own_signal, django_assert_max_num_queries):
    client.force_login(member)
    client.get(reverse("signals:detail", args=[own_signal.pk]))
    with django_assert_max_num_queries(20):
        assert client.get(reverse("signals:detail", args=[own_signal.pk])).status_code == 200


def test_phenomena_page_and_practice(client, member):
    client.force_login(member)
    body = client.get(reverse("signals:phenomena")).content.decode()
    assert "Rivaliserende jeugd" in body or "rivaliserende jeugd" in body.lower()
    response = client.post(reverse("signals:practise", args=["rivaliserende_jeugd"]))
    signal = Signal.objects.get()
    assert signal.is_practice
    assert response["Location"] == reverse("signals:edit", args=[signal.pk])
    assert SIGNAL_LINK.findall(client.get(reverse("signals:worklist")).content.decode()) == []
    practice = client.get(reverse("signals:worklist"), {"oefening": "1"}).content.decode()
    assert SIGNAL_LINK.findall(practice) == [str(signal.pk)]


def test_history_names_who_changed_which_fields(client, member, own_signal, django_assert_max_num_queries):
    from signals import services

    services.signal_update(signal=own_signal, acting_user=member, data={"urgency": "high"})
    client.force_login(member)
    client.get(reverse("signals:history", args=[own_signal.pk]))
    with django_assert_max_num_queries(16):
        body = client.get(reverse("signals:history", args=[own_signal.pk])).content.decode()
    assert escape(member.get_full_name()) in body
    assert "wijzigde:" in body and "urgentie" in body
