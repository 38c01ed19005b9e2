"""Benchmarks: each bench_*.py module has main().

Figures are ratios against a floor measured in the same run, never bare milliseconds.
"""
