"""The worklists keep a constant number of queries, with ten signals as with 10,000 signals and 1,000 shares
(issue "Sharing", Done when; STYLE.md rule 7: no per-row permission queries in lists)."""

import datetime as dt
import itertools

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from rest_framework.test import APIClient

from partners.visibility import SHARE_PERMISSION_CODENAMES, AccessLevel
from signals.models import Person, Phenomenon, Share, Signal, SignalGroupObjectPermission
from tests.factories import MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db

SIGNALS = 10_000
SHARES = 1_000
BATCH = 2_000
LEVELS = ("summary", "facts", "full")


class World:
    """One network: a youth-work organisation owning most signals, a school owning some, and the police receiving
    shares from both."""

    def __init__(self, network):
        self.youth = OrganisationFactory(network=network, jongerenwerk=True)
        self.school = OrganisationFactory(network=network, school=True)
        self.police = OrganisationFactory(network=network, politie=True)
        self.owner = MembershipFactory(organisation=self.youth).user
        self.teacher = MembershipFactory(organisation=self.school).user
        self.officer = MembershipFactory(organisation=self.police).user
        self.phenomena = list(Phenomenon.objects.all())
        self.permission_ids = {
            code: Permission.objects.get(content_type__app_label="signals", codename=codename).pk
            for code, codename in ((level.code, name) for level, name in SHARE_PERMISSION_CODENAMES.items())
        }
        self.signals = 0
        self.shares = 0

    def add(self, signals: int, every_nth_shared: int) -> None:
        """Add ``signals`` signals (every 7th of the school, the rest of youth work) and share every
        ``every_nth_shared``-th one with the police, cycling through the levels; a few shares ended (revoked or
        expired), some signals are acute, and the shared ones name persons."""
        now = timezone.now()
        levels = itertools.cycle(LEVELS)
        for start in range(0, signals, BATCH):
            batch = []
            for index in range(start, min(start + BATCH, signals)):
                number = self.signals + index
                school = number % 7 == 0
                batch.append(
                    Signal(
                        owner_organisation=self.school if school else self.youth,
                        created_by=self.teacher if school else self.owner,
                        phenomenon=self.phenomena[number % len(self.phenomena)],
                        platform=("snapchat", "tiktok", "instagram")[number % 3],
                        visibility=("public", "closed")[number % 2],
                        observed_at=now - dt.timedelta(minutes=number),
                        received_via="seen_myself",
                        message_text=f"Bericht {number}: vanavond bij het plein",
                        sharing_summary=f"Samenvatting {number}",
                        status="open",
                        step=1 + number % 5,
                        is_acute=number % 97 == 0,
                        urgency="high" if number % 97 == 0 else "medium",
                    )
                )
            Signal.objects.bulk_create(batch)
            shared = [signal for position, signal in enumerate(batch) if (start + position) % every_nth_shared == 0]
            persons, share_rows, grant_rows = [], [], []
            for signal in shared:
                level = next(levels)
                ended = self.shares % 50 == 49  # every 50th share ended: revoked, or expired before the job ran
                expired = ended and self.shares % 100 == 99
                persons.append(Person(signal=signal, alias=f"Jongen {self.shares}", handle=f"@jongen{self.shares}"))
                share_rows.append(
                    Share(
                        signal=signal,
                        organisation=self.police,
                        level=level,
                        purpose="Samen duiden",
                        legal_ground="covenant",
                        justification="Nodig.",
                        created_by=self.teacher if signal.owner_organisation_id == self.school.pk else self.owner,
                        expires_at=now - dt.timedelta(hours=1) if expired else None,
                        revoked_at=now if ended and not expired else None,
                        ended_reason="revoked" if ended and not expired else "",
                    )
                )
                if not ended or expired:
                    grant_rows.append(
                        SignalGroupObjectPermission(
                            group_id=self.police.group_id,
                            permission_id=self.permission_ids[level],
                            content_object=signal,
                            expires_at=now - dt.timedelta(hours=1) if expired else None,
                        )
                    )
                self.shares += 1
            Person.objects.bulk_create(persons)
            Share.objects.bulk_create(share_rows)
            SignalGroupObjectPermission.objects.bulk_create(grant_rows)
        self.signals += signals


# The worklists and the user who reads each: the owner organisation's, and the receiver's "Gedeeld met ons".
WORKLISTS = [
    ("api list, owner", "owner", "/api/v1/signals/"),
    ("api list, receiver", "officer", "/api/v1/signals/"),
    ("api shared with us", "officer", "/api/v1/signals/?shared_with_us=true"),
    ("own worklist page", "owner", "/signalen/"),
    ("shared worklist page", "officer", "/signalen/gedeeld/"),
]


def _queries(client, path) -> tuple[int, object]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, f"{path}: {response.status_code}"
    return len(captured), response


def test_worklists_keep_a_constant_number_of_queries(network, subtests, django_assert_max_num_queries):
    world = World(network)
    world.add(12, every_nth_shared=2)  # ten-odd signals, six shared at each level in turn
    clients = {}
    for name in ("owner", "officer"):
        clients[name] = APIClient()
        clients[name].force_login(getattr(world, name))
    small = {}
    for label, user, path in WORKLISTS:
        with subtests.test(msg=f"{label} with {world.signals} signals"):
            small[label], _response = _queries(clients[user], path)

    world.add(SIGNALS - world.signals, every_nth_shared=SIGNALS // SHARES)
    assert Signal.objects.count() == SIGNALS
    assert Share.objects.count() >= SHARES
    # The lists are long: the receiver sees ~1,000 shared signals, the owner ~8,500 of its own.
    visible_to_officer = SignalGroupObjectPermission.objects.filter(
        group_id=world.police.group_id, expires_at__isnull=True
    ).count()
    assert visible_to_officer > 900

    for label, user, path in WORKLISTS:
        with subtests.test(msg=f"{label} with {SIGNALS} signals"):
            if label not in small:
                pytest.fail(f"{label} did not answer with the small data set")
            with django_assert_max_num_queries(small[label]):
                count, response = _queries(clients[user], path)
            assert count == small[label], f"{path}: {small[label]} queries with 12 signals, {count} with {SIGNALS}"
            if path.startswith("/api/"):
                body = response.json()
                assert len(body["results"]) == 50  # a full page
                levels = {row["access_level"] for row in body["results"]}
                if user == "officer":
                    assert body["count"] == visible_to_officer
                    assert levels == {"summary", "facts", "full"}
                else:
                    assert levels == {AccessLevel.OWNER.code}
