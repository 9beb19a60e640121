"""The query budgets of the benchmark issue, guarded on small data in `make test` (`make bench` measures them on a
large region): a worklist page at most 12 queries, the signal page under 15 — for the owner and for a partner at
each level, as a page and in the API, the session and user lookups included — and neither grows with the number of
signals, comments, shares or history rows."""

import pytest
from django.test import Client
from django.urls import reverse

from signals import sharing
from signals.models import Person, StepAnswer
from tests.factories import MembershipFactory, OrganisationFactory, SignalFactory

pytestmark = pytest.mark.django_db

WORKLIST_BUDGET = 12
DETAIL_BUDGET = 14
SHARE = {"purpose": "Samen duiden", "legal_ground": "covenant", "justification": "Nodig voor de duiding."}
LEVELS = {"police": "summary", "enforcement": "facts", "care": "full"}


class World:
    def __init__(self, network):
        self.youth = OrganisationFactory(network=network, jongerenwerk=True)
        self.owner = MembershipFactory(organisation=self.youth).user
        self.readers = {"owner": self.owner}
        self.organisations = {}
        for name, kind in (("police", "politie"), ("enforcement", "handhaving"), ("care", "jongerenwerk")):
            self.organisations[name] = OrganisationFactory(network=network, **{kind: True})
            self.readers[name] = MembershipFactory(organisation=self.organisations[name]).user
        self.signals = []

    def add(self, count: int, *, comments: int, edits: int):
        """``count`` signals of youth work, each with a person, an answer, ``edits`` changes, shared with the three
        partners at their levels and ``comments`` comments from each partner."""
        for _ in range(count):
            signal = SignalFactory(owner_organisation=self.youth, created_by=self.owner)
            Person.objects.create(signal=signal, alias="Jongen Bravo", handle="@bravo", role="poster")
            StepAnswer.objects.create(signal=signal, step=1, question="emoji", text="Mes-emoji", updated_by=self.owner)
            for number in range(edits):
                signal.sharing_summary = f"Oproep tot confrontatie ({number})"
                signal._history_user = self.owner
                signal.save()
            for name, level in LEVELS.items():
                sharing.share_create(
                    signal=signal, acting_user=self.owner, organisation=self.organisations[name], level=level, **SHARE
                )
            for name in LEVELS:
                reader = self.readers[name]
                seen = _visible(reader, signal)
                for number in range(comments):
                    sharing.comment_create(
                        signal=seen, acting_user=reader, text=f"Wij zien het ook ({number})", phase="beeldvorming"
                    )
            self.signals.append(signal)


def _visible(user, signal):
    from partners.visibility import get_signal_for_user

    return get_signal_for_user(user, signal.pk)


@pytest.fixture
def world(network):
    return World(network)


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _pages(world) -> list[tuple[str, str, int]]:
    detail = world.signals[0].pk
    pages = [
        ("owner", reverse("signals:worklist"), WORKLIST_BUDGET),
        ("owner", "/api/v1/signals/?shared_with_us=false", WORKLIST_BUDGET),
        ("owner", reverse("signals:detail", args=[detail]), DETAIL_BUDGET),
        ("owner", f"/api/v1/signals/{detail}/", DETAIL_BUDGET),
    ]
    for name in LEVELS:
        pages += [
            (name, reverse("signals:shared"), WORKLIST_BUDGET),
            (name, "/api/v1/signals/?shared_with_us=true", WORKLIST_BUDGET),
            (name, "/api/v1/signals/", WORKLIST_BUDGET),
            (name, reverse("signals:detail", args=[detail]), DETAIL_BUDGET),
            (name, f"/api/v1/signals/{detail}/", DETAIL_BUDGET),
        ]
    return pages


def _count(client, path, django_assert_max_num_queries, budget) -> int:
    with django_assert_max_num_queries(budget) as captured:
        response = client.get(path)
    assert response.status_code == 200, f"{path}: {response.status_code}"
    return len(captured)


def test_worklists_and_the_signal_page_stay_within_their_budgets_as_the_data_grows(
    world, subtests, django_assert_max_num_queries
):
    world.add(2, comments=1, edits=1)
    clients = {name: _client(user) for name, user in world.readers.items()}
    small = {}
    for name, path, budget in _pages(world):
        with subtests.test(msg=f"{name} {path}, small"):
            small[(name, path)] = _count(clients[name], path, django_assert_max_num_queries, budget)

    # More signals, and on the signal of the detail page more comments and changes.
    world.add(8, comments=3, edits=5)
    first = world.signals[0]
    for name in LEVELS:
        seen = _visible(world.readers[name], first)
        for number in range(6):
            sharing.comment_create(
                signal=seen, acting_user=world.readers[name], text=f"Nog ({number})", phase="beeldvorming"
            )
    for number in range(10):
        first.sharing_summary = f"Scherper ({number})"
        first._history_user = world.owner
        first.save()

    for name, path, budget in _pages(world):
        with subtests.test(msg=f"{name} {path}, larger"):
            if (name, path) not in small:
                pytest.fail("did not answer with the small data set")
            count = _count(clients[name], path, django_assert_max_num_queries, budget)
            assert count == small[(name, path)], f"{name} {path}: {small[(name, path)]} queries, then {count}"
