"""rxtracker benchmarks: every figure against its floor, measured in the same run (make bench)."""
