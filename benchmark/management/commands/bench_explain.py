import json

from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from partners.models import User
from signals.models import Share, Signal, SignalGroupObjectPermission

# Sequential scans of these tables are a defect: each grows with the region.
WATCHED = {model._meta.db_table for model in (Signal, Share, SignalGroupObjectPermission)}


def _walk(plan: dict):
    yield plan
    for child in plan.get("Plans", []):
        yield from _walk(child)


class Command(BaseCommand):
    help = (
        "Ask the worklists of each reader in-process, EXPLAIN ANALYZE every SELECT they ran, and print per worklist "
        "whether any sequential scan of signals, shares or permission rows was planned, as JSON."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", action="append", required=True)
        parser.add_argument("--path", action="append", required=True)

    def handle(self, *args, **options):
        results = []
        for username in options["username"]:
            client = Client()
            client.force_login(User.objects.get(username=username))
            for path in options["path"]:
                with CaptureQueriesContext(connection) as captured:
                    response = client.get(path)
                if response.status_code != 200:
                    raise SystemExit(f"{path} answered {response.status_code} for {username}")
                scans, slowest, index_scans = set(), 0.0, set()
                for query in captured.captured_queries:
                    sql = query["sql"]
                    if not sql.lstrip().upper().startswith("SELECT"):
                        continue
                    with connection.cursor() as cursor:
                        cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql)
                        plan = cursor.fetchone()[0][0]
                    slowest = max(slowest, plan["Execution Time"])
                    for node in _walk(plan["Plan"]):
                        relation = node.get("Relation Name")
                        if relation in WATCHED:
                            if node["Node Type"] == "Seq Scan":
                                scans.add(relation)
                            else:
                                index_scans.add(f"{node['Node Type']} on {relation} ({node.get('Index Name', '')})")
                results.append(
                    {
                        "username": username,
                        "path": path,
                        "queries": len(captured.captured_queries),
                        "seq_scans": sorted(scans),
                        "index_scans": sorted(index_scans),
                        "slowest_query_ms": round(slowest, 2),
                    }
                )
        self.stdout.write(json.dumps(results))
