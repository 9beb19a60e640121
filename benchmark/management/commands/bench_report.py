import json
import resource
import time

from django.core.management.base import BaseCommand

from aftercare import services
from aftercare.constants import ReportStatus
from aftercare.models import Evaluation, EvaluationReport
from partners.models import User


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


class Command(BaseCommand):
    help = (
        "Make the report of a finalised evaluation for one reader's organisation exactly as the Celery task does "
        "(services.report_render), and print the time it took and the process's peak memory as JSON."
    )

    def add_arguments(self, parser):
        parser.add_argument("--evaluation", required=True)
        parser.add_argument("--username", required=True)

    def handle(self, *args, **options):
        user = User.objects.select_related("membership").get(username=options["username"])
        evaluation = Evaluation.objects.get(pk=options["evaluation"])
        before = peak_rss_mb()
        report, _created = EvaluationReport.objects.update_or_create(
            evaluation=evaluation,
            organisation_id=user.membership.organisation_id,
            defaults={"requested_by": user, "status": ReportStatus.QUEUED, "fingerprint": ""},
        )
        started = time.perf_counter()
        status = services.report_render(report.pk)
        seconds = time.perf_counter() - started
        report.refresh_from_db()
        result = {
            "status": str(status),
            "seconds": round(seconds, 3),
            "pages": report.pages,
            "bytes": report.file.size if report.file else 0,
            "peak_rss_mb": round(peak_rss_mb(), 1),
            "rss_before_mb": round(before, 1),
        }
        self.stdout.write(json.dumps(result))
