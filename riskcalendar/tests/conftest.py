import datetime as dt
from dataclasses import dataclass

import pytest
from django.utils import timezone

from riskcalendar import services
from tests.factories import MembershipFactory, NetworkFactory, OrganisationFactory


@dataclass
class Calendar:
    oov: object  # an OOV member: keeps the calendar
    oov_colleague: object
    youth: object  # a youth worker
    police: object
    school: object
    other_network_oov: object
    youth_org: object
    police_org: object
    school_org: object

    def entry(self, acting_user=None, **kwargs):
        values = {
            "kind": "local_event",
            "title": "Kermis",
            "start_date": timezone.localdate() + dt.timedelta(days=10),
            "area": "Zuid",
            "risk_level": "low",
        }
        values.update(kwargs)
        return services.risk_event_create(acting_user=acting_user or self.oov, **values)


@pytest.fixture
def calendar(db) -> Calendar:
    network = NetworkFactory()
    oov_org = OrganisationFactory(network=network, oov=True, name="Gemeente OOV")
    youth_org = OrganisationFactory(network=network, jongerenwerk=True, name="Jongerenwerk")
    police_org = OrganisationFactory(network=network, politie=True, name="Politie")
    school_org = OrganisationFactory(network=network, school=True, name="School")
    other_oov = OrganisationFactory(oov=True, name="OOV elders")
    return Calendar(
        oov=MembershipFactory(organisation=oov_org).user,
        oov_colleague=MembershipFactory(organisation=oov_org).user,
        youth=MembershipFactory(organisation=youth_org).user,
        police=MembershipFactory(organisation=police_org).user,
        school=MembershipFactory(organisation=school_org).user,
        other_network_oov=MembershipFactory(organisation=other_oov).user,
        youth_org=youth_org,
        police_org=police_org,
        school_org=school_org,
    )
