"""Intake, the route's branches, four eyes, the information-position rules and step-5 actions (seed 002, 004)."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from partners.visibility import AccessLevel, get_signal_for_user
from signals import route, services
from signals.constants import SignalStatus
from signals.models import MonitoringWarning, Phenomenon, Signal, StepAnswer
from signals.route_data import STEPS
from tests.factories import MembershipFactory, OrganisationFactory, SignalFactory

pytestmark = pytest.mark.django_db


def intake(**overrides):
    data = {
        "phenomenon": Phenomenon.objects.get(code="rivaliserende_jeugd"),
        "platform": "snapchat",
        "visibility": "public",
        "observed_at": timezone.now() - dt.timedelta(minutes=30),
        "received_via": "seen_myself",
        "message_text": "Openbaar Snapchatverhaal: 'vanavond zien we jullie bij het plein'",
        "reach_views": 350,
    }
    data.update(overrides)
    return data


def test_intake_creates_an_open_signal_of_the_users_organisation(member):
    signal, warnings = services.signal_create(
        acting_user=member, data=intake(), persons=[{"alias": "Jongen A", "role": "poster", "age": 17}]
    )
    assert signal.status == SignalStatus.OPEN
    assert signal.owner_organisation == member.membership.organisation
    assert signal.persons.get().age == 17
    assert warnings == []
    assert signal.history.get().history_user == member


def test_a_draft_needs_nothing_and_keeps_what_was_typed(member):
    signal, _ = services.signal_create(acting_user=member, data={"message_text": "half getypt"}, submit=False)
    assert signal.status == SignalStatus.DRAFT
    with pytest.raises(ValidationError) as exc:
        services.signal_update(signal=signal, acting_user=member, data={}, submit=True)
    assert {"phenomenon", "platform", "visibility", "observed_at", "received_via"} <= set(exc.value.message_dict)
    signal.refresh_from_db()
    assert signal.message_text == "half getypt"
    services.signal_update(signal=signal, acting_user=member, data=intake(), submit=True)
    signal.refresh_from_db()
    assert signal.status == SignalStatus.OPEN


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("platform", "myspace"),
        ("visibility", "half"),
        ("received_via", "pigeon"),
        ("reach_views", -1),
        ("observed_at", "future"),
    ],
)
def test_intake_rejects_bad_values_field_by_field(member, field, value):
    if value == "future":
        value = timezone.now() + dt.timedelta(days=1)
    with pytest.raises(ValidationError) as exc:
        services.signal_create(acting_user=member, data=intake(**{field: value}))
    assert field in exc.value.message_dict
    assert not Signal.objects.exists()


def test_person_needs_alias_role_and_sane_age(member):
    with pytest.raises(ValidationError) as exc:
        services.signal_create(acting_user=member, data=intake(), persons=[{"alias": " ", "role": "boss", "age": 300}])
    assert set(exc.value.message_dict) == {"persons.0.alias", "persons.0.role", "persons.0.age"}


def test_police_closed_source_needs_the_investigation_order(police_member):
    with pytest.raises(ValidationError) as exc:
        services.signal_create(acting_user=police_member, data=intake(visibility="closed"))
    assert "investigation_order_reference" in exc.value.message_dict
    signal, _ = services.signal_create(
        acting_user=police_member, data=intake(visibility="closed", investigation_order_reference="OB-2026-0142")
    )
    assert signal.investigation_order_reference == "OB-2026-0142"


def test_youth_work_closed_source_needs_no_order(member):
    signal, _ = services.signal_create(acting_user=member, data=intake(visibility="closed"))
    assert signal.visibility == "closed"


def test_oov_is_warned_about_systematic_monitoring(network):
    oov = MembershipFactory(organisation=OrganisationFactory(network=network, oov=True)).user
    person = [{"alias": "Rapper K", "role": "poster"}]
    for _ in range(2):
        _signal, warnings = services.signal_create(acting_user=oov, data=intake(), persons=person)
        assert warnings == []
    signal, warnings = services.signal_create(
        acting_user=oov, data=intake(), persons=[{"alias": "rapper k", "role": "poster"}]
    )
    assert len(warnings) == 1
    recorded = MonitoringWarning.objects.get()
    assert (recorded.signal, recorded.shown_to, recorded.signal_count) == (signal, oov, 3)


def test_no_monitoring_warning_for_youth_work_or_practice(member, network):
    person = [{"alias": "Rapper K", "role": "poster"}]
    for _ in range(3):
        assert services.signal_create(acting_user=member, data=intake(), persons=person)[1] == []
    oov = MembershipFactory(organisation=OrganisationFactory(network=network, oov=True)).user
    for _ in range(3):
        assert services.signal_create(acting_user=oov, data=intake(), persons=person, is_practice=True)[1] == []


@pytest.mark.parametrize("number", [1, 2, 3, 4])
def test_every_question_of_a_step_is_stored_as_structured_data(member, number):
    signal = SignalFactory(owner_organisation=member.membership.organisation, created_by=member)
    answers = {}
    for question in STEPS[number - 1]["questions"]:
        valid = sorted(route.valid_answers(question) - {""})
        answers[question["code"]] = {"answer": valid[0] if valid else "", "text": f"toelichting {question['code']}"}
    services.step_save(signal=signal, number=number, answers=answers, acting_user=member)
    stored = {a.question: (a.answer, a.text) for a in StepAnswer.objects.filter(signal=signal, step=number)}
    assert stored == {code: (v["answer"], v["text"]) for code, v in answers.items()}


def test_unknown_question_or_answer_is_refused(member):
    signal = SignalFactory(owner_organisation=member.membership.organisation, created_by=member)
    with pytest.raises(ValidationError) as exc:
        services.step_save(
            signal=signal,
            number=1,
            answers={"bestaat_niet": {"answer": ""}, "plaatser_duidelijk": {"answer": "misschien"}},
            acting_user=member,
        )
    assert set(exc.value.message_dict) == {"bestaat_niet", "plaatser_duidelijk"}
    assert not StepAnswer.objects.exists()


def test_branches_of_the_route(member):
    signal = SignalFactory(owner_organisation=member.membership.organisation, created_by=member)
    services.step_save(signal=signal, number=1, answers={}, acting_user=member)
    services.step_save(signal=signal, number=2, answers={}, acting_user=member)
    signal.refresh_from_db()
    assert signal.step == 3
    # Step 3, NEE: straight on to step 4 (002).
    signal = services.step_save(signal=signal, number=3, answers={}, decision="no", acting_user=member)
    assert signal.step == 4
    # Step 4, JA: step 5.
    signal = services.step_save(signal=signal, number=4, answers={}, decision="yes", acting_user=member)
    assert (signal.step, signal.status) == (5, SignalStatus.OPEN)


def test_no_at_step_4_closes_with_a_reason_or_watches(member):
    signal = SignalFactory(owner_organisation=member.membership.organisation, created_by=member, step=4)
    with pytest.raises(ValidationError) as exc:
        services.step_save(signal=signal, number=4, answers={}, decision="no", acting_user=member)
    assert "reason" in exc.value.message_dict
    closed = services.step_save(
        signal=signal, number=4, answers={}, decision="no", reason="Grap onder vrienden", acting_user=member
    )
    assert (closed.status, closed.closed_reason) == (SignalStatus.CLOSED, "Grap onder vrienden")
    with pytest.raises(ValidationError):
        services.step_save(signal=closed, number=1, answers={}, acting_user=member)
    reopened = services.signal_reopen(signal=closed, acting_user=member)
    watched = services.step_save(
        signal=reopened, number=4, answers={}, decision="no", reason="Even volgen", watch=True, acting_user=member
    )
    assert watched.status == SignalStatus.WATCH


def test_decision_only_at_steps_3_and_4(member):
    signal = SignalFactory(owner_organisation=member.membership.organisation, created_by=member)
    with pytest.raises(ValidationError):
        services.step_save(signal=signal, number=1, answers={}, decision="yes", acting_user=member)


def test_acute_answer_marks_the_signal_acute(member):
    signal = SignalFactory(owner_organisation=member.membership.organisation, created_by=member, step=3)
    signal = services.step_save(
        signal=signal, number=3, answers={"ernstige_feiten": {"answer": "yes"}}, acting_user=member
    )
    assert signal.is_acute
    assert signal.urgency == "high"


def test_four_eyes_by_another_colleague(member, colleague, police_member):
    signal = SignalFactory(owner_organisation=member.membership.organisation, created_by=member)
    with pytest.raises(ValidationError):  # nothing answered yet
        services.review_create(signal=signal, reviewer=colleague, agrees=True)
    services.step_save(signal=signal, number=1, answers={"emoji": {"text": "🔫 = dreiging"}}, acting_user=member)
    with pytest.raises(ValidationError):  # not yourself
        services.review_create(signal=signal, reviewer=member, agrees=True)
    with pytest.raises(ValidationError):  # not a partner
        services.review_create(signal=signal, reviewer=police_member, agrees=True)
    with pytest.raises(ValidationError):  # a different reading must be written down
        services.review_create(signal=signal, reviewer=colleague, agrees=False)
    assert not services.reviews_complete(signal)
    review = services.review_create(
        signal=signal, reviewer=colleague, agrees=False, different_reading="Het pistool-emoji is hier drillmuziek."
    )
    assert services.reviews_complete(signal)
    assert review.different_reading.startswith("Het pistool")
    # The original reading stays beside the colleague's.
    assert StepAnswer.objects.get(signal=signal, question="emoji").text == "🔫 = dreiging"


def test_actions_with_executor_due_date_status_and_evaluation(member, police_member):
    signal = SignalFactory(owner_organisation=member.membership.organisation, created_by=member, step=5)
    action = services.action_create(
        signal=signal,
        acting_user=member,
        kind="direct_message",
        executing_organisation=member.membership.organisation,
        executing_person="Sanne",
        due_date=timezone.localdate() + dt.timedelta(days=1),
    )
    with pytest.raises(ValidationError):
        services.action_update(action=action, acting_user=member, evaluation="Ging goed")
    services.action_update(action=action, acting_user=member, status="done", evaluation="Jongen reageerde rustig")
    action.refresh_from_db()
    assert (action.status, action.evaluation) == ("done", "Jongen reageerde rustig")
    assert action.history.count() == 2
    with pytest.raises(ValidationError):
        services.action_create(
            signal=signal,
            acting_user=member,
            kind="vliegen",
            executing_organisation=police_member.membership.organisation,
        )


def test_action_executor_must_be_in_the_network(member, other_network):
    signal = SignalFactory(owner_organisation=member.membership.organisation, created_by=member, step=5)
    with pytest.raises(ValidationError) as exc:
        services.action_create(
            signal=signal,
            acting_user=member,
            kind="opzoeken",
            executing_organisation=OrganisationFactory(network=other_network),
        )
    assert "executing_organisation" in exc.value.message_dict


def test_the_owner_sees_everything_a_partner_nothing_without_share(member, police_member):
    signal, _ = services.signal_create(acting_user=member, data=intake())
    assert get_signal_for_user(member, signal.pk).access_level == AccessLevel.OWNER
    from django.http import Http404

    with pytest.raises(Http404):
        get_signal_for_user(police_member, signal.pk)


def _png_with_gps() -> bytes:
    import io

    from PIL import Image

    exif = Image.Exif()
    exif[0x010F] = "CameraMakerXYZ"
    exif.get_ifd(0x8825)[2] = (52.0, 5.0, 0.0)  # GPSLatitude
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "red").save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


def test_screenshot_is_stored_privately_without_metadata(member):
    from django.core.files.uploadedfile import SimpleUploadedFile

    signal = SignalFactory(owner_organisation=member.membership.organisation, created_by=member)
    original = _png_with_gps()
    attachment = services.attachment_add(
        signal=signal, uploaded=SimpleUploadedFile("IMG_0001.jpg", original, "image/jpeg"), acting_user=member
    )
    import hashlib

    assert attachment.original_sha256 == hashlib.sha256(original).hexdigest()
    stored = attachment.file.read()
    assert b"CameraMakerXYZ" not in stored and b"Exif" not in stored
    assert attachment.file.name == f"signals/{signal.id}/{attachment.id}.jpg"
    assert "IMG_0001" not in attachment.file.name


def test_a_php_file_renamed_png_is_refused(member):
    from django.core.files.uploadedfile import SimpleUploadedFile

    signal = SignalFactory(owner_organisation=member.membership.organisation, created_by=member)
    with pytest.raises(ValidationError) as exc:
        services.attachment_add(
            signal=signal,
            uploaded=SimpleUploadedFile("shell.png", b"<?php system($_GET['c']); ?>", "image/png"),
            acting_user=member,
        )
    assert "file" in exc.value.message_dict
    assert not signal.attachments.exists()


def test_route_history_names_the_professional_for_every_record(member):
    signal = SignalFactory(owner_organisation=member.membership.organisation, created_by=member, step=3)
    services.step_save(
        signal=signal, number=3, answers={"convenant": {"answer": "no"}}, decision="no", acting_user=member
    )
    services.step_save(
        signal=signal, number=3, answers={"convenant": {"answer": "yes"}}, decision="yes", acting_user=member
    )
    answer = StepAnswer.objects.get(signal=signal, question="convenant")
    decision = signal.decisions.get()
    for history in (answer.history.all(), decision.history.all()):
        assert [(h.history_type, h.history_user) for h in history.order_by("history_id")] == [
            ("+", member),
            ("~", member),
        ]
