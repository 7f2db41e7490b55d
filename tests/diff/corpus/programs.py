# tests/diff/corpus/programs.py - Realistic programs: word counts, a tokenizer and evaluator, matrices, sieve, ledger, inventory.
from typing import Dict, List, Optional, Tuple


def word_count(text: str) -> Dict[str, int]:
    counts: Dict[str, int] = {}
    for raw in text.lower().split():
        word = raw.strip(".,;:!?\"'()")
        if word == "":
            continue
        counts[word] = counts.get(word, 0) + 1
    return counts


def top_words(text: str, n: int) -> List[Tuple[str, int]]:
    counts = word_count(text)
    pairs: List[Tuple[str, int]] = []
    for w, c in counts.items():
        pairs.append((w, c))
    out: List[Tuple[str, int]] = []
    while len(out) < n and len(pairs) > 0:
        best = 0
        for i in range(1, len(pairs)):
            w, c = pairs[i]
            bw, bc = pairs[best]
            if c > bc or (c == bc and w < bw):
                best = i
        out.append(pairs.pop(best))
    return out


def tokenize(src: str) -> List[str]:
    tokens: List[str] = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
            continue
        if c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(src[i:j])
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(src[i:j])
            i = j
        elif c in "+-*/()^%":
            tokens.append(c)
            i += 1
        else:
            raise ValueError(f"unexpected character {c!r} at {i}")
    return tokens


class Parser:
    def __init__(self, tokens: List[str], env: Dict[str, float]):
        self.tokens = tokens
        self.pos = 0
        self.env = env

    def peek(self) -> str:
        if self.pos < len(self.tokens):
            return self.tokens[self.pos]
        return ""

    def take(self) -> str:
        tok = self.peek()
        if tok == "":
            raise ValueError("unexpected end of input")
        self.pos += 1
        return tok

    # expr: term (('+' | '-') term)*
    def expr(self) -> float:
        value = self.term()
        while self.peek() == "+" or self.peek() == "-":
            if self.take() == "+":
                value += self.term()
            else:
                value -= self.term()
        return value

    # term: factor (('*' | '/' | '%') factor)*
    def term(self) -> float:
        value = self.factor()
        while self.peek() in ["*", "/", "%"]:
            op = self.take()
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    # factor: unary ('^' factor)?
    def factor(self) -> float:
        base = self.unary()
        if self.peek() == "^":
            self.take()
            return base ** self.factor()
        return base

    # unary: '-' unary | atom
    def unary(self) -> float:
        if self.peek() == "-":
            self.take()
            return -self.unary()
        return self.atom()

    # atom: NUMBER | NAME | '(' expr ')'
    def atom(self) -> float:
        tok = self.take()
        if tok == "(":
            value = self.expr()
            if self.take() != ")":
                raise ValueError("expected ')'")
            return value
        if tok[0].isdigit() or tok[0] == ".":
            return float(tok)
        if tok in self.env:
            return self.env[tok]
        raise KeyError(tok)


def evaluate(src: str, env: Dict[str, float]) -> float:
    p = Parser(tokenize(src), env)
    value = p.expr()
    if p.peek() != "":
        raise ValueError(f"trailing input at token {p.pos}: {p.peek()!r}")
    return value


def matmul(a: List[List[float]], b: List[List[float]]) -> List[List[float]]:
    n = len(a)
    m = len(b[0])
    k = len(b)
    out: List[List[float]] = []
    for i in range(n):
        row: List[float] = []
        for j in range(m):
            s = 0.0
            for t in range(k):
                s += a[i][t] * b[t][j]
            row.append(s)
        out.append(row)
    return out


def transpose(m: List[List[int]]) -> List[List[int]]:
    out: List[List[int]] = []
    for j in range(len(m[0])):
        out.append([m[i][j] for i in range(len(m))])
    return out


def identity_power(n: int, p: int) -> List[List[int]]:
    base: List[List[int]] = []
    for i in range(n):
        row = [0] * n
        row[i] = 1
        if i + 1 < n:
            row[i + 1] = 1
        base.append(row)
    result: List[List[int]] = []
    for i in range(n):
        row = [0] * n
        row[i] = 1
        result.append(row)
    for _ in range(p):
        nxt: List[List[int]] = []
        for i in range(n):
            r: List[int] = []
            for j in range(n):
                s = 0
                for t in range(n):
                    s += result[i][t] * base[t][j]
                r.append(s)
            nxt.append(r)
        result = nxt
    return result


def determinant(m: List[List[float]]) -> float:
    n = len(m)
    a = [row.copy() for row in m]
    det = 1.0
    for col in range(n):
        pivot = col
        for r in range(col + 1, n):
            if abs(a[r][col]) > abs(a[pivot][col]):
                pivot = r
        if a[pivot][col] == 0.0:
            return 0.0
        if pivot != col:
            tmp = a[pivot]
            a[pivot] = a[col]
            a[col] = tmp
            det = -det
        det *= a[col][col]
        for r in range(col + 1, n):
            f = a[r][col] / a[col][col]
            for c in range(col, n):
                a[r][c] -= f * a[col][c]
    return det


def sieve(n: int) -> List[int]:
    if n < 2:
        return []
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
        i += 1
    return [k for k in range(n + 1) if is_prime[k]]


def prime_count(n: int) -> int:
    return len(sieve(n))


class Account:
    def __init__(self, owner: str, balance: int):
        self.owner = owner
        self.balance = balance
        self.history: List[str] = []

    def deposit(self, cents: int) -> None:
        if cents <= 0:
            raise ValueError(f"deposit must be positive, got {cents}")
        self.balance += cents
        self.history.append(f"+{cents}")

    def withdraw(self, cents: int) -> bool:
        if cents > self.balance:
            self.history.append(f"!{cents}")
            return False
        self.balance -= cents
        self.history.append(f"-{cents}")
        return True


class Ledger:
    def __init__(self):
        self.accounts: Dict[str, Account] = {}

    def open(self, owner: str, initial: int) -> None:
        if owner in self.accounts:
            raise KeyError(f"account {owner} exists")
        self.accounts[owner] = Account(owner, initial)

    def transfer(self, src: str, dst: str, cents: int) -> bool:
        if src not in self.accounts or dst not in self.accounts:
            raise KeyError(f"unknown account in {src}->{dst}")
        if not self.accounts[src].withdraw(cents):
            return False
        self.accounts[dst].deposit(cents)
        return True

    def total(self) -> int:
        return sum([a.balance for a in self.accounts.values()])


def run_ledger(ops: List[str]) -> Tuple[Dict[str, int], int, int]:
    ledger = Ledger()
    failed = 0
    for op in ops:
        parts = op.split()
        if parts[0] == "open":
            ledger.open(parts[1], int(parts[2]))
        elif parts[0] == "move":
            if not ledger.transfer(parts[1], parts[2], int(parts[3])):
                failed += 1
        elif parts[0] == "dep":
            ledger.accounts[parts[1]].deposit(int(parts[2]))
        else:
            raise ValueError(f"unknown op {parts[0]!r}")
    balances: Dict[str, int] = {}
    for name, acct in ledger.accounts.items():
        balances[name] = acct.balance
    return balances, ledger.total(), failed


def ledger_history(ops: List[str], who: str) -> List[str]:
    ledger = Ledger()
    ledger.open("alice", 100)
    ledger.open("bob", 50)
    for op in ops:
        a, b, c = op.split(",")
        ledger.transfer(a, b, int(c))
    return ledger.accounts[who].history


class Item:
    def __init__(self, name: str, price: float, qty: int):
        self.name = name
        self.price = price
        self.qty = qty


class Inventory:
    def __init__(self):
        self.items: Dict[str, Item] = {}
        self.log: List[str] = []

    def add(self, name: str, price: float, qty: int) -> None:
        key = name.strip().lower()
        if key in self.items:
            self.items[key].qty += qty
        else:
            self.items[key] = Item(key, price, qty)
        self.log.append(f"add {key} {qty}")

    def remove(self, name: str, qty: int) -> int:
        key = name.strip().lower()
        item = self.items.get(key)
        if item is None:
            self.log.append(f"missing {key}")
            return 0
        taken = min(qty, item.qty)
        item.qty -= taken
        if item.qty == 0:
            del self.items[key]
        self.log.append(f"remove {key} {taken}")
        return taken

    def value(self) -> float:
        total = 0.0
        for item in self.items.values():
            total += item.price * item.qty
        return total


def run_inventory(ops: List[Tuple[str, str, int]]) -> Tuple[List[str], List[str], float]:
    inv = Inventory()
    for kind, name, qty in ops:
        if kind == "add":
            inv.add(name, 1.25 * (len(name) % 4 + 1), qty)
        else:
            inv.remove(name, qty)
    names = sorted([k for k in inv.items.keys()])
    return names, inv.log, inv.value()


def text_stats(text: str) -> Tuple[int, int, int, float, str]:
    lines = text.splitlines()
    words: List[str] = []
    for line in lines:
        words.extend(line.split())
    chars = 0
    longest = ""
    for w in words:
        chars += len(w)
        if len(w) > len(longest):
            longest = w
    avg = chars / len(words) if len(words) > 0 else 0.0
    return len(lines), len(words), chars, round(avg, 2), longest


def csv_column_sum(csv: str, column: str) -> float:
    lines = csv.strip().split("\n")
    header = [h.strip() for h in lines[0].split(",")]
    idx = header.index(column)
    total = 0.0
    for line in lines[1:]:
        if line.strip() == "":
            continue
        cells = line.split(",")
        total += float(cells[idx])
    return total


def run_length_encode(s: str) -> str:
    if s == "":
        return ""
    out = ""
    prev = s[0]
    count = 1
    for c in s[1:]:
        if c == prev:
            count += 1
        else:
            out += f"{count}{prev}"
            prev = c
            count = 1
    out += f"{count}{prev}"
    return out


def run_length_decode(s: str) -> str:
    out = ""
    num = 0
    for c in s:
        if c.isdigit():
            num = num * 10 + int(c)
        else:
            out += c * num
            num = 0
    return out


def balanced(s: str) -> bool:
    pairs: Dict[str, str] = {")": "(", "]": "[", "}": "{"}
    stack: List[str] = []
    for c in s:
        if c in "([{":
            stack.append(c)
        elif c in pairs:
            if len(stack) == 0 or stack.pop() != pairs[c]:
                return False
    return len(stack) == 0


def roman(n: int) -> str:
    values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1]
    symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"]
    out = ""
    for i in range(len(values)):
        while n >= values[i]:
            out += symbols[i]
            n -= values[i]
    return out


def from_roman(s: str) -> int:
    table: Dict[str, int] = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i in range(len(s)):
        v = table[s[i]]
        if i + 1 < len(s) and table[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


def group_digits(n: int) -> str:
    if n < 0:
        return "-" + group_digits(-n)
    if n < 1000:
        return str(n)
    rest = str(n % 1000)
    return group_digits(n // 1000) + "," + "0" * (3 - len(rest)) + rest


def bfs_distances(edges: List[Tuple[int, int]], start: int) -> Dict[int, int]:
    adj: Dict[int, List[int]] = {}
    for a, b in edges:
        adj.setdefault(a, []).append(b)
        adj.setdefault(b, []).append(a)
    dist: Dict[int, int] = {start: 0}
    queue = [start]
    head = 0
    no_neighbours: List[int] = []
    while head < len(queue):
        node = queue[head]
        head += 1
        for nxt in adj.get(node, no_neighbours):
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist


def histogram(xs: List[int], buckets: int) -> List[str]:
    lo = min(xs)
    hi = max(xs)
    width = (hi - lo) // buckets + 1
    counts = [0] * buckets
    for x in xs:
        counts[(x - lo) // width] += 1
    return [f"{lo + i * width}-{lo + (i + 1) * width - 1}: " + "#" * c for i, c in enumerate(counts)]


def moving_average(xs: List[float], k: int) -> List[float]:
    out: List[float] = []
    window = 0.0
    for i in range(len(xs)):
        window += xs[i]
        if i >= k:
            window -= xs[i - k]
        if i >= k - 1:
            out.append(window / k)
    return out


def stats(xs: List[float]) -> Tuple[float, float, float]:
    n = len(xs)
    mean = sum(xs) / n
    var = 0.0
    for x in xs:
        var += (x - mean) ** 2
    ys = sorted(xs)
    median = ys[n // 2] if n % 2 == 1 else (ys[n // 2 - 1] + ys[n // 2]) / 2.0
    return mean, var / n, median


def find_optional_user(users: Dict[str, int], name: str) -> str:
    age: Optional[int] = users.get(name)
    if age is None:
        return f"{name}: unknown"
    return f"{name}: {age} years"
