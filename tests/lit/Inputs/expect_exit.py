"""Runs a command and succeeds only if it exits with the given status.

usage: expect_exit.py STATUS COMMAND [ARG ...]
"""
import subprocess
import sys

want = int(sys.argv[1])
got = subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
if got != want:
    print(f"expected exit status {want}, got {got}: {' '.join(sys.argv[2:])}")
    sys.exit(1)
