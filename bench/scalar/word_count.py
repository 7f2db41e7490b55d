# bench/scalar/word_count.py - Generates a text of n lines and counts its words with str.split and a dict.
#
# A workload of bench/scalar_workloads.py; valid TorchScript and valid Python 3.
# The text is built from a fixed vocabulary with a linear congruential generator
# (deterministic, no random module), mixed case so that the count lowercases
# and strips punctuation. Returns (words, distinct words, the largest count,
# a checksum over the counts in insertion order).
from typing import Dict, List, Tuple


def make_text(lines: int) -> str:
    # torch.jit.script cannot read module-level strings, so the vocabulary is local.
    vocab = ("the Quick brown fox jumps over lazy dog tensor graph Script module value float int list "
             "dict string python torch compile run loop branch call return node block type shape").split()
    out: List[str] = []
    state = 12345
    for i in range(lines):
        words: List[str] = []
        for k in range(8 + i % 5):
            state = (state * 1103515245 + 12345) % 2147483648
            w = vocab[(state >> 16) % len(vocab)]
            if (state >> 8) % 7 == 0:
                w = w + ","
            words.append(w)
        out.append(" ".join(words) + ".")
    return "\n".join(out)


def count_words(text: str) -> Dict[str, int]:
    counts: Dict[str, int] = {}
    for line in text.split("\n"):
        for raw in line.split():
            w = raw.strip(".,").lower()
            if len(w) > 0:
                counts[w] = counts.get(w, 0) + 1
    return counts


def word_count(lines: int) -> Tuple[int, int, int, int]:
    text = make_text(lines)
    counts = count_words(text)
    total = 0
    top = 0
    checksum = 0
    for w, c in counts.items():
        total += c
        if c > top:
            top = c
        checksum = (checksum * 31 + len(w) * c) % 1000000007
    return (total, len(counts), top, checksum)
