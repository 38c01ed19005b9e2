"""Benchmarks: each bench_*.py module has main(); figures are ratios against a floor measured in the same run."""
