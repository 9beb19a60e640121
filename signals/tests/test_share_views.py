"""The owner's sharing pages (issue 4): the share form with its rules and preview, revoke, the acute path, the
access log and the logging of screenshot downloads. Django's test client against the real database."""

import datetime as dt
import io
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from PIL import Image

from partners.visibility import AccessLevel, get_signal_for_user, signal_access_level
from signals import services, sharing
from signals.constants import AccessKind
from signals.models import AccessLogEntry, Person, Share, Signal, SignalGroupObjectPermission, StepAnswer
from tests.factories import MembershipFactory, OrganisationFactory, SignalFactory

pytestmark = pytest.mark.django_db

PERSON_MARKER = "PERSONMARKER-41c9"  # a person's alias: only ever at full level
HANDLE_MARKER = "handlemarker_77"  # the person's account name
FACTS_MARKER = "FACTSMARKER-0b2d"  # in the message text: facts level and up


@pytest.fixture
def youth(member):
    return member.membership.organisation


@pytest.fixture
def police(police_member):
    return police_member.membership.organisation


@pytest.fixture
def coordinator(youth):
    return MembershipFactory(organisation=youth, coordinator=True).user


@pytest.fixture
def care_member(network):
    return MembershipFactory(organisation=OrganisationFactory(network=network, name="Wijkteam Test")).user


@pytest.fixture
def own_signal(member, youth):
    """A logged signal whose message names its poster, by alias and by handle."""
    signal = SignalFactory(
        owner_organisation=youth,
        created_by=member,
        message_text=f"{FACTS_MARKER}: {PERSON_MARKER} schrijft 'vanavond plein' (@{HANDLE_MARKER})",
        sharing_summary="Oproep tot een confrontatie tussen twee groepen.",
        location_mentioned="het plein",
    )
    Person.objects.create(
        signal=signal, alias=PERSON_MARKER, role="poster", age=17, handle=f"@{HANDLE_MARKER}", known_how="band"
    )
    StepAnswer.objects.create(
        signal=signal, step=1, question="emoji", text=f"Het mes-emoji van {PERSON_MARKER}", updated_by=member
    )
    return signal


def share_url(signal):
    return reverse("signals:share", args=[signal.pk])


def share_post(organisations, **overrides):
    data = {
        "organisations": [str(o.pk) for o in organisations],
        "level": "summary",
        "purpose": "Samen duiden of er een confrontatie dreigt.",
        "legal_ground": "public_source",
        "justification": "",
        "expires_at": "",
        "sharing_summary": "Oproep tot een confrontatie tussen twee groepen, openbaar verhaal.",
    }
    data.update(overrides)
    return data


def field_error(body: str, name: str) -> bool:
    """The error of a field, rendered by includes/_field.html and linked to it by id."""
    return f'id="id_{name}-error"' in body


def is_checked(body: str, name: str, value) -> bool:
    """Is the checkbox or radio button ``name``=``value`` checked in the page?"""
    for tag in re.findall(r"<input[^>]*>", body):
        if f'name="{name}"' in tag and f'value="{value}"' in tag:
            return re.search(r"\schecked\b", tag) is not None
    raise AssertionError(f"no input {name}={value}")


def _png() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (12, 12), "blue").save(buffer, format="PNG")
    return SimpleUploadedFile("a.png", buffer.getvalue(), "image/png")


# --- the share page ---------------------------------------------------------------------------------------------


def test_share_page_offers_the_partner_organisations_with_their_current_share(
    client, member, youth, police, care_member, own_signal
):
    care = care_member.membership.organisation
    sharing.share_create(
        signal=own_signal,
        acting_user=member,
        organisation=care,
        level="facts",
        purpose="x",
        legal_ground="covenant",
        justification="nodig",
    )
    client.force_login(member)
    response = client.get(share_url(own_signal))
    body = response.content.decode()
    assert response.status_code == 200
    assert f'value="{police.pk}"' in body
    assert f'value="{care.pk}"' in body
    assert f'value="{youth.pk}"' not in body  # the own organisation sees it already
    assert "Oproep tot een confrontatie tussen twee groepen." in body  # the summary, prefilled
    assert f'hx-post="{reverse("signals:share-preview", args=[own_signal.pk])}"' in body  # the live preview
    hint = body[body.index(f'value="{care.pk}"') :]
    assert "Feitelijk" in hint[: hint.index("</li>")]


def test_share_at_summary_level(client, member, police, police_member, own_signal):
    client.force_login(member)
    response = client.post(share_url(own_signal), share_post([police]))
    assert response.status_code == 302
    assert response["Location"] == reverse("signals:detail", args=[own_signal.pk]) + "#delen"
    share = Share.objects.get()
    assert (share.organisation, share.level, share.legal_ground) == (police, "summary", "public_source")
    assert share.created_by == member
    assert signal_access_level(police_member, own_signal) == AccessLevel.SUMMARY
    own_signal.refresh_from_db()
    assert own_signal.sharing_summary == "Oproep tot een confrontatie tussen twee groepen, openbaar verhaal."


def test_nobody_but_the_owner_organisation_reaches_the_share_pages(client, police_member, other_network, own_signal):
    outsider = MembershipFactory(organisation=OrganisationFactory(network=other_network)).user
    for user in (police_member, outsider):
        client.force_login(user)
        assert client.get(share_url(own_signal)).status_code == 404
        assert client.post(reverse("signals:share-preview", args=[own_signal.pk])).status_code == 404
        assert client.post(reverse("signals:acute-handled", args=[own_signal.pk])).status_code == 404


def test_justification_is_required_above_summary_and_nothing_typed_is_lost(client, member, police, own_signal):
    client.force_login(member)
    response = client.post(
        share_url(own_signal), share_post([police], level="facts", purpose="Mijn zorgvuldig getypte doel")
    )
    body = response.content.decode()
    assert response.status_code == 400
    assert field_error(body, "justification")
    assert 'role="alert"' in body
    assert "Mijn zorgvuldig getypte doel" in body
    assert is_checked(body, "organisations", police.pk)
    assert is_checked(body, "level", "facts")
    assert not is_checked(body, "level", "summary")
    assert Share.objects.count() == 0


def test_required_fields_are_explained(client, member, police, own_signal):
    client.force_login(member)
    response = client.post(share_url(own_signal), {"level": "summary"})
    body = response.content.decode()
    assert response.status_code == 400
    for name in ("organisations", "purpose", "legal_ground", "sharing_summary"):
        assert field_error(body, name), name


def test_every_problem_is_said_at_once(client, member, police, own_signal):
    Signal.objects.filter(pk=own_signal.pk).update(received_via="from_youth")
    client.force_login(member)
    response = client.post(
        share_url(own_signal),
        share_post([police], level="facts", purpose="", trust_relation_at_risk="yes", expires_at="morgen"),
    )
    body = response.content.decode()
    assert response.status_code == 400
    for name in ("purpose", "justification", "weighing_effectiveness", "expires_at"):
        assert field_error(body, name), name
        assert f'href="#id_{name}"' in body  # the summary above the form links to the field
    assert Share.objects.count() == 0
    own_signal.refresh_from_db()
    assert own_signal.sharing_summary == "Oproep tot een confrontatie tussen twee groepen."  # the dry run rolled back


def test_missing_summary_is_refused(client, member, police, own_signal):
    client.force_login(member)
    response = client.post(share_url(own_signal), share_post([police], sharing_summary="   "))
    assert response.status_code == 400
    assert field_error(response.content.decode(), "sharing_summary")
    assert Share.objects.count() == 0


def test_expiry_in_the_past_is_refused(client, member, police, own_signal):
    client.force_login(member)
    past = timezone.localtime() - dt.timedelta(hours=1)
    response = client.post(share_url(own_signal), share_post([police], expires_at=past.strftime("%Y-%m-%dT%H:%M")))
    assert response.status_code == 400
    assert field_error(response.content.decode(), "expires_at")
    assert Share.objects.count() == 0


def test_expiry_is_read_as_dutch_time(client, member, police, own_signal):
    client.force_login(member)
    response = client.post(share_url(own_signal), share_post([police], expires_at="2099-06-01T18:30"))
    assert response.status_code == 302
    share = Share.objects.get()
    assert share.expires_at == dt.datetime(2099, 6, 1, 16, 30, tzinfo=dt.UTC)  # CEST is UTC+2
    grant = SignalGroupObjectPermission.objects.get(content_object=own_signal, group=police.group)
    assert grant.expires_at == share.expires_at


def test_special_categories_from_a_closed_source_not_at_full_and_the_form_says_why(client, member, police, own_signal):
    Signal.objects.filter(pk=own_signal.pk).update(visibility="closed")
    client.force_login(member)
    data = share_post(
        [police], level="full", legal_ground="consent", justification="Namen nodig", special_categories="yes"
    )
    response = client.post(share_url(own_signal), data)
    body = response.content.decode()
    assert response.status_code == 400
    assert field_error(body, "level")
    error = body[body.index('id="id_level-error"') :][:600]
    assert "levensbelang" in error.lower() or "vital interest" in error.lower()
    assert Share.objects.count() == 0
    # On the ground of acute danger it may go out.
    response = client.post(share_url(own_signal), {**data, "legal_ground": "vital_interest"})
    assert response.status_code == 302
    assert Share.objects.get().special_categories is True


def test_special_categories_answered_yes_at_step_3_cannot_be_undone_on_the_share_form(
    client, member, police, own_signal
):
    Signal.objects.filter(pk=own_signal.pk).update(visibility="closed")
    StepAnswer.objects.create(
        signal=own_signal, step=3, question="bijzondere_persoonsgegevens", answer="yes", updated_by=member
    )
    client.force_login(member)
    body = client.get(share_url(own_signal)).content.decode()
    assert is_checked(body, "special_categories", "yes")
    tag = next(t for t in re.findall(r"<input[^>]*>", body) if 'name="special_categories" value="no"' in t)
    assert "disabled" in tag
    data = share_post(
        [police], level="full", legal_ground="consent", justification="Namen nodig", special_categories="no"
    )
    response = client.post(share_url(own_signal), data)
    assert response.status_code == 400
    assert field_error(response.content.decode(), "level")


def test_a_message_a_youth_sent_in_confidence_asks_the_trust_question_first(client, member, police, own_signal):
    Signal.objects.filter(pk=own_signal.pk).update(received_via="from_youth")
    client.force_login(member)
    body = client.get(share_url(own_signal)).content.decode()
    assert 'name="trust_relation_at_risk"' in body
    assert body.index('name="trust_relation_at_risk"') < body.index('name="organisations"')
    for name in ("weighing_effectiveness", "weighing_alternatives", "weighing_proportionality"):
        assert f'name="{name}"' in body

    response = client.post(share_url(own_signal), share_post([police]))
    assert response.status_code == 400
    assert field_error(response.content.decode(), "trust_relation_at_risk")

    response = client.post(share_url(own_signal), share_post([police], trust_relation_at_risk="yes"))
    body = response.content.decode()
    assert response.status_code == 400
    for name in ("weighing_effectiveness", "weighing_alternatives", "weighing_proportionality"):
        assert field_error(body, name), name
    assert Share.objects.count() == 0

    response = client.post(
        share_url(own_signal),
        share_post(
            [police],
            trust_relation_at_risk="yes",
            weighing_effectiveness="Veiligheid van de groep gaat voor",
            weighing_alternatives="Geen andere weg",
            weighing_proportionality="Alleen de samenvatting",
        ),
    )
    assert response.status_code == 302
    share = Share.objects.get()
    assert share.trust_relation_at_risk is True
    assert share.weighing_alternatives == "Geen andere weg"


def test_no_trust_question_for_a_message_seen_by_the_professional(client, member, own_signal):
    client.force_login(member)
    assert 'name="trust_relation_at_risk"' not in client.get(share_url(own_signal)).content.decode()


def test_several_organisations_at_once(client, member, police, care_member, own_signal):
    care = care_member.membership.organisation
    client.force_login(member)
    response = client.post(share_url(own_signal), share_post([police, care], level="facts", justification="Nodig"))
    assert response.status_code == 302
    assert set(Share.objects.values_list("organisation", "level")) == {(police.pk, "facts"), (care.pk, "facts")}


def test_several_organisations_all_or_nothing(client, member, police, care_member, own_signal, monkeypatch):
    """When sharing with the second organisation fails, the first share is not kept either."""
    care = care_member.membership.organisation
    real_share_create = sharing.share_create

    def failing_for_care(**kwargs):
        if kwargs["organisation"] == care:
            raise ValidationError({"organisation": ["Dit lukt niet."]})
        return real_share_create(**kwargs)

    monkeypatch.setattr(sharing, "share_create", failing_for_care)
    client.force_login(member)
    response = client.post(share_url(own_signal), share_post([police, care], sharing_summary="Nieuwe samenvatting"))
    body = response.content.decode()
    assert response.status_code == 400
    assert field_error(body, "organisations")
    assert f"{care.name}: Dit lukt niet." in body
    assert Share.objects.count() == 0
    assert not SignalGroupObjectPermission.objects.filter(content_object=own_signal).exists()
    own_signal.refresh_from_db()
    assert own_signal.sharing_summary == "Oproep tot een confrontatie tussen twee groepen."
    assert "Nieuwe samenvatting" in body


def test_sharing_again_replaces_the_share(client, member, police, own_signal):
    client.force_login(member)
    client.post(share_url(own_signal), share_post([police]))
    client.post(share_url(own_signal), share_post([police], level="facts", justification="Meer nodig"))
    states = sorted((s.level, s.state) for s in Share.objects.all())
    assert states == [("facts", "active"), ("summary", "replaced")]


def test_a_draft_or_practice_signal_offers_no_form(client, member, youth, police):
    client.force_login(member)
    for signal in (
        SignalFactory(owner_organisation=youth, created_by=member, draft=True),
        SignalFactory(owner_organisation=youth, created_by=member, practice=True),
    ):
        body = client.get(share_url(signal)).content.decode()
        assert 'name="organisations"' not in body


# --- the preview ------------------------------------------------------------------------------------------------


def preview(client, signal, **values):
    return client.post(reverse("signals:share-preview", args=[signal.pk]), values, HTTP_HX_REQUEST="true")


def test_preview_at_summary_shows_only_the_typed_summary(client, member, police, own_signal):
    client.force_login(member)
    response = preview(
        client, own_signal, level="summary", sharing_summary="GETYPTE-SAMENVATTING", organisations=[str(police.pk)]
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "GETYPTE-SAMENVATTING" in body
    assert police.name in body
    for marker in (FACTS_MARKER, PERSON_MARKER, HANDLE_MARKER):
        assert marker not in body
    own_signal.refresh_from_db()
    assert own_signal.sharing_summary == "Oproep tot een confrontatie tussen twee groepen."  # never saved


def test_preview_at_facts_leaves_persons_and_names_out(client, member, own_signal):
    client.force_login(member)
    body = preview(client, own_signal, level="facts", sharing_summary="s").content.decode()
    assert FACTS_MARKER in body  # the message text
    assert "Het mes-emoji van" in body  # the answers of step 1
    assert PERSON_MARKER not in body
    assert HANDLE_MARKER not in body


def test_preview_at_full_shows_persons(client, member, own_signal):
    client.force_login(member)
    body = preview(client, own_signal, level="full", sharing_summary="s").content.decode()
    assert PERSON_MARKER in body
    assert HANDLE_MARKER in body


def test_preview_uses_the_typed_version_for_partners_without_saving_it(client, member, police, own_signal):
    client.force_login(member)
    page = client.get(share_url(own_signal)).content.decode()
    assert 'name="message_text_for_partners"' in page  # the message names its poster
    body = preview(
        client, own_signal, level="facts", sharing_summary="s", message_text_for_partners="EIGEN-VERSIE zonder namen"
    ).content.decode()
    assert "EIGEN-VERSIE zonder namen" in body
    assert FACTS_MARKER not in body
    own_signal.refresh_from_db()
    assert own_signal.message_text_for_partners == ""


def test_preview_without_javascript_rerenders_the_form_and_saves_nothing(client, member, police, own_signal):
    client.force_login(member)
    data = share_post([police], level="facts", justification="", sharing_summary="GETYPTE-SAMENVATTING", preview="1")
    response = client.post(share_url(own_signal), data)
    body = response.content.decode()
    assert response.status_code == 200
    assert Share.objects.count() == 0
    assert 'id="voorbeeld"' in body
    assert FACTS_MARKER in body[body.index('id="voorbeeld"') :]
    assert PERSON_MARKER not in body[body.index('id="voorbeeld"') :]
    assert body.count("GETYPTE-SAMENVATTING") == 2  # in the field and in the preview
    assert not field_error(body, "justification")  # a preview is not an attempt to share
    own_signal.refresh_from_db()
    assert own_signal.sharing_summary == "Oproep tot een confrontatie tussen twee groepen."


def test_shared_version_for_partners_is_what_facts_receivers_read(client, member, police, police_member, own_signal):
    client.force_login(member)
    response = client.post(
        share_url(own_signal),
        share_post([police], level="facts", justification="Nodig", message_text_for_partners="De plaatser dreigt."),
    )
    assert response.status_code == 302
    own_signal.refresh_from_db()
    assert own_signal.message_text_for_partners == "De plaatser dreigt."


def test_preview_is_post_only(client, member, own_signal):
    client.force_login(member)
    assert client.get(reverse("signals:share-preview", args=[own_signal.pk])).status_code == 405


# --- the shares panel, revoke, the acute path ------------------------------------------------------------------


def test_shares_panel_lists_shares_and_revoke_ends_one(client, member, police, police_member, own_signal):
    share = sharing.share_create(
        signal=own_signal, acting_user=member, organisation=police, purpose="Samen duiden", legal_ground="covenant"
    )
    client.force_login(member)
    body = client.get(reverse("signals:detail", args=[own_signal.pk])).content.decode()
    assert police.name in body
    revoke_url = reverse("signals:share-revoke", args=[own_signal.pk, share.pk])
    assert revoke_url in body
    assert reverse("signals:access-log", args=[own_signal.pk]) not in body  # a member, not the coordinator

    response = client.post(revoke_url)
    assert response.status_code == 302
    share.refresh_from_db()
    assert share.state == "revoked"
    assert signal_access_level(police_member, own_signal) == AccessLevel.NONE
    body = client.get(reverse("signals:detail", args=[own_signal.pk])).content.decode()
    assert revoke_url not in body
    # Revoking again changes nothing and says so.
    assert client.post(revoke_url).status_code == 302


def test_revoke_is_for_the_owner_only(client, member, police, police_member, own_signal):
    share = sharing.share_create(
        signal=own_signal, acting_user=member, organisation=police, purpose="Samen duiden", legal_ground="covenant"
    )
    client.force_login(police_member)
    assert client.post(reverse("signals:share-revoke", args=[own_signal.pk, share.pk])).status_code == 404
    share.refresh_from_db()
    assert share.state == "active"


def test_acute_signal_shows_the_acute_path_until_handled(client, member, youth):
    signal = SignalFactory(owner_organisation=youth, created_by=member, acute=True)
    client.force_login(member)
    detail = reverse("signals:detail", args=[signal.pk])
    handled_url = reverse("signals:acute-handled", args=[signal.pk])
    body = client.get(detail).content.decode()
    assert handled_url in body
    assert 'id="acute-heading"' in body
    assert share_url(signal) in body

    assert client.post(handled_url).status_code == 302
    signal.refresh_from_db()
    assert signal.acute_handled_at is not None
    body = client.get(detail).content.decode()
    assert handled_url not in body
    assert 'id="acute-heading"' not in body


def test_step_3_yes_leads_to_sharing(client, member, own_signal):
    client.force_login(member)
    response = client.post(reverse("signals:step", args=[own_signal.pk, 3]), {"decision": "yes"})
    assert response.status_code == 302
    assert response["Location"] == share_url(own_signal)


def test_step_3_acute_leads_to_sharing(client, member, own_signal):
    client.force_login(member)
    response = client.post(
        reverse("signals:step", args=[own_signal.pk, 3]), {"ernstige_feiten__answer": "yes", "decision": "no"}
    )
    assert response["Location"] == share_url(own_signal)
    own_signal.refresh_from_db()
    assert own_signal.is_acute


def test_step_3_yes_on_a_practice_signal_goes_on_to_step_4(client, member, youth):
    signal = SignalFactory(owner_organisation=youth, created_by=member, practice=True)
    client.force_login(member)
    response = client.post(reverse("signals:step", args=[signal.pk, 3]), {"decision": "yes"})
    assert response["Location"] == reverse("signals:step", args=[signal.pk, 4])


def test_step_3_no_goes_on_to_step_4(client, member, own_signal):
    client.force_login(member)
    response = client.post(reverse("signals:step", args=[own_signal.pk, 3]), {"decision": "no"})
    assert response["Location"] == reverse("signals:step", args=[own_signal.pk, 4])


# --- the access log ---------------------------------------------------------------------------------------------


def access_log_url(signal):
    return reverse("signals:access-log", args=[signal.pk])


def test_access_log_is_for_the_owner_coordinator_only(client, member, coordinator, police, police_member, own_signal):
    sharing.share_create(
        signal=own_signal,
        acting_user=member,
        organisation=police,
        level="facts",
        purpose="x",
        legal_ground="covenant",
        justification="nodig",
    )
    from partners.visibility import record_access

    record_access(police_member, [get_signal_for_user(police_member, own_signal.pk)], kind=AccessKind.PAGE)
    client.force_login(coordinator)
    response = client.get(access_log_url(own_signal))
    body = response.content.decode()
    assert response.status_code == 200
    assert escape(police_member.get_full_name()) in body
    assert police.name in body
    detail = client.get(reverse("signals:detail", args=[own_signal.pk])).content.decode()
    assert access_log_url(own_signal) in detail
    for user in (member, police_member):
        client.force_login(user)
        assert client.get(access_log_url(own_signal)).status_code == 404


def test_access_log_newest_first_paginated_in_constant_queries(
    client, coordinator, police, police_member, own_signal, django_assert_max_num_queries
):
    def add(count, start):
        AccessLogEntry.objects.bulk_create(
            AccessLogEntry(
                signal=own_signal,
                user=police_member,
                organisation=police,
                level="facts",
                kind=AccessKind.PAGE,
            )
            for _ in range(count)
        )
        # Spread the times so the order is visible.
        for offset, entry in enumerate(AccessLogEntry.objects.filter(signal=own_signal).order_by("id")[start:]):
            AccessLogEntry.objects.filter(pk=entry.pk).update(at=timezone.now() - dt.timedelta(minutes=1000 - offset))

    client.force_login(coordinator)
    add(1, 0)
    client.get(access_log_url(own_signal))  # warm up the session and the content types
    with django_assert_max_num_queries(8) as few:
        assert client.get(access_log_url(own_signal)).status_code == 200
    add(150, 1)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(access_log_url(own_signal))
    body = response.content.decode()
    assert body.count('data-label="Wie"') + body.count('data-label="Who"') == 50
    assert "?page=2" in body
    newest = AccessLogEntry.objects.filter(signal=own_signal).order_by("-at").first()
    times = [row.split('datetime="')[1][:25] for row in body.split("<time ")[1:]]
    assert times == sorted(times, reverse=True)
    assert timezone.localtime(newest.at).isoformat()[:19] == times[0][:19]
    assert client.get(access_log_url(own_signal) + "?page=4").status_code == 200


def test_screenshot_downloads_are_logged(client, member, care_member, own_signal):
    care = care_member.membership.organisation
    attachment = services.attachment_add(signal=own_signal, uploaded=_png(), acting_user=member)
    sharing.share_create(
        signal=own_signal,
        acting_user=member,
        organisation=care,
        level="full",
        purpose="x",
        legal_ground="covenant",
        justification="nodig",
    )
    url = reverse("signals:attachment", args=[attachment.pk])
    client.force_login(member)
    assert client.get(url).status_code == 200
    client.force_login(care_member)
    assert client.get(url).status_code == 200
    entries = list(AccessLogEntry.objects.order_by("id"))
    assert [(e.user, e.organisation, e.level, e.kind, e.object_id) for e in entries] == [
        (member, member.membership.organisation, "owner", AccessKind.SCREENSHOT, str(attachment.pk)),
        (care_member, care, "full", AccessKind.SCREENSHOT, str(attachment.pk)),
    ]


def test_access_log_names_the_screenshot(client, member, coordinator, own_signal):
    attachment = services.attachment_add(signal=own_signal, uploaded=_png(), acting_user=member)
    client.force_login(member)
    client.get(reverse("signals:attachment", args=[attachment.pk]))
    client.force_login(coordinator)
    body = client.get(access_log_url(own_signal)).content.decode()
    assert escape(member.get_full_name()) in body
    assert "Schermafbeelding 1" in body or "Screenshot 1" in body
