"""Aftercare and evaluation (nazorg) as seed 001 ("Nazorg", its four handvatten and their numbered points) and seed
003 (H5: recovery of professionals, Tabel 5) put them (DOMAIN.md §8). English source strings, Dutch translations in
the words of the seeds."""

from django.db import models
from django.utils.translation import gettext_lazy as _

# --- the aftercare plan ----------------------------------------------------------------------------------------
#
# Seed 001, "Behoud contact met de doelgroep en herstel banden": each numbered point becomes a task of the plan
# (code, title, what it asks, the point it comes from). Point 5 gives two tasks: the wider community and the
# communication plan built on a contact list of key figures.
AFTERCARE_TASKS = (
    (
        "perceptions",
        _("Discuss different perceptions"),
        _(
            "Take possible different perceptions of the events into account and communicate respectfully with the "
            "target groups. Discuss differences of opinion about the actions of network partners and the target "
            "group as soon as possible, and resolve them."
        ),
        "1",
    ),
    (
        "online_contact",
        _("Keep in contact online"),
        _(
            "Send a DM or personal online message to the target groups involved in the incident, so that you keep "
            "in contact and can react directly, without waiting for a physical appointment."
        ),
        "2",
    ),
    (
        "positive",
        _("Positive approach"),
        _(
            "Start the aftercare for the target groups in a positive way: emphasise what went well. Positive "
            "experiences with (government) organisations make future exchange of information easier."
        ),
        "3",
    ),
    (
        "normalise",
        _("Normalise relations"),
        _(
            "Normalise the relations between the groups involved and the network partners: lasting contact with one "
            "or more permanent youth workers as a mentor-like professional, individual guidance besides group "
            "activities, positive role models or experts by experience, building on the young people's own "
            "motivation."
        ),
        "4",
    ),
    (
        "community",
        _("The wider community"),
        _(
            "Pay attention to the unpleasant event in the neighbourhood and offer coaching talks, not only to the "
            "young people involved but to the whole community."
        ),
        "5",
    ),
    (
        "communication_plan",
        _("Contact list of key figures and communication plan"),
        _(
            "Draw up a contact list of key figures in the community and base a communication plan on it, to keep "
            "communicating with the target group through (social) media."
        ),
        "5",
    ),
    (
        "future",
        _("Future perspective"),
        _(
            "In guiding the young people involved in the crisis, pay attention to their future perspective: "
            "re-integration through a job, an internship or education."
        ),
        "6",
    ),
    (
        "tip_giver",
        _("Care for the tip-giver and the reporter"),
        _(
            "Handle the tip-giver with care: give feedback where possible and consider thanking anonymous "
            "tip-givers through an intermediary or a general message to the community. Keep in touch with the "
            "reporter to recognise possible PTSD-related complaints."
        ),
        "7",
    ),
)
AFTERCARE_TASK_CODES = tuple(code for code, *_rest in AFTERCARE_TASKS)
AFTERCARE_TASK_TEXTS = {code: (title, text, point) for code, title, text, point in AFTERCARE_TASKS}


class TaskStatus(models.TextChoices):
    OPEN = "open", _("To do")
    BUSY = "busy", _("In progress")
    DONE = "done", _("Done")
    NOT_NEEDED = "not_needed", _("Not needed")


CLOSED_TASK_STATUSES = (TaskStatus.DONE, TaskStatus.NOT_NEEDED)

# --- support for own staff (seed 001 "Bied interne ondersteuning aan personeel", seed 003 H5 and Tabel 5) -----------


class IncidentKind(models.TextChoices):
    SEEN_VIOLENCE = "seen_violence", _("Saw violence or abuse online")
    THREAT = "threat", _("Threatened or intimidated online")
    OTHER = "other", _("Other burdening online incident")


# The causes of stress to map (seed 001 point 5; seed 003 after Sollie, 2018).
OPERATIONAL_STRESSORS = (
    ("emotional", _("Emotional burden (confrontation with excessive violence, human suffering)")),
    ("physical", _("Physical burden of containing an acute crisis")),
    ("threat", _("Threats and intimidation by suspects or their social networks")),
    ("uncertainty", _("Uncertainty and doubt (legal follow-up, unpredictable situations)")),
)
ORGANISATIONAL_STRESSORS = (
    ("bureaucracy", _("Bureaucracy and compulsory administration")),
    ("means", _("Inadequate (ICT) means and facilities")),
    ("internal", _("Poor cooperation within the own organisation")),
    ("partners", _("Poor cooperation with network partners")),
    ("workload", _("Workload too high or too low")),
    ("management", _("Inadequate leadership and management")),
    ("hours", _("Irregular working hours")),
    ("reorganisation", _("Reorganisations and changes in work processes")),
    ("colleagues", _("Unsuitability of colleagues")),
    ("balance", _("Poor balance between work and private life")),
)
STRESSORS = OPERATIONAL_STRESSORS + ORGANISATIONAL_STRESSORS
STRESSOR_CODES = tuple(code for code, _label in STRESSORS)


class FollowUp(models.TextChoices):
    """What the organisation offers after a burdening incident (seed 001 points 2 and 3)."""

    CONVERSATION = "conversation", _("Talk with the team lead")
    INTERVISION = "intervision", _("Intervision")
    TALK_GROUP = "talk_group", _("Internal talk group")
    PSYCHOLOGIST = "psychologist", _("Discuss the case with a psychologist")
    WORKLOAD = "workload", _("Less burdening work for a while")
    NONE = "none", _("No follow-up needed")


class StaffReportStatus(models.TextChoices):
    REPORTED = "reported", _("Reported")
    FOLLOWED_UP = "followed_up", _("Followed up")
    CLOSED = "closed", _("Closed")


# Tabel 5 of seed 003: the five coping strategies and what each level can do.
COPING_STRATEGIES = (
    (
        _("Visualisation"),
        _(
            "Organisation and network partners: give the professional accurate information, general (training) and "
            "about the present case. Colleagues and team leads: stay available to talk about the case or similar "
            "cases. Professional: use that information and earlier experience as a frame of reference."
        ),
    ),
    (
        _("Emotional distance"),
        _(
            "Make the working environment as 'clinical' as possible: only the people needed, a neutral setting, "
            "work and private life strictly apart. Professional: combine empathy with a task-oriented attitude; a "
            "limit to compassion is functional."
        ),
    ),
    (
        _("Social support"),
        _(
            "Make sure professionals have social support at hand (how many people are deployed, and who). Team "
            "leads: a safe atmosphere in which professionals can show their emotions. Colleagues: offer practical "
            "and emotional support. Professional: dare to show vulnerability and to ask for help."
        ),
    ),
    (
        _("Avoidance"),
        _(
            "Spread the burden over the staff proactively; work with explicit task descriptions so that care "
            "partners are not used for investigation (and vice versa). Colleagues and team leads: watch whether "
            "work asks too much. Professional: judge beforehand whether you can take on the work at that moment."
        ),
    ),
    (
        _("Reinterpretation"),
        _(
            "Offer training and handvatten so professionals trust they do their tasks correctly and meaningfully; "
            "respect each other's different roles (care and investigation); leave room to shape one's own work "
            "(job crafting). Professional: be aware of your formal role and give your work personal meaning."
        ),
    ),
)

# --- misinformation (seed 001, "Wees alert op de verspreiding van misinformatie": six recommendations) --------------
DEBUNK_RULES = (
    ("facts", _("Refute with facts at least as plausible and simple as the misinformation")),
    ("no_repetition", _("Avoid needless repetition of the misinformation (if needed, later, not as the opening)")),
    ("discrepancy", _("Emphasise the discrepancy between the misinformation and the facts")),
    ("messenger", _("Let a source credible to the target group refute it (key figure, credible messenger)")),
    ("worldview", _("Connect to the target group's world view or strengthen their self-esteem")),
    ("scepticism", _("Encourage scepticism, so people become more resilient to misinformation")),
)
DEBUNK_RULE_CODES = tuple(code for code, _label in DEBUNK_RULES)


class RumourStatus(models.TextChoices):
    SPOTTED = "spotted", _("Spotted")
    COUNTERED = "countered", _("Counter-message out")
    FADED = "faded", _("Faded")


# --- evaluation (seed 001 "Evalueer de interventie", seed 003 H5, seed 000 Nazorg) --------------------------------


class EvaluationStatus(models.TextChoices):
    OPEN = "open", _("Organisations write their part")
    FINALISED = "finalised", _("Finalised")


# The fixed questions each participating organisation answers for the network evaluation.
EVALUATION_QUESTIONS = (
    ("went_well", _("What went well?")),
    ("went_badly", _("What did not go well?")),
    ("do_better", _("What can be better next time?")),
    ("perceptions", _("Do partners and the target group perceive the intervention differently?")),
    ("agreements_to_change", _("Which agreements must change?")),
)
EVALUATION_FIELDS = tuple(field for field, _label in EVALUATION_QUESTIONS)
EVALUATION_LABELS = dict(EVALUATION_QUESTIONS)
# The organisation's internal evaluation of its own tasks, responsibilities and powers (seed 001, point 2): read
# inside the organisation only, never by partners nor in the network report.
INTERNAL_QUESTION = _("Internal: how did your organisation fill in its own tasks, responsibilities and powers?")

# The procedures the network checks at the end (seed 001 points 5 and 3 of the evaluation handvat).
PROCEDURES = (
    ("contact_list", _("Contact list of key figures in the community")),
    ("communication_plan", _("Communication plan")),
    ("advisory_board", _("Representative advisory board")),
)
PROCEDURE_CODES = tuple(code for code, _label in PROCEDURES)


class ProcedureStatus(models.TextChoices):
    IN_PLACE = "in_place", _("In place")
    IN_PROGRESS = "in_progress", _("Being set up")
    MISSING = "missing", _("Missing")


class ReportStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    RENDERING = "rendering", _("Being made")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")


TEXT_MAX_LENGTH = 5_000
TITLE_MAX_LENGTH = 200
