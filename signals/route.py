"""Lookups over the route of seed 002 (signals/route_data.py): questions per step, valid answers, branches."""

from functools import cache

from .constants import Answer
from .route_data import (  # noqa: F401
    ACTIONS,
    ACTIONS_REMINDER,
    DOUBLE_CHECK_STEPS,
    NEXT_STEP,
    OFFLINE_ACTIONS,
    ONLINE_ACTIONS,
    STEPS,
)

STEP_NUMBERS = tuple(step["number"] for step in STEPS)
DECISION_STEPS = tuple(step["number"] for step in STEPS if step.get("decision"))
REVIEW_STEPS = (1, 2)  # four eyes (002: "laat altijd een interne collega meekijken")


def step(number: int) -> dict:
    return STEPS[number - 1]


@cache
def questions(number: int) -> dict[str, dict]:
    return {q["code"]: q for q in step(number)["questions"]}


def valid_answers(question: dict) -> set[str]:
    """The answer codes a question accepts; '' (not answered) always."""
    if question["answer"] == "yes_no":
        return {"", *Answer.values}
    if question["answer"] == "choice":
        return {"", *(code for code, _label in question["choices"])}
    return {""}


@cache
def flagged_question(flag: str) -> tuple[int, str] | None:
    """(step, code) of the question carrying ``flag`` (acute, special_categories, trust_relation)."""
    for s in STEPS:
        for q in s["questions"]:
            if q.get(flag):
                return s["number"], q["code"]
    return None


def next_step(number: int, decision: str) -> int | str:
    return NEXT_STEP[(number, decision)]


ACTION_CODES = {code for code, _label in ACTIONS}
ACTION_LABELS = dict(ACTIONS)
