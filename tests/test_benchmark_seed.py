"""The benchmark's data set (`make bench`, benchmark/seed.py) at a small scale: what it promises holds, so the
benchmark measures what docs/benchmarks.md says it measured."""

import pytest
from django.contrib.auth.models import Group, Permission

from aftercare.constants import EvaluationStatus
from aftercare.models import Evaluation
from benchmark.seed import Seeder
from interventions.models import Intervention
from partners import visibility
from partners.models import Organisation, User
from partners.reference import ensure_role_groups
from riskcalendar.models import RiskEvent, RiskWindow
from signals.models import Comment, Phenomenon, Share, Signal
from signals.reference import ensure_phenomena

# The seeder ends with VACUUM, which runs outside a transaction.
pytestmark = pytest.mark.django_db(transaction=True)


def test_the_data_set_has_the_promised_shape_and_the_readers_see_what_it_says():
    ensure_role_groups(group_model=Group, permission_model=Permission)
    ensure_phenomena(phenomenon_model=Phenomenon)
    data = Seeder(signals=600, risk_events=40, log=lambda line: None).run()

    # 600 signals plus the detail page's one and the case's 50.
    assert data.signals == Signal.objects.count() - 51 == 600
    assert Organisation.objects.count() == data.organisations == 25
    assert 1.0 < data.shares / data.signals < 1.4
    assert Share.objects.count() == data.shares + 10 + 100  # the detail signal's 10, two per signal of the case
    assert data.comments + 20 == Comment.objects.count()
    assert RiskEvent.objects.count() == 40 and RiskWindow.objects.count() >= 40

    detail = Signal.objects.get(pk=data.detail_signal)
    assert detail.comments.count() == 20
    assert detail.shares.count() == 10
    assert detail.history.count() == 30

    evaluation = Evaluation.objects.get(pk=data.evaluation)
    assert evaluation.status == EvaluationStatus.FINALISED
    assert evaluation.case.signal_links.count() == 50
    assert Intervention.objects.filter(case=evaluation.case).count() == 30
    assert evaluation.parts.filter(submitted_at__isnull=False).count() == 4

    sizes = []
    for name, reader in data.readers.items():
        user = User.objects.get(username=reader["username"])
        assert user.check_password(reader["password"])
        own = visibility.own_signals(user).count()
        shared = visibility.signals_shared_with(user).count()
        assert (reader["own"], reader["shared"]) == (own, shared)
        # Every signal a reader sees is its own or shared with it, never both.
        assert visibility.signals_visible_to(user).count() == own + shared
        # The detail page's signal is visible to every reader.
        assert visibility.signals_visible_to(user).filter(pk=detail.pk).exists(), name
        sizes.append(own)
    large, medium, small = sizes
    assert large > medium > small  # three organisations of different sizes
