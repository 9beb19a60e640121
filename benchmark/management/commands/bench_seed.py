import json
import time

from django.core.management.base import BaseCommand
from django.db import connection

from benchmark.seed import SEED, Seeder
from partners.models import User


class Command(BaseCommand):
    help = "Fill the (empty) benchmark database with the benchmark's data set and write its description as JSON."

    def add_arguments(self, parser):
        parser.add_argument("--signals", type=int, default=100_000)
        parser.add_argument("--risk-events", type=int, default=5_000)
        parser.add_argument("--seed", type=int, default=SEED)
        parser.add_argument("--out", required=True, help="where to write the data set's description (JSON)")

    def handle(self, *args, **options):
        if "bench" not in connection.settings_dict["NAME"]:
            raise SystemExit("bench_seed writes only to a database whose name says 'bench'")
        if User.objects.exists():
            raise SystemExit("bench_seed fills an empty database (benchmark/run.py makes a new one)")
        started = time.monotonic()
        data = Seeder(
            signals=options["signals"],
            risk_events=options["risk_events"],
            seed=options["seed"],
            log=lambda line: self.stdout.write(line),
        ).run()
        description = data.as_dict() | {"seconds": round(time.monotonic() - started, 1), "seed": options["seed"]}
        with open(options["out"], "w") as out:
            json.dump(description, out, indent=2)
        self.stdout.write(f"data set ready in {description['seconds']} s")
