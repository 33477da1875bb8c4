"""Demo records and synthetic datasets: made through the services, never used by them.

``records`` builds the demo person the app opens with ``--demo``; ``datagen`` writes large
deterministic datasets for benchmarks and tests (``rxtracker demo``).
"""
