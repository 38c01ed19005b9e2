"""ZorgDesk: the multi-year work agenda of a regional care collaboration, kept offline."""

import time

__version__ = "0.1.0"
# When the package was first imported: `--smoke` reports its first paint from here (the
# interpreter's own start-up is measured from outside by benchmarks/bench_startup.py).
IMPORTED_AT = time.perf_counter()
