# Without --emit, tsc only checks the program: nothing on stdout, exit 0.
# RUN: %tsc %s | count 0
def twice(x: int) -> int:
    return 2 * x
