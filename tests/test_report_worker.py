"""The evaluation report really goes through Redis to a Celery worker: a partner opens the report's state after the
evaluation was finalised, the request queues the task on commit, a worker started here (as in tests/test_celery.py)
makes the PDF from the committed rows, and the page then offers it. Asking again while it is being made, or once it
is ready, makes nothing twice."""

import io
import re
import threading
import time

import celery.contrib.testing.tasks  # noqa: F401  (registers the ping task the worker's start-up check sends)
import pytest
from celery.contrib.testing.worker import start_worker
from celery.signals import task_postrun
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from aftercare import services
from aftercare.constants import ReportStatus
from aftercare.models import EvaluationReport
from config.celery import app
from interventions import services as case_services
from partners import visibility
from partners.reference import ensure_role_groups
from signals import sharing
from signals.models import Phenomenon
from signals.reference import ensure_phenomena
from tests.factories import MembershipFactory, NetworkFactory, OrganisationFactory, SignalFactory, network_coordinator
from tests.test_notification_worker import private_queue

TASK = "aftercare.tasks.render_evaluation_report"
SECRET = "WERKER-RAPPORT-3c9d"  # in the message text: the police read it at facts level


def _wait_for(predicate, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def _finalised_evaluation():
    network = NetworkFactory()
    youth_org = OrganisationFactory(network=network, jongerenwerk=True)
    police_org = OrganisationFactory(network=network, politie=True)
    youth = MembershipFactory(organisation=youth_org).user
    police = MembershipFactory(organisation=police_org).user
    coordinator = network_coordinator(network).user
    signal = SignalFactory(owner_organisation=youth_org, created_by=youth, message_text=f"{SECRET} vanavond")
    sharing.share_create(
        signal=signal,
        acting_user=youth,
        organisation=police_org,
        level="facts",
        purpose="Samen duiden",
        legal_ground="covenant",
        justification="Nodig voor de duiding.",
    )
    case = case_services.case_create(
        acting_user=youth,
        title="Nazorg na de vechtpartij",
        phase="nazorg",
        organisations=[police_org, coordinator.membership.organisation],
        signals=[visibility.get_signal_for_user(youth, signal.pk)],
    )
    evaluation = services.evaluation_start(case=case, acting_user=coordinator)
    answers = {"went_well": "Snel contact.", "went_badly": "Late terugkoppeling.", "do_better": "Eerder afstemmen."}
    services.part_save(evaluation=evaluation, acting_user=youth, submit=True, **answers)
    services.part_save(evaluation=evaluation, acting_user=police, submit=True, **answers)
    services.evaluation_update(evaluation=evaluation, acting_user=coordinator, conclusions="Goed samengewerkt.")
    evaluation = services.evaluation_finalise(evaluation=evaluation, acting_user=coordinator, without_missing=True)
    return evaluation, police


@pytest.mark.django_db(transaction=True)  # the worker reads what the test committed, over its own connection
def test_a_worker_makes_the_report_once_and_the_page_then_offers_it():
    assert not app.conf.task_always_eager
    ensure_role_groups(group_model=Group, permission_model=Permission)
    ensure_phenomena(phenomenon_model=Phenomenon)
    evaluation, police = _finalised_evaluation()
    client = Client()
    client.force_login(police)
    status_url = reverse("aftercare:report", args=[evaluation.pk])

    ran = []

    def record(sender=None, task=None, **kwargs):
        if task is not None and task.name == TASK:
            ran.append((threading.current_thread() is threading.main_thread(), task.request.is_eager))

    def report():
        return EvaluationReport.objects.filter(
            evaluation=evaluation, organisation=police.membership.organisation
        ).first()

    task_postrun.connect(record, weak=False)
    try:
        with (
            private_queue(),
            start_worker(app, pool="solo", perform_ping_check=True, loglevel="WARNING", shutdown_timeout=30),
        ):
            first = client.get(status_url, HTTP_HX_REQUEST="true")
            assert first.status_code == 200
            # Asked again straight away (the page polls): it is queued or being made, nothing more is queued.
            again = client.get(status_url, HTTP_HX_REQUEST="true")
            assert again.status_code == 200
            services.report_request(evaluation=evaluation, acting_user=police)
            assert _wait_for(lambda: report().status == ReportStatus.READY), f"not made within 60 s: {report().status}"
            assert _wait_for(lambda: len(ran) == 1)
            ready = client.get(status_url, HTTP_HX_REQUEST="true")
            # Ready and current: asking again queues nothing.
            assert services.report_request(evaluation=evaluation, acting_user=police).status == ReportStatus.READY
            time.sleep(1)  # room for a task that should not have been queued
    finally:
        task_postrun.disconnect(record)

    assert ran == [(False, False)]  # once, in the worker's thread, not eagerly in the test
    assert "Download het rapport (pdf)" in ready.content.decode()
    made = report()
    assert made.status == ReportStatus.READY and made.pages >= 2
    download = client.get(reverse("aftercare:report_download", args=[evaluation.pk]))
    assert download.status_code == 200
    pages = [
        re.sub(r"\s+", " ", page.extract_text() or "")
        for page in PdfReader(io.BytesIO(b"".join(download.streaming_content))).pages
    ]
    assert len(pages) == made.pages
    whole = " ".join(pages)
    assert SECRET in whole  # the police's copy, at facts level
    assert "Evaluatie" in pages[0] and "Nazorg na de vechtpartij" in pages[0]
    assert f"pagina {len(pages)} van {len(pages)}" in pages[-1]
