# tests/diff/corpus/strings.py - str methods with their edge cases: split, strip, find, replace, count, predicates.
from typing import List, Tuple


def split_ws(s: str) -> List[str]:
    return s.split()


def split_sep(s: str, sep: str) -> List[str]:
    return s.split(sep)


def split_max(s: str, sep: str, n: int) -> List[str]:
    return s.split(sep, n)


def split_ws_max(s: str, n: int) -> List[str]:
    return s.split(None, n)


def splitlines(s: str) -> List[str]:
    return s.splitlines()


def join_words(sep: str, words: List[str]) -> str:
    return sep.join(words)


def strip_all(s: str) -> Tuple[str, str, str]:
    return s.strip(), s.lstrip(), s.rstrip()


def strip_chars(s: str, chars: str) -> Tuple[str, str, str]:
    return s.strip(chars), s.lstrip(chars), s.rstrip(chars)


def starts_ends(s: str, prefix: str) -> Tuple[bool, bool]:
    return s.startswith(prefix), s.endswith(prefix)


def find_all(s: str, sub: str) -> Tuple[int, int, int]:
    return s.find(sub), s.rfind(sub), s.count(sub)


def index_of(s: str, sub: str) -> int:
    return s.index(sub)


def rindex_of(s: str, sub: str) -> int:
    return s.rindex(sub)


def replace_all(s: str, old: str, new: str) -> str:
    return s.replace(old, new)


def replace_count(s: str, old: str, new: str, n: int) -> str:
    return s.replace(old, new, n)


def cases(s: str) -> Tuple[str, str, str, str, str]:
    return s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase()


def predicates(s: str) -> Tuple[bool, bool, bool, bool, bool, bool]:
    return s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(), s.islower(), s.isupper()


def partition(s: str, sep: str) -> Tuple[Tuple[str, str, str], Tuple[str, str, str]]:
    return s.partition(sep), s.rpartition(sep)


def padding(s: str, width: int) -> Tuple[str, str, str, str]:
    return s.ljust(width), s.rjust(width), s.center(width), s.zfill(width)


def padding_fill(s: str, width: int, fill: str) -> Tuple[str, str, str]:
    return s.ljust(width, fill), s.rjust(width, fill), s.center(width, fill)


def slice_basic(s: str, a: int, b: int) -> str:
    return s[a:b]


def slice_step(s: str, step: int) -> str:
    return s[::step]


def slice_full(s: str, a: int, b: int, step: int) -> str:
    return s[a:b:step]


def slice_forms(s: str) -> Tuple[str, str, str, str, str]:
    return s[1:], s[:-1], s[-3:], s[::-1], s[-1:-4:-1]


def char_at(s: str, i: int) -> str:
    return s[i]


def repeat(s: str, n: int) -> str:
    return s * n


def repeat_left(s: str, n: int) -> str:
    return n * s


def concat(a: str, b: str) -> str:
    return a + b + a


def contains(s: str, sub: str) -> Tuple[bool, bool]:
    return sub in s, sub not in s


def compare(a: str, b: str) -> Tuple[bool, bool, bool, bool, bool]:
    return a < b, a <= b, a == b, a > b, a != b


def min_max_str(a: str, b: str, c: str) -> Tuple[str, str]:
    return min(a, b, c), max(a, b, c)


def length(s: str) -> int:
    return len(s)


def chars(s: str) -> List[str]:
    out: List[str] = []
    for c in s:
        out.append(c)
    return out


def list_of_str(s: str) -> List[str]:
    return list(s)


def reverse_words(s: str) -> str:
    words = s.split()
    words.reverse()
    return " ".join(words)


def is_palindrome(s: str) -> bool:
    cleaned = ""
    for c in s.lower():
        if c.isalnum():
            cleaned += c
    return cleaned == cleaned[::-1]


def caesar(s: str, shift: int) -> str:
    out = ""
    for c in s:
        if c.isalpha() and c.islower():
            out += chr((ord(c) - ord("a") + shift) % 26 + ord("a"))
        elif c.isalpha() and c.isupper():
            out += chr((ord(c) - ord("A") + shift) % 26 + ord("A"))
        else:
            out += c
    return out


def vowel_count(s: str) -> int:
    n = 0
    for c in s.lower():
        if c in "aeiou":
            n += 1
    return n


def repr_of(s: str) -> str:
    return s


def repr_list(a: str, b: str) -> List[str]:
    return [a, b]


def escapes(k: int) -> str:
    if k == 0:
        return "tab\there"
    if k == 1:
        return "line\nbreak"
    if k == 2:
        return "back\\slash"
    if k == 3:
        return "it's"
    if k == 4:
        return 'say "hi"'
    if k == 5:
        return "both ' and \""
    if k == 6:
        return "nul\x00bell\x07"
    if k == 7:
        return "caf\u00e9 \u4e2d\u6587"
    return "\r\x7f\x1b"


def print_escapes() -> None:
    print("a\tb", "it's", 'q"q')
    print(["a\tb", "it's", 'q"q', "caf\u00e9"])
    print(("x",), ("y", "z"))


def unicode_ops(s: str) -> Tuple[int, str, str, str]:
    return len(s), s.upper(), s[::-1], s[1:3]


def count_overlap(s: str, sub: str) -> int:
    return s.count(sub)


def join_chars(s: str) -> str:
    return "-".join(list(s))


def strip_then_split(s: str) -> List[str]:
    return s.strip().split(",")


def title_words(s: str) -> str:
    out: List[str] = []
    for w in s.split(" "):
        out.append(w.capitalize())
    return " ".join(out)
