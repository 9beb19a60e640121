"""The benchmark's data set: a large region, reproducible from one seed.

Three networks of skewed size (70 %, 22 % and 8 % of the signals) with 25 organisations between them, the
organisations within a network again skewed (the largest holds about a third of its network's signals). Every signal
is shared with 0-3 partners of its network (1.2 on average, mostly with the police and the municipality), at a
level drawn per share; some shares ended (revoked, or expired before the tidy-up job ran). A third of the shared
signals carry a partner's comment, every signal its creation in the history, and the organisations of the public
order keep 5,000 moments in the risk calendar. On top come the fixtures the measurements read: a signal with 20
comments, 10 shares and 30 history rows, and a case in aftercare with 50 signals and 30 interventions whose
evaluation is finalised.

Rows are written in bulk the way the services write them (a share is a ``Share`` row plus the permission row of the
visibility core; an ended share has no permission row, an expired one a row with ``expires_at`` in the past); the
case, its interventions and the evaluation go through the services themselves.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import connection, transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from aftercare import services as aftercare_services
from aftercare.models import Evaluation
from interventions import services as case_services
from interventions.constants import Phase
from partners import services as partner_services
from partners import visibility
from partners.constants import MembershipRole, PartnerType
from partners.models import Membership, Network, Organisation, User
from riskcalendar import rules
from riskcalendar.constants import RiskKind, RiskLevel
from riskcalendar.models import RiskEvent, RiskEventReader, RiskWindow
from signals.constants import CommentPhase, LegalGround, Platform, ReceivedVia, ShareLevel, SignalStatus
from signals.models import Comment, Person, Phenomenon, Share, Signal, SignalGroupObjectPermission

SEED = 20261207
PASSWORD = "bench-only-password"  # the benchmark's own database; never a real account
BATCH = 5_000
LEVELS = (ShareLevel.SUMMARY, ShareLevel.FACTS, ShareLevel.FULL)

# (name, share of the signals, partner types of its organisations: the first is the largest)
NETWORKS = (
    (
        "Regio Groot",
        0.70,
        [
            PartnerType.JONGERENWERK,
            PartnerType.POLITIE,
            PartnerType.GEMEENTE_OOV,
            PartnerType.SCHOOL,
            PartnerType.HANDHAVING,
            PartnerType.JONGERENWERK,
            PartnerType.SCHOOL,
            PartnerType.OTHER,
            PartnerType.SCHOOL,
            PartnerType.JONGERENWERK,
            PartnerType.OTHER,
            PartnerType.SCHOOL,
        ],
    ),
    (
        "Regio Midden",
        0.22,
        [
            PartnerType.JONGERENWERK,
            PartnerType.POLITIE,
            PartnerType.GEMEENTE_OOV,
            PartnerType.SCHOOL,
            PartnerType.HANDHAVING,
            PartnerType.SCHOOL,
            PartnerType.OTHER,
            PartnerType.JONGERENWERK,
        ],
    ),
    (
        "Regio Klein",
        0.08,
        [
            PartnerType.JONGERENWERK,
            PartnerType.POLITIE,
            PartnerType.GEMEENTE_OOV,
            PartnerType.SCHOOL,
            PartnerType.OTHER,
        ],
    ),
)
# How many partners a signal is shared with: 0.25·0 + 0.40·1 + 0.25·2 + 0.10·3 = 1.2 on average.
SHARE_COUNTS = (0, 1, 2, 3)
SHARE_COUNT_WEIGHTS = (0.25, 0.40, 0.25, 0.10)
# Partners are picked by type: mostly the police and the municipality.
RECEIVER_WEIGHT = {
    PartnerType.POLITIE: 5,
    PartnerType.GEMEENTE_OOV: 4,
    PartnerType.JONGERENWERK: 2,
    PartnerType.HANDHAVING: 2,
    PartnerType.SCHOOL: 1,
    PartnerType.OTHER: 1,
}
SIZE_SKEW = 1.2  # an organisation's weight in its network: 1 / (rank + 1) ** SIZE_SKEW
MEMBERS_PER_ORGANISATION = 4
YEARS_OF_HISTORY = 3
RISK_EVENTS = 5_000
# The three readers the benchmark measures, by (network, position in its list): the largest organisation of the
# largest network (youth work), the police of that network (a middle-sized own list, the longest shared list) and the
# smallest organisation (a school).
READERS = {"large": (0, 0), "medium": (0, 1), "small": (0, 11)}


@dataclass
class DataSet:
    signals: int = 0
    shares: int = 0
    grants: int = 0
    comments: int = 0
    history: int = 0
    risk_events: int = 0
    organisations: int = 0
    networks: int = 0
    readers: dict = field(default_factory=dict)  # name -> {"username", "organisation", "own", "shared"}
    detail_signal: str = ""
    evaluation: str = ""

    def as_dict(self) -> dict:
        return self.__dict__.copy()


@contextmanager
def given_times(*models):
    """Keep the times the seeder writes: ``auto_now``/``auto_now_add`` would stamp every row with the moment it is
    written, and correcting them afterwards with an UPDATE leaves a table and indexes twice their size — not the
    shape of a region's tables, which grew row by row over years."""
    stamped = [
        model_field
        for model in models
        for model_field in model._meta.concrete_fields
        if getattr(model_field, "auto_now", False) or getattr(model_field, "auto_now_add", False)
    ]
    saved = [(model_field, model_field.auto_now, model_field.auto_now_add) for model_field in stamped]
    for model_field in stamped:
        model_field.auto_now = model_field.auto_now_add = False
    try:
        yield
    finally:
        for model_field, auto_now, auto_now_add in saved:
            model_field.auto_now, model_field.auto_now_add = auto_now, auto_now_add


class Seeder:
    def __init__(self, *, signals: int = 100_000, risk_events: int = RISK_EVENTS, seed: int = SEED, log=print):
        self.total = signals
        self.risk_event_total = risk_events
        self.rng = random.Random(seed)
        self.log = log
        self.now = timezone.now().replace(microsecond=0)
        self.data = DataSet()
        ids = visibility.share_permission_ids()
        self.permission_ids = {
            level.code: ids[codename] for level, codename in visibility.SHARE_PERMISSION_CODENAMES.items()
        }
        self.phenomena = list(Phenomenon.objects.order_by("position"))
        self.networks: list[Network] = []
        self.organisations: list[list[Organisation]] = []
        self.members: dict = {}  # organisation pk -> [user, ...]

    def uuid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    # --- organisations and people ------------------------------------------------------------------------------

    def _people(self) -> None:
        for number, (name, _weight, types) in enumerate(NETWORKS):
            network = partner_services.network_create(name=name, acting_user=None)
            self.networks.append(network)
            organisations = []
            for position, partner_type in enumerate(types):
                organisation = partner_services.organisation_create(
                    network=network,
                    name=f"{PartnerType(partner_type).label} {name} {position + 1}",
                    partner_type=partner_type,
                    acting_user=None,
                )
                organisations.append(organisation)
                members = []
                for index in range(MEMBERS_PER_ORGANISATION):
                    user = User(username=f"bench-{number}-{position}-{index}", first_name="Bench", last_name=str(index))
                    user.set_unusable_password()
                    user.save()
                    role = MembershipRole.COORDINATOR if index == 0 else MembershipRole.MEMBER
                    partner_services.membership_create(
                        user=user, organisation=organisation, role=role, acting_user=None
                    )
                    members.append(user)
                self.members[organisation.pk] = members
            oov = next(o for o in organisations if o.partner_type == PartnerType.GEMEENTE_OOV)
            partner_services.network_set_coordinator(
                network=network,
                membership=Membership.objects.get(user=self.members[oov.pk][0]),
                acting_user=None,
            )
            self.organisations.append(organisations)
        self.data.networks = len(self.networks)
        self.data.organisations = sum(len(o) for o in self.organisations)
        for name, (network, position) in READERS.items():
            user = self.members[self.organisations[network][position].pk][1]
            user.set_password(PASSWORD)
            user.save(update_fields=["password"])
            self.data.readers[name] = {
                "username": user.username,
                "organisation": self.organisations[network][position].name,
                "password": PASSWORD,
                "token": partner_services.api_token_create(user=user, acting_user=user),
            }

    # --- signals, shares, comments ------------------------------------------------------------------------------

    def _signal(self, organisation: Organisation, observed_at: dt.datetime) -> Signal:
        rng = self.rng
        acute = rng.random() < 0.01
        return Signal(
            id=self.uuid(),
            owner_organisation=organisation,
            created_by=rng.choice(self.members[organisation.pk]),
            phenomenon=rng.choice(self.phenomena),
            platform=rng.choice(Platform.values),
            visibility=rng.choice(("public", "closed")),
            observed_at=observed_at,
            received_via=rng.choice(ReceivedVia.values),
            message_text=f"Bericht {self.data.signals}: vanavond bij het plein, kom allemaal",
            sharing_summary=f"Oproep tot confrontatie rond het plein ({self.data.signals})",
            status=rng.choices(
                (SignalStatus.OPEN, SignalStatus.WATCH, SignalStatus.CLOSED, SignalStatus.DRAFT), (30, 10, 58, 2)
            )[0],
            step=rng.randint(1, 5),
            is_acute=acute,
            urgency="high" if acute else rng.choice(("low", "medium", "high")),
            created_at=observed_at + dt.timedelta(minutes=20),
            updated_at=observed_at + dt.timedelta(minutes=20),
        )

    def _shares_for(
        self, signal: Signal, network: int, created_at: dt.datetime, receivers=None, *, always_active: bool = False
    ):
        """The Share rows of ``signal`` and the permission rows of those still giving sight (or expired)."""
        rng = self.rng
        owner = signal.owner_organisation
        if receivers is None:
            candidates = [o for o in self.organisations[network] if o.pk != owner.pk]
            count = rng.choices(SHARE_COUNTS, SHARE_COUNT_WEIGHTS)[0]
            receivers = []
            while len(receivers) < count:
                pick = rng.choices(candidates, [RECEIVER_WEIGHT[o.partner_type] for o in candidates])[0]
                if pick not in receivers:
                    receivers.append(pick)
        shares, grants = [], []
        for receiver in receivers:
            level = rng.choice(LEVELS)
            ended = not always_active and rng.random() < 0.035
            expired = ended and rng.random() < 0.4
            expires_at = created_at + dt.timedelta(days=30) if expired else None
            shares.append(
                Share(
                    id=self.uuid(),
                    signal=signal,
                    organisation=receiver,
                    level=level,
                    purpose="Samen duiden en afstemmen wie wat doet",
                    legal_ground=LegalGround.COVENANT,
                    justification="Nodig om de groep op tijd te bereiken.",
                    created_by=signal.created_by,
                    expires_at=expires_at,
                    revoked_at=created_at + dt.timedelta(days=2) if ended and not expired else None,
                    ended_reason="revoked" if ended and not expired else "",
                    created_at=created_at + dt.timedelta(hours=2),
                )
            )
            if not ended or expired:
                grants.append(
                    SignalGroupObjectPermission(
                        group_id=receiver.group_id,
                        permission_id=self.permission_ids[level],
                        content_object=signal,
                        expires_at=expires_at,
                    )
                )
        return shares, grants

    def _comments_for(self, signal: Signal, shares: list[Share], created_at: dt.datetime, count: int) -> list:
        comments = []
        active = [s for s in shares if s.revoked_at is None and s.expires_at is None]
        for index in range(count):
            share = active[index % len(active)] if active else None
            organisation = share.organisation if share else signal.owner_organisation
            comments.append(
                Comment(
                    id=self.uuid(),
                    signal=signal,
                    organisation=organisation,
                    author=self.rng.choice(self.members[organisation.pk]),
                    phase=self.rng.choice(CommentPhase.values),
                    level=share.level if share else ShareLevel.SUMMARY,
                    text=f"Wij kennen deze groep; de oproep past bij wat we vorige week zagen ({index + 1}).",
                    created_at=created_at + dt.timedelta(hours=3, minutes=index),
                )
            )
        return comments

    def _signals(self) -> None:
        rng = self.rng
        span = dt.timedelta(days=365 * YEARS_OF_HISTORY)
        plan = []  # (network, organisation) per signal
        for network, (_name, weight, _types) in enumerate(NETWORKS):
            organisations = self.organisations[network]
            weights = [1 / (rank + 1) ** SIZE_SKEW for rank in range(len(organisations))]
            count = round(self.total * weight) if network < len(NETWORKS) - 1 else self.total - len(plan)
            plan.extend((network, o) for o in rng.choices(organisations, weights, k=count))
        rng.shuffle(plan)
        # Oldest first, so the newest signals are the last ones written, as in life.
        moments = sorted(self.now - span * rng.random() for _ in plan)
        for start in range(0, len(plan), BATCH):
            signals, shares, grants, comments, persons = [], [], [], [], []
            for (network, organisation), observed_at in zip(
                plan[start : start + BATCH], moments[start : start + BATCH], strict=True
            ):
                signal = self._signal(organisation, observed_at)
                signal._network = network
                signals.append(signal)
                self.data.signals += 1
            with transaction.atomic(), given_times(Signal, Share, Comment):
                bulk_create_with_history(signals, Signal, batch_size=BATCH, default_date=self.now)
                for signal in signals:
                    signal_shares, signal_grants = self._shares_for(signal, signal._network, signal.observed_at)
                    shares += signal_shares
                    grants += signal_grants
                    if signal_shares and rng.random() < 1 / 3:
                        comments += self._comments_for(signal, signal_shares, signal.observed_at, 1)
                    if rng.random() < 1 / 3:
                        persons.append(Person(id=self.uuid(), signal=signal, alias="Jongen", handle="@jongen"))
                Share.objects.bulk_create(shares, batch_size=BATCH)
                SignalGroupObjectPermission.objects.bulk_create(grants, batch_size=BATCH)
                Comment.objects.bulk_create(comments, batch_size=BATCH)
                Person.objects.bulk_create(persons, batch_size=BATCH)
            self.data.shares += len(shares)
            self.data.grants += len(grants)
            self.data.comments += len(comments)
            self.data.history += len(signals)
            if (start // BATCH) % 4 == 3:
                self.log(f"  {self.data.signals:,} signals, {self.data.shares:,} shares")

    # --- the fixtures the measurements read -----------------------------------------------------------------------

    def _detail_signal(self) -> None:
        """A signal of the largest organisation with 20 comments, 10 shares (the medium and small readers among the
        receivers) and 30 history rows."""
        organisations = self.organisations[0]
        owner = organisations[0]
        receivers = [*organisations[1:10], organisations[11]]
        signal = self._signal(owner, self.now - dt.timedelta(hours=3))
        signal.sharing_summary = "Drillvideo met een oproep om af te rekenen bij het plein"
        with transaction.atomic(), given_times(Signal, Share, Comment):
            bulk_create_with_history([signal], Signal, default_date=self.now)
            shares, grants = [], []
            for receiver in receivers:
                level = LEVELS[len(shares) % 3]
                shares.append(
                    Share(
                        id=self.uuid(),
                        signal=signal,
                        organisation=receiver,
                        level=level,
                        purpose="Samen duiden",
                        legal_ground=LegalGround.COVENANT,
                        justification="Nodig.",
                        created_by=signal.created_by,
                        created_at=signal.created_at,
                    )
                )
                grants.append(
                    SignalGroupObjectPermission(
                        group_id=receiver.group_id, permission_id=self.permission_ids[level], content_object=signal
                    )
                )
            Share.objects.bulk_create(shares)
            SignalGroupObjectPermission.objects.bulk_create(grants)
            Comment.objects.bulk_create(self._comments_for(signal, shares, signal.observed_at, 20))
            Person.objects.bulk_create(
                [Person(id=self.uuid(), signal=signal, alias=f"Jongen {n}", handle=f"@j{n}") for n in range(3)]
            )
            # 29 changes on top of its creation: the route walked and the texts sharpened.
            for change in range(29):
                signal.step = 1 + change % 5
                signal.sharing_summary = f"Drillvideo met een oproep om af te rekenen bij het plein (versie {change})"
                signal._history_user = signal.created_by
                signal.save()
        self.data.detail_signal = str(signal.pk)

    def _risk_events(self) -> None:
        rng = self.rng
        today = timezone.localdate()
        events, readers, windows = [], [], []
        kinds = list(RiskKind.values)
        areas = ["Centrum", "Noord", "Oost", "Zuid", "West", "Haven", "Stationsgebied", "Oud-West"]
        weights = [weight for _name, weight, _types in NETWORKS]
        for number in range(self.risk_event_total):
            network = rng.choices(range(len(NETWORKS)), weights)[0]
            organisations = self.organisations[network]
            keeper = next(o for o in organisations if o.partner_type == PartnerType.GEMEENTE_OOV)
            kind = rng.choice(kinds)
            start = today + dt.timedelta(days=rng.randint(-730, 365))
            end = start + dt.timedelta(days=rng.randint(0, 14)) if kind not in (RiskKind.INCIDENT,) else start
            event = RiskEvent(
                id=self.uuid(),
                network=self.networks[network],
                organisation=keeper,
                kind=kind,
                title=f"Moment {number}",
                start_date=start,
                end_date=end,
                area=rng.choice(areas),
                risk_level=rng.choice(RiskLevel.values),
                description="Verhoogde spanning verwacht.",
                created_by=self.members[keeper.pk][0],
            )
            events.append(event)
            shown = [keeper, *rng.sample([o for o in organisations if o.pk != keeper.pk], rng.randint(0, 4))]
            readers += [RiskEventReader(event=event, organisation=o) for o in shown]
            for spec in rules.derive_windows(
                kind=kind, start_date=start, end_date=end, days_before=event.days_before, days_after=event.days_after
            ):
                windows.append(
                    RiskWindow(
                        id=self.uuid(),
                        event=event,
                        rule=spec.rule,
                        start_date=spec.start,
                        end_date=spec.end,
                        anchor_date=spec.anchor,
                    )
                )
        with transaction.atomic():
            RiskEvent.objects.bulk_create(events, batch_size=BATCH)
            RiskEventReader.objects.bulk_create(readers, batch_size=BATCH)
            RiskWindow.objects.bulk_create(windows, batch_size=BATCH)
        self.data.risk_events = len(events)

    def _evaluation(self, *, signals: int = 50, interventions: int = 30) -> None:
        """A case of the largest organisation in aftercare, with the medium and small readers and the municipality
        taking part; ``signals`` of its signals shared with both at every level; ``interventions`` interventions; the
        evaluation finalised with every part submitted. Made through the services, like a real one."""
        organisations = self.organisations[0]
        lead, police, oov, small = organisations[0], organisations[1], organisations[2], organisations[11]
        author = self.members[lead.pk][1]
        coordinator = self.members[oov.pk][0]
        batch = [self._signal(lead, self.now - dt.timedelta(days=20, hours=n)) for n in range(signals)]
        for number, signal in enumerate(batch):
            signal.message_text = f"Bericht {number + 1} van de casus: morgen om vier uur op het plein, iedereen mee."
            signal.status = SignalStatus.OPEN
        with transaction.atomic(), given_times(Signal, Share):
            bulk_create_with_history(batch, Signal, default_date=self.now)
            shares, grants = [], []
            for signal in batch:
                signal_shares, signal_grants = self._shares_for(
                    signal, 0, signal.observed_at, receivers=[police, small], always_active=True
                )
                shares += signal_shares
                grants += signal_grants
            Share.objects.bulk_create(shares)
            SignalGroupObjectPermission.objects.bulk_create(grants)
            case = case_services.case_create(
                acting_user=author,
                title="Drillrapconflict tussen twee groepen rond het plein",
                description="Oproepen over en weer, een vechtpartij op het plein en geruchten daarna.",
                phase=Phase.NAZORG,
                organisations=[police, oov, small],
                signals=visibility.signals_visible_to(author).filter(pk__in=[s.pk for s in batch]),
            )
            for number in range(interventions):
                case_services.intervention_create(
                    acting_user=author,
                    case=case,
                    title=f"Interventie {number + 1}: gesprek met de groep",
                    goal="Rust brengen in de buurt en herhaling voorkomen. " * 3,
                    target="group",
                    executing_organisation=(lead, police, oov)[number % 3],
                )
            evaluation = aftercare_services.evaluation_start(case=case, acting_user=coordinator)
            answers = {
                "went_well": "De partners wisten elkaar binnen een dag te vinden. " * 4,
                "went_badly": "De terugkoppeling naar de melders bleef uit. " * 4,
                "do_better": "Spreek vooraf af wie de jongeren vertelt wat er met hun melding gebeurt. " * 3,
                "perceptions": "De jongeren zagen de surveillance als straf, de partners als bescherming. " * 2,
                "agreements_to_change": "Een belafspraak bij een oproep met tijd en plaats. " * 2,
            }
            for organisation in (lead, police, oov, small):
                aftercare_services.part_save(
                    evaluation=evaluation, acting_user=self.members[organisation.pk][1], submit=True, **answers
                )
            aftercare_services.evaluation_update(
                evaluation=evaluation,
                acting_user=coordinator,
                conclusions="Het netwerk had de confrontatie kunnen voorkomen door eerder samen op te trekken. " * 3,
                follow_ups="Terugkoppeling binnen twee dagen\nBelafspraak bij een oproep met tijd en plaats",
            )
            aftercare_services.evaluation_finalise(evaluation=evaluation, acting_user=coordinator)
        self.data.evaluation = str(Evaluation.objects.get(case=case).pk)

    def _counts(self) -> None:
        for reader in self.data.readers.values():
            user = User.objects.get(username=reader["username"])
            reader["own"] = (
                visibility.signals_visible_to(user).filter(access_level=visibility.AccessLevel.OWNER).count()
            )
            reader["shared"] = visibility.signals_shared_with(user).count()

    def run(self) -> DataSet:
        self.log("organisations and people")
        self._people()
        self.log(f"{self.total:,} signals with their shares, comments and history")
        self._signals()
        self.log("the signal of the detail page, the case with its evaluation")
        self._detail_signal()
        self._evaluation()
        self.log(f"{self.risk_event_total:,} moments in the risk calendar")
        self._risk_events()
        # A region's tables grew over years and autovacuum kept their statistics and visibility maps: the same
        # steady state now, not the state right after a bulk load (VACUUM runs outside a transaction).
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
        self._counts()
        return self.data
