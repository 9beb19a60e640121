"""`make bench`: seed a large region, serve it with gunicorn on 127.0.0.1 (DEBUG off), measure, write
docs/benchmarks.md, and exit non-zero when a target is missed.

Run as ``python -m benchmark.run`` inside scripts/with-services.sh (DATABASE_URL and REDIS_URL point at running
servers). The benchmark gets a database of its own, ``<name>_bench`` on the same server, made anew each run, and
Redis database 14 (the tests use 15).
"""

from __future__ import annotations

import argparse
import contextlib
import http.cookiejar
import json
import math
import os
import platform
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SETTINGS = "config.settings.bench"
WARMUP = 3
SAMPLES = int(os.environ.get("BENCH_SAMPLES", 50))  # measured one after the other: p50/p95/p99
THROUGHPUT_REQUESTS = 30  # then two clients at once (two gunicorn workers on two cores): requests per second
WORKERS = 2

# Targets of the benchmark issue.
MAX_RATIO = 3.0
# Issue #11: the start page and the network overview (and its CSV) within a second on this region (p95).
MAX_OVERVIEW_MS = 1000
MAX_WORKLIST_QUERIES = 12
MAX_DETAIL_QUERIES = 14  # "under 15"
MAX_PDF_SECONDS = 5.0
MAX_PDF_MB = 300.0
HTML_PAGE, API_PAGE = 25, 50
DEEP_OFFSET = 5_000  # "a deep page": the page holding the 5,000th signal, or the last page of a shorter list


def log(line: str) -> None:
    print(line, flush=True)


def bench_urls() -> tuple[str, str]:
    database = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/samenduiden")
    parts = urllib.parse.urlsplit(database)
    name = (parts.path.lstrip("/") or "samenduiden") + "_bench"
    database = urllib.parse.urlunsplit(parts._replace(path="/" + name))
    redis = urllib.parse.urlsplit(os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15"))
    return database, urllib.parse.urlunsplit(redis._replace(path="/14"))


def recreate_database(url: str) -> None:
    parts = urllib.parse.urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def manage(env: dict, *args: str, capture: bool = False) -> str:
    result = subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, text=True, capture_output=capture
    )
    return result.stdout if capture else ""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- the HTTP side ---------------------------------------------------------------------------------------------


class Reader:
    """A logged-in browser session and an API token of one user."""

    def __init__(self, base: str, username: str, password: str, token: str):
        self.base = base
        self.token = token
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.opener.open(f"{base}/accounts/login/").read()
        csrf = next(cookie.value for cookie in self.jar if cookie.name == "csrftoken")
        body = urllib.parse.urlencode({"username": username, "password": password, "csrfmiddlewaretoken": csrf})
        response = self.opener.open(
            urllib.request.Request(f"{base}/accounts/login/", data=body.encode(), headers={"Referer": base + "/"})
        )
        response.read()
        if not any(cookie.name == "sessionid" for cookie in self.jar):
            raise SystemExit(f"could not log in as {username}")

    def get(self, path: str) -> tuple[float, int, int]:
        """Seconds, status and queries of one request (API paths with the token, pages with the session)."""
        headers = {"Authorization": f"Token {self.token}"} if path.startswith("/api/") else {}
        request = urllib.request.Request(self.base + path, headers=headers)
        opener = urllib.request.build_opener() if headers else self.opener
        started = time.perf_counter()
        try:
            with opener.open(request) as response:
                response.read()
                status, queries = response.status, int(response.headers.get("X-Bench-Queries", -1))
        except urllib.error.HTTPError as error:
            error.read()
            status, queries = error.code, int(error.headers.get("X-Bench-Queries", -1))
        return time.perf_counter() - started, status, queries


@dataclass
class Result:
    reader: str
    name: str
    path: str
    kind: str  # worklist, detail, calendar, overview, bare
    reference: str = ""  # the bare endpoint a worklist is compared with
    samples: list = field(default_factory=list)
    queries: int = 0
    rps: float = 0.0

    def percentile(self, p: float) -> float:
        ordered = sorted(self.samples)
        return ordered[min(len(ordered) - 1, math.ceil(p / 100 * len(ordered)) - 1)] * 1000


def measure(reader: Reader, result: Result) -> Result:
    for _ in range(WARMUP):
        _seconds, status, _queries = reader.get(result.path)
        if status != 200:
            raise SystemExit(f"{result.path} answered {status} for {result.reader}")
    queries = []
    for _ in range(SAMPLES):
        seconds, _status, count = reader.get(result.path)
        result.samples.append(seconds)
        queries.append(count)
    result.queries = max(queries)

    def client(count: int) -> None:
        for _ in range(count):
            reader.get(result.path)

    threads = [threading.Thread(target=client, args=(THROUGHPUT_REQUESTS // 2,)) for _ in range(2)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.rps = THROUGHPUT_REQUESTS / (time.perf_counter() - started)
    return result


def row(r: Result) -> str:
    return (
        f"{r.reader:8} {r.name:42} {r.percentile(50):8.1f} {r.percentile(95):8.1f} {r.percentile(99):8.1f} "
        f"{r.rps:7.1f} {r.queries:7}"
    )


def pages(count: int, size: int) -> int:
    return max(1, min(math.ceil(DEEP_OFFSET / size), math.ceil(count / size)))


def endpoints(name: str, reader: dict, detail: str) -> list[Result]:
    own, shared = reader["own"], reader["shared"]
    html_own, html_shared = pages(own, HTML_PAGE), pages(shared, HTML_PAGE)
    api_own, api_shared = pages(own, API_PAGE), pages(shared, API_PAGE)
    results = [
        Result(name, "own worklist, page 1", "/signalen/", "worklist", "bare page 1"),
        Result(name, f"own worklist, page {html_own}", f"/signalen/?page={html_own}", "worklist", "bare deep page"),
        Result(name, "shared with us, page 1", "/signalen/gedeeld/", "worklist", "bare page 1"),
        Result(
            name,
            f"shared with us, page {html_shared}",
            f"/signalen/gedeeld/?page={html_shared}",
            "worklist",
            "bare deep page",
        ),
        Result(name, "API own, page 1", "/api/v1/signals/?shared_with_us=false", "worklist", "bare JSON page 1"),
        Result(
            name,
            f"API own, page {api_own}",
            f"/api/v1/signals/?shared_with_us=false&page={api_own}",
            "worklist",
            "bare JSON deep page",
        ),
        Result(
            name, "API shared with us, page 1", "/api/v1/signals/?shared_with_us=true", "worklist", "bare JSON page 1"
        ),
        Result(
            name,
            f"API shared with us, page {api_shared}",
            f"/api/v1/signals/?shared_with_us=true&page={api_shared}",
            "worklist",
            "bare JSON deep page",
        ),
        Result(name, "signal detail", f"/signalen/{detail}/", "detail"),
        Result(name, "API signal detail", f"/api/v1/signals/{detail}/", "detail"),
        Result(name, "risk calendar, month", "/risicokalender/", "calendar"),
        # The readers are made coordinators of their organisation before measuring (the overview is theirs).
        Result(name, "start page", "/", "overview"),
        Result(name, "network overview, 13 weeks", "/overzicht/", "overview"),
        Result(name, "network overview, 52 weeks", "/overzicht/?weeks=52", "overview"),
        Result(
            name, "overview CSV, phenomena, 52 weeks", "/overzicht/?weeks=52&format=csv&chart=fenomenen", "overview"
        ),
    ]
    # A list of one page has no deep page.
    return [r for r in results if not r.path.endswith(("?page=1", "&page=1"))]


def bare_endpoints(name: str) -> list[Result]:
    deep = math.ceil(DEEP_OFFSET / API_PAGE)
    return [
        Result(name, "bare page 1", "/bench/bare/", "bare"),
        Result(name, "bare deep page", f"/bench/bare/?page={deep}", "bare"),
        Result(name, "bare JSON page 1", "/bench/bare/?format=json", "bare"),
        Result(name, "bare JSON deep page", f"/bench/bare/?format=json&page={deep}", "bare"),
    ]


# --- the report ----------------------------------------------------------------------------------------------


def machine() -> dict:
    cpu = "unknown"
    with contextlib.suppress(OSError, AttributeError):
        cpu = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text()).group(1)
    memory = "unknown"
    try:
        kb = int(re.search(r"MemTotal:\s*(\d+)", Path("/proc/meminfo").read_text()).group(1))
        memory = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, AttributeError):
        pass
    system = platform.platform()
    with contextlib.suppress(OSError, AttributeError):
        system = re.search(r'PRETTY_NAME="(.+)"', Path("/etc/os-release").read_text()).group(1)
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory": memory,
        "system": system,
        "python": platform.python_version(),
    }


def write_markdown(path: Path, context: dict) -> None:
    data, results, explain, reports, checks = (
        context["data"],
        context["results"],
        context["explain"],
        context["reports"],
        context["checks"],
    )
    by_name = {(r.reader, r.name): r for r in results}
    lines = [
        "# Benchmarks",
        "",
        "Made by `make bench` (benchmark/run.py); do not edit by hand. The app runs under gunicorn "
        f"({WORKERS} sync workers) on 127.0.0.1 with DEBUG off (`config.settings.bench`), against PostgreSQL and "
        "Redis on the same machine. Latency: "
        f"{SAMPLES} requests one after the other after {WARMUP} to warm up; requests per second: {THROUGHPUT_REQUESTS} "
        "requests from two clients at once. Queries: per request, counted by the server (session and user lookup "
        "included).",
        "",
        f"Run of {context['when']} in {context['seconds']:.0f} s.",
        "",
        "## Machine",
        "",
        f"- {context['machine']['cpu']}, {context['machine']['cores']} cores, {context['machine']['memory']}",
        f"- {context['machine']['system']}, Python {context['machine']['python']}, {context['postgres']}",
        "",
        "## Data set",
        "",
        f"Seed {data['seed']}, made in {data['seconds']:.0f} s: {data['signals']:,} signals in {data['networks']} "
        f"networks with {data['organisations']} organisations, {data['shares']:,} shares "
        f"({data['shares'] / data['signals']:.2f} per signal; {data['grants']:,} permission rows), "
        f"{data['comments']:,} comments, {data['history']:,} history rows, {data['risk_events']:,} moments in the "
        "risk calendar.",
        "",
        "| reader | organisation | own signals | shared with it |",
        "|---|---|---:|---:|",
    ]
    for name, reader in data["readers"].items():
        lines.append(f"| {name} | {reader['organisation']} | {reader['own']:,} | {reader['shared']:,} |")
    lines += [
        "",
        "The readers are made their organisation's coordinators before measuring, so that they may open the network "
        "overview (issue #11); the role changes nothing in what they see of signals, cases or the calendar.",
    ]
    lines += [
        "",
        "## Targets",
        "",
        "| target | result |",
        "|---|---|",
    ]
    for label, ok, detail in checks:
        lines.append(f"| {label} | {'met' if ok else '**missed**'}: {detail} |")
    lines += [
        "",
        "## Ratio of each worklist's p95 to the bare view's p95",
        "",
        "The bare view (`benchmark/views.py`) returns the same kind of page of 50 signals, counted and paged, behind "
        "the same middleware and login, with no permission filtering; pages are compared with its HTML page, the "
        "API with its JSON, a deep page with its deep page.",
        "",
    ]
    for result in results:
        if result.kind == "worklist":
            reference = by_name[("large", result.reference)]
            ratio = result.percentile(95) / reference.percentile(95)
            lines.append(
                f"- ratio {ratio:.2f}× — {result.reader}: {result.name} (p95 {result.percentile(95):.1f} ms; "
                f"{result.reference} p95 {reference.percentile(95):.1f} ms)"
            )
    lines += [
        "",
        "## Every endpoint",
        "",
        "| reader | endpoint | p50 ms | p95 ms | p99 ms | req/s | queries |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r.reader} | {r.name} (`{r.path}`) | {r.percentile(50):.1f} | {r.percentile(95):.1f} | "
            f"{r.percentile(99):.1f} | {r.rps:.1f} | {r.queries} |"
        )
    lines += [
        "",
        "## Query plans of the worklists",
        "",
        "Each worklist asked in-process; every SELECT it ran explained with `EXPLAIN ANALYZE`. A sequential scan of "
        "signals, shares or permission rows would grow with the region.",
        "",
        "| reader | worklist | queries | sequential scans | slowest query ms | scans of the big tables |",
        "|---|---|---:|---|---:|---|",
    ]
    usernames = {reader["username"]: name for name, reader in data["readers"].items()}
    for row in explain:
        lines.append(
            f"| {usernames[row['username']]} | `{row['path']}` | {row['queries']} | "
            f"{', '.join(row['seq_scans']) or 'none'} | {row['slowest_query_ms']:.1f} | "
            f"{'; '.join(row['index_scans'])} |"
        )
    lines += [
        "",
        "## The evaluation report",
        "",
        "A finalised evaluation of a case with 50 signals and 30 interventions and four organisations' parts, made "
        "by `services.report_render` (the Celery task's work) in a fresh process each time; peak memory is that "
        "process's maximum resident set, Django and WeasyPrint included.",
        "",
        "| reader | seconds | pages | size | peak memory |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, report in reports:
        lines.append(
            f"| {name} | {report['seconds']:.2f} | {report['pages']} | {report['bytes'] / 1024:.0f} KiB | "
            f"{report['peak_rss_mb']:.0f} MB |"
        )
    path.write_text("\n".join(lines) + "\n")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--signals", type=int, default=100_000)
    parser.add_argument("--risk-events", type=int, default=5_000)
    parser.add_argument("--out", default=str(ROOT / "docs" / "benchmarks.md"))
    options = parser.parse_args(argv)
    started = time.monotonic()
    database, redis = bench_urls()
    work = Path(tempfile.mkdtemp(prefix="samenduiden-bench-"))
    (work / "static").mkdir()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": SETTINGS,
        "DATABASE_URL": database,
        "REDIS_URL": redis,
        "BENCH_MEDIA_ROOT": str(work / "media"),
        "BENCH_STATIC_ROOT": str(work / "static"),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    log(f"database {urllib.parse.urlsplit(database).path.lstrip('/')} (made anew), redis database 14")
    recreate_database(database)
    subprocess.run(["redis-cli", "-u", redis, "FLUSHDB"], check=False, capture_output=True)
    log("migrating")
    manage(env, "migrate", "--noinput", "-v", "0")
    log("seeding")
    description = work / "dataset.json"
    manage(
        env,
        "bench_seed",
        "--signals",
        str(options.signals),
        "--risk-events",
        str(options.risk_events),
        "--out",
        str(description),
    )
    data = json.loads(description.read_text())
    # The network overview is for coordinators: the three readers become their organisation's coordinators (what
    # they see of signals, cases and the calendar does not change with the role).
    usernames = [reader["username"] for reader in data["readers"].values()]
    manage(
        env,
        "shell",
        "-c",
        "from partners.models import Membership; "
        f"Membership.objects.filter(user__username__in={usernames!r}).update(role='coordinator')",
    )
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log(f"gunicorn on {base}")
    server = subprocess.Popen(
        [
            str(Path(PYTHON).parent / "gunicorn"),
            "config.wsgi:application",
            "--workers",
            str(WORKERS),
            "--bind",
            f"127.0.0.1:{port}",
            "--timeout",
            "120",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    results: list[Result] = []
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base}/accounts/login/", timeout=5).read()
                break
            except (urllib.error.URLError, ConnectionError):
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("gunicorn did not answer") from None
                time.sleep(0.5)
        readers = {
            name: Reader(base, reader["username"], reader["password"], reader["token"])
            for name, reader in data["readers"].items()
        }
        log(f"{'reader':8} {'endpoint':42} {'p50':>8} {'p95':>8} {'p99':>8} {'req/s':>7} {'queries':>7}")
        todo = [(readers["large"], result) for result in bare_endpoints("large")]
        for name, reader in data["readers"].items():
            todo += [(readers[name], result) for result in endpoints(name, reader, data["detail_signal"])]
        for reader, result in todo:
            results.append(measure(reader, result))
            log(row(result))
    finally:
        server.terminate()
        server.wait(timeout=30)

    log("explaining the worklists' queries")
    explain_args = ["bench_explain"]
    for reader in data["readers"].values():
        explain_args += ["--username", reader["username"]]
    for path in (
        "/signalen/",
        "/signalen/gedeeld/",
        "/api/v1/signals/?shared_with_us=false",
        "/api/v1/signals/?shared_with_us=true",
    ):
        explain_args += ["--path", path]
    explain = json.loads(manage(env, *explain_args, capture=True).strip().splitlines()[-1])

    log("making the evaluation report")
    reports = []
    for name in ("medium", "medium", "medium", "large"):
        output = manage(
            env,
            "bench_report",
            "--evaluation",
            data["evaluation"],
            "--username",
            data["readers"][name]["username"],
            capture=True,
        )
        report = json.loads(output.strip().splitlines()[-1])
        if report["status"] != "ready":
            raise SystemExit(f"the report was not made: {report}")
        reports.append((name, report))

    with psycopg.connect(database) as connection:
        postgres = connection.execute("SHOW server_version").fetchone()[0]
    by_name = {(r.reader, r.name): r for r in results}
    worklists = [r for r in results if r.kind == "worklist"]
    ratios = [(r.percentile(95) / by_name[("large", r.reference)].percentile(95), r) for r in worklists]
    worst_ratio = max(ratios, key=lambda pair: pair[0])
    worst_queries = max(((r.queries, r) for r in worklists), key=lambda pair: pair[0])
    worst_detail = max(((r.queries, r) for r in results if r.kind == "detail"), key=lambda pair: pair[0])
    overview = [r for r in results if r.kind == "overview"]
    slowest_overview = max(overview, key=lambda r: r.percentile(95))
    seq = [f"{row['path']} ({', '.join(row['seq_scans'])})" for row in explain if row["seq_scans"]]
    pdf_seconds = statistics.median(report["seconds"] for _name, report in reports)
    pdf_memory = max(report["peak_rss_mb"] for _name, report in reports)
    checks = [
        (
            f"worklists within {MAX_RATIO:g}× the bare view (p95)",
            worst_ratio[0] <= MAX_RATIO,
            f"worst {worst_ratio[0]:.2f}× ({worst_ratio[1].reader}: {worst_ratio[1].name})",
        ),
        (
            f"at most {MAX_WORKLIST_QUERIES} queries per worklist page",
            worst_queries[0] <= MAX_WORKLIST_QUERIES,
            f"most {worst_queries[0]} ({worst_queries[1].reader}: {worst_queries[1].name})",
        ),
        (
            "signal detail under 15 queries",
            worst_detail[0] <= MAX_DETAIL_QUERIES,
            f"most {worst_detail[0]} ({worst_detail[1].reader}: {worst_detail[1].name})",
        ),
        (
            f"report PDF under {MAX_PDF_SECONDS:g} s and {MAX_PDF_MB:g} MB",
            pdf_seconds < MAX_PDF_SECONDS and pdf_memory < MAX_PDF_MB,
            f"{pdf_seconds:.2f} s (median), {pdf_memory:.0f} MB (peak)",
        ),
        (
            f"start page and network overview under {MAX_OVERVIEW_MS} ms (p95)",
            slowest_overview.percentile(95) <= MAX_OVERVIEW_MS,
            f"slowest {slowest_overview.percentile(95):.0f} ms ({slowest_overview.reader}: {slowest_overview.name})",
        ),
        (
            "worklist plans use indexes: no sequential scan of signals, shares or permission rows",
            not seq,
            "; ".join(seq) or "none",
        ),
    ]
    context = {
        "data": data,
        "results": results,
        "explain": explain,
        "reports": reports,
        "checks": checks,
        "machine": machine(),
        "postgres": f"PostgreSQL {postgres}",
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "seconds": time.monotonic() - started,
    }
    out = Path(options.out)
    write_markdown(out, context)
    log("")
    for r in worklists:
        reference = by_name[("large", r.reference)]
        log(f"ratio {r.percentile(95) / reference.percentile(95):5.2f}x  {r.reader}: {r.name}")
    log("")
    for label, ok, detail in checks:
        log(f"{'met   ' if ok else 'MISSED'} {label}: {detail}")
    log(
        f"\nwritten to {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out} "
        f"in {time.monotonic() - started:.0f} s"
    )
    return 0 if all(ok for _label, ok, _detail in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
