"""Benchmarks: what the office will feel, each measured beside a baseline in the same run."""
