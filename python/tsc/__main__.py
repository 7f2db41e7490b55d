"""python -m tsc: the ``tsc`` command line (same output and exit codes as the executable)."""
import sys

from tsc._C import main

if __name__ == "__main__":
    sys.exit(main(["tsc"] + sys.argv[1:]))
