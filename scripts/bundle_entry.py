"""What the standalone bundle runs: the same command line as `netjournal`."""

import sys

from netjournal.cli import main

if __name__ == "__main__":
    sys.exit(main())
