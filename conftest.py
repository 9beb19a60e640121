import pytest

from config.celery import app as celery_app
from tests.factories import MembershipFactory, NetworkFactory, OrganisationFactory


@pytest.fixture
def network():
    return NetworkFactory()


@pytest.fixture
def other_network():
    return NetworkFactory()


@pytest.fixture
def member(network):
    """A youth worker of a youth-work organisation in ``network``."""
    return MembershipFactory(organisation=OrganisationFactory(network=network, jongerenwerk=True)).user


@pytest.fixture
def colleague(member):
    return MembershipFactory(organisation=member.membership.organisation).user


@pytest.fixture
def police_member(network):
    return MembershipFactory(organisation=OrganisationFactory(network=network, politie=True)).user


@pytest.fixture
def eager_celery():
    """Run queued tasks in this process, so an e-mail queued on commit lands in ``mail.outbox`` (the worker over
    Redis is tests/test_notification_worker.py)."""
    previous = celery_app.conf.task_always_eager, celery_app.conf.task_eager_propagates
    celery_app.conf.task_always_eager = True
    celery_app.conf.task_eager_propagates = True
    yield
    celery_app.conf.task_always_eager, celery_app.conf.task_eager_propagates = previous
