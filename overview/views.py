"""The network overview: counts of what the coordinator's organisation may see, drawn as SVG by the app, each chart
with its numbers as a table and as CSV (``?format=csv&chart=<name>``, the same filters, the same visibility)."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import formats, timezone
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from interventions.constants import InterventionStatus, Phase
from riskcalendar import selectors as risk_selectors
from riskcalendar.constants import RiskLevel

from . import charts, selectors
from .forms import DEFAULT_WEEKS, OverviewFilterForm

# The charts in the order of the page: name (in the CSV link and file name) → its title.
CHARTS = {
    "signalen-per-week": gettext_lazy("Signals per week"),
    "delen": gettext_lazy("Shared with partners, and how fast"),
    "fenomenen": gettext_lazy("Signals per online phenomenon"),
    "platforms": gettext_lazy("Signals per platform"),
    "casussen": gettext_lazy("Cases per phase"),
    "interventies": gettext_lazy("Interventions per phase and status"),
    "acties": gettext_lazy("Open actions per executing organisation"),
    "risico": gettext_lazy("Risk level per area, coming weeks"),
}


@dataclass
class Chart:
    name: str
    title: str
    intro: str = ""
    svg: SafeString | str = ""
    legend: list = field(default_factory=list)  # (swatch svg, label)
    headers: list = field(default_factory=list)
    rows: list = field(default_factory=list)  # each a list of cells; the first is the row's label
    csv_headers: list = field(default_factory=list)
    csv_rows: list = field(default_factory=list)
    empty: str = ""


def _week_label(monday: dt.date) -> str:
    return _("wk %(number)s") % {"number": monday.isocalendar()[1]}


def _date(day: dt.date) -> str:
    return formats.date_format(day, "j b Y")


def _signal_charts(user, period, wanted) -> list[Chart]:
    names = {"signalen-per-week", "fenomenen", "platforms"} & wanted
    if not names:
        return []
    counts = selectors.signal_counts(user, period)
    weeks = period.weeks
    week_labels = [_week_label(week) for week in weeks]
    week_headers = [
        f"{label} ({formats.date_format(week, 'j M')})" for label, week in zip(week_labels, weeks, strict=True)
    ]
    result = []
    if "signalen-per-week" in names:
        totals = selectors.weekly_totals(counts, weeks)
        result.append(
            Chart(
                name="signalen-per-week",
                title=str(CHARTS["signalen-per-week"]),
                intro=_("%(count)s signals your organisation may see, logged in this period.") % {"count": sum(totals)},
                svg=charts.column_chart(
                    totals, week_labels, title=str(CHARTS["signalen-per-week"]), value_name=_("signals")
                ),
                headers=[_("Week"), _("Signals")],
                rows=[
                    [f"{label}, {_date(week)}", total]
                    for label, week, total in zip(week_labels, weeks, totals, strict=True)
                ],
                csv_headers=["week_start", "signals"],
                csv_rows=[[week.isoformat(), total] for week, total in zip(weeks, totals, strict=True)],
            )
        )
    for name, index, labels, nameless in (
        ("fenomenen", 1, selectors.phenomenon_names() if "fenomenen" in names else {}, _("Without phenomenon")),
        ("platforms", 2, selectors.platform_names(), _("No platform given")),
    ):
        if name not in names:
            continue
        per_category = selectors.series(counts, weeks, index)
        ordered = sorted(
            per_category.items(),
            key=lambda item: (-sum(item[1]), str(labels.get(item[0], nameless))),
        )
        rows = [(str(labels.get(key, nameless)) if key else nameless, values) for key, values in ordered]
        result.append(
            Chart(
                name=name,
                title=str(CHARTS[name]),
                intro=_(
                    "The bar is the total of the period; the small columns at the right are its weeks (the trend)."
                ),
                svg=charts.bar_rows([(label, sum(values), values) for label, values in rows], title=str(CHARTS[name])),
                headers=[_("Phenomenon") if index == 1 else _("Platform"), *week_headers, _("Total")],
                rows=[[label, *values, sum(values)] for label, values in rows],
                csv_headers=["phenomenon" if index == 1 else "platform", *[w.isoformat() for w in weeks], "total"],
                csv_rows=[[label, *values, sum(values)] for label, values in rows],
                empty=_("No signals in this period."),
            )
        )
    return result


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    if seconds < 3600:
        return _("%(count)s minutes") % {"count": round(seconds / 60)}
    if seconds < 2 * 86400:
        return _("%(count)s hours") % {"count": round(seconds / 3600, 1)}
    return _("%(count)s days") % {"count": round(seconds / 86400, 1)}


def _sharing_chart(user, period) -> Chart:
    speed = selectors.sharing_speed(user, period)
    buckets = [
        (_("Shared within an hour"), speed["hour"]),
        (_("Shared within a day"), speed["day"]),
        (_("Shared within a week"), speed["week"]),
        (_("Shared after more than a week"), speed["later"]),
        (_("Not shared"), speed["not_shared"]),
    ]
    total = speed["total"]
    share = round(100 * speed["shared"] / total) if total else 0
    intro = _(
        "Of the %(total)s signals your organisation logged in this period, %(shared)s (%(percent)s%%) went to one or "
        "more partners. Median time from logging to the first share: %(median)s."
    ) % {"total": total, "shared": speed["shared"], "percent": share, "median": _duration(speed["median_seconds"])}
    title = str(CHARTS["delen"])
    return Chart(
        name="delen",
        title=title,
        intro=intro,
        svg=charts.bar_rows([(label, count, None) for label, count in buckets], title=title) if total else "",
        headers=[_("Time to the first share"), _("Signals")],
        rows=[[label, count] for label, count in buckets],
        csv_headers=["time_to_first_share", "signals"],
        csv_rows=[[label, count] for label, count in buckets],
        empty=_("Your organisation logged no signals in this period."),
    )


def _case_chart(user) -> Chart:
    counts = selectors.cases_per_phase(user)
    rows = [(str(label), counts[value]) for value, label in Phase.choices]
    title = str(CHARTS["casussen"])
    return Chart(
        name="casussen",
        title=title,
        intro=_("The cases your organisation takes part in, by their phase now."),
        svg=charts.bar_rows([(label, count, None) for label, count in rows], title=title),
        headers=[_("Phase"), _("Cases")],
        rows=[list(row) for row in rows],
        csv_headers=["phase", "cases"],
        csv_rows=[[value, counts[value]] for value in Phase.values],
    )


def _intervention_chart(user) -> Chart:
    table = selectors.interventions_per_phase_and_status(user)
    statuses = InterventionStatus.choices
    title = str(CHARTS["interventies"])
    rows = [
        (str(label), [(str(status_label), table[value][status]) for status, status_label in statuses])
        for value, label in Phase.choices
    ]
    return Chart(
        name="interventies",
        title=title,
        intro=_("The interventions you may see, by phase, each bar split by status (now)."),
        svg=charts.stacked_rows(rows, title=title),
        legend=[
            (charts.swatch(f"app-chart__seg app-chart__seg--{number}", f"ov-pattern-{number}"), label)
            for number, (_value, label) in enumerate(statuses)
        ],
        headers=[_("Phase"), *[label for _value, label in statuses], _("Total")],
        rows=[[label, *[count for _s, count in segments], sum(c for _s, c in segments)] for label, segments in rows],
        csv_headers=["phase", *InterventionStatus.values, "total"],
        csv_rows=[
            [value, *[table[value][status] for status in InterventionStatus.values], sum(table[value].values())]
            for value in Phase.values
        ],
    )


def _action_chart(user, today) -> Chart:
    rows = selectors.open_actions(user, today)
    title = str(CHARTS["acties"])
    parts = [_("Overdue"), _("Due within a week"), _("Open, later or without a date")]
    bars = [
        (
            row["organisation"],
            list(
                zip(
                    parts,
                    [row["overdue"], row["due_soon"], row["open"] - row["overdue"] - row["due_soon"]],
                    strict=True,
                )
            ),
        )
        for row in rows
    ]
    overdue = sum(row["overdue"] for row in rows)
    return Chart(
        name="acties",
        title=title,
        intro=_("%(count)s open step-5 actions are overdue, of the actions your organisation sees.")
        % {"count": overdue},
        svg=charts.stacked_rows(bars, title=title),
        legend=[
            (charts.swatch(f"app-chart__seg app-chart__seg--{number}", f"ov-pattern-{number}"), label)
            for number, label in enumerate(parts)
        ],
        headers=[_("Executing organisation"), *parts, _("Open")],
        rows=[
            [
                row["organisation"],
                row["overdue"],
                row["due_soon"],
                row["open"] - row["overdue"] - row["due_soon"],
                row["open"],
            ]
            for row in rows
        ],
        csv_headers=["executing_organisation", "overdue", "due_within_a_week", "open_later_or_no_date", "open"],
        csv_rows=[
            [
                row["organisation"],
                row["overdue"],
                row["due_soon"],
                row["open"] - row["overdue"] - row["due_soon"],
                row["open"],
            ]
            for row in rows
        ],
        empty=_("No open actions."),
    )


def _risk_chart(user, today, area) -> Chart:
    mondays, strip = selectors.risk_strip(user, today, area=area)
    level_names = {"": _("no known risk"), **{value: str(label) for value, label in RiskLevel.choices}}
    week_labels = [_week_label(monday) for monday in mondays]
    title = str(CHARTS["risico"])
    return Chart(
        name="risico",
        title=title,
        intro=_("Per area the highest risk level of the risicokalender in each of the coming %(count)s weeks.")
        % {"count": len(mondays)},
        svg=charts.risk_strip(strip, week_labels, level_names, title=title),
        legend=[
            (
                charts.swatch(
                    f"app-strip__cell app-strip__cell--{level or 'none'}", f"ov-risk-{level}" if level else ""
                ),
                name,
            )
            for level, name in ((value, level_names[value]) for value in ("high", "elevated", "low", ""))
        ],
        headers=[
            _("Area"),
            *[f"{label} ({formats.date_format(m, 'j M')})" for label, m in zip(week_labels, mondays, strict=True)],
        ],
        rows=[[row["area"], *[level_names[level] for level in row["levels"]]] for row in strip],
        csv_headers=["area", *[monday.isoformat() for monday in mondays]],
        csv_rows=[[row["area"], *[level or "none" for level in row["levels"]]] for row in strip],
        empty=_("No risk windows in the coming weeks that your organisation sees."),
    )


def build_charts(user, *, period, area: str, today: dt.date, wanted: set[str] | None = None) -> list[Chart]:
    """The charts asked for (all by default), in the page's order: a fixed number of queries per chart."""
    wanted = set(CHARTS) if wanted is None else wanted
    built = {chart.name: chart for chart in _signal_charts(user, period, wanted)}
    if "delen" in wanted:
        built["delen"] = _sharing_chart(user, period)
    if "casussen" in wanted:
        built["casussen"] = _case_chart(user)
    if "interventies" in wanted:
        built["interventies"] = _intervention_chart(user)
    if "acties" in wanted:
        built["acties"] = _action_chart(user, today)
    if "risico" in wanted:
        built["risico"] = _risk_chart(user, today, area)
    return [built[name] for name in CHARTS if name in built]


def _safe_cell(value) -> object:
    """A cell a spreadsheet will not run: text starting with =, +, - or @ gets a leading apostrophe."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return f"'{value}"
    return value


def _csv(chart: Chart, period) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"netwerkoverzicht-{chart.name}-{period.start.isoformat()}-{period.end.isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    writer = csv.writer(response)
    writer.writerow(chart.csv_headers)
    for row in chart.csv_rows:
        writer.writerow([_safe_cell(cell) for cell in row])
    return response


@login_required
def network_overview(request):
    """ "Netwerkoverzicht": for coordinators (team leads and the network coordinator); everyone else gets 404."""
    if not selectors.can_see_network_overview(request.user):
        raise Http404
    today = timezone.localdate()
    data = request.GET.copy()
    if "weeks" not in data:
        data["weeks"] = str(DEFAULT_WEEKS)
    form = OverviewFilterForm(data, areas=risk_selectors.areas_visible_to(request.user), today=today)
    form.is_valid()
    period, area, by_dates = form.values()
    if request.GET.get("format") == "csv":
        name = request.GET.get("chart", "")
        if name not in CHARTS:
            raise Http404
        if form.errors:
            messages = [str(message) for errors in form.errors.values() for message in errors]
            return HttpResponse(" ".join(messages), status=400, content_type="text/plain; charset=utf-8")
        chart = build_charts(request.user, period=period, area=area, today=today, wanted={name})[0]
        return _csv(chart, period)
    query = request.GET.copy()
    query.pop("format", None)
    query.pop("chart", None)
    context = {
        "form": form,
        "period": period,
        "by_dates": by_dates,
        "area": area,
        "charts": build_charts(request.user, period=period, area=area, today=today),
        "patterns": charts.patterns_defs(),
        "query": query.urlencode(),
        "today": today,
    }
    return render(request, "overview/network.html", context, status=400 if form.errors else 200)
