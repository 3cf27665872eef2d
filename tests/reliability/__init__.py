"""Reliability evidence.

Reliability evidence (issue 6): crash, corruption, canary and bad-input tests; crash
points (strace) and races (issue 13).

Each test writes its figures through ``tests.reliability.support.record_figures``;
``scripts/reliability_report.py`` turns them into ``docs/RELIABILITY.md``.
"""
