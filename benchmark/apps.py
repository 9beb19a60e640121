from django.apps import AppConfig


class BenchmarkConfig(AppConfig):
    """`make bench` only (config/settings/bench.py): the data set, the bare reference view and the measurements.
    Never installed in production."""

    name = "benchmark"
    verbose_name = "Benchmark"
