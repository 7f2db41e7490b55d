# examples/scalar.py - A small shop: stock, orders parsed from text, a sales report.
#
# Written in the TorchScript language (a statically typed subset of Python) and
# valid Python 3 as well: `python3 examples/scalar.py` runs it, and
# `make demo` compiles it with tsc and prints its IR.
from typing import Dict, List, Optional, Tuple

MAX_QUANTITY = 50
LOW_STOCK = 3
TAX_PERCENT = 8
CURRENCY = "EUR"


class Item:
    def __init__(self, name: str, price_cents: int, quantity: int):
        self.name = name
        self.price_cents = price_cents
        self.quantity = quantity
        self.sold = 0

    def value_cents(self) -> int:
        return self.price_cents * self.quantity

    def is_low(self) -> bool:
        return self.quantity <= LOW_STOCK


class Inventory:
    def __init__(self):
        self.items: Dict[str, Item] = {}
        self.log: List[str] = []
        self.last_sale: Optional[str] = None

    def add(self, name: str, price_cents: int, quantity: int):
        assert price_cents > 0, "prices are positive"
        key = name.lower()
        if key in self.items:
            self.items[key].quantity += quantity
        else:
            self.items[key] = Item(key, price_cents, quantity)
        self.log.append(f"added {quantity} x {key}")

    def find(self, name: str) -> Optional[Item]:
        key = name.strip().lower()
        if key not in self.items:
            return None
        return self.items[key]

    def sell(self, name: str, quantity: int) -> int:
        """Sells up to `quantity` units and returns the cents earned (0 if none)."""
        item = self.find(name)
        if item is None:
            self.log.append(f"unknown item '{name}'")
            return 0
        if not 0 < quantity <= MAX_QUANTITY:
            self.log.append(f"rejected quantity {quantity} for {item.name}")
            return 0
        taken = min(quantity, item.quantity)
        item.quantity -= taken
        item.sold += taken
        self.last_sale = item.name
        return taken * item.price_cents

    def low_stock(self) -> List[str]:
        return [name for name, item in self.items.items() if item.is_low()]

    def total_value(self) -> int:
        total = 0
        for item in self.items.values():
            total += item.value_cents()
        return total


def group_digits(n: int) -> str:
    """12345678 -> '12,345,678' (recursive on the thousands)."""
    if n < 0:
        return "-" + group_digits(-n)
    if n < 1000:
        return str(n)
    rest = str(n % 1000)
    while len(rest) < 3:
        rest = "0" + rest
    return group_digits(n // 1000) + "," + rest


def money(cents: int) -> str:
    frac = str(cents % 100)
    if len(frac) < 2:
        frac = "0" + frac
    return f"{group_digits(cents // 100)}.{frac} {CURRENCY}"


def parse_order(line: str) -> Optional[Tuple[str, int]]:
    """'pear: 3' -> ('pear', 3); comments, blank and malformed lines give None."""
    text = line.strip()
    if len(text) == 0 or text.startswith("#"):
        return None
    colon = text.find(":")
    if colon < 0:
        return None
    name = text[:colon].strip()
    count = text[colon + 1:].strip()
    if not count.isdigit():
        return None
    return name, int(count)


def process_orders(shop: Inventory, orders: str) -> Tuple[int, int]:
    """Returns (cents earned, lines skipped); stops at a line that says 'end'."""
    earned = 0
    skipped = 0
    for raw in orders.split("\n"):
        if raw.strip() == "end":
            break
        parsed = parse_order(raw)
        if parsed is None:
            skipped += 1
            continue
        name, quantity = parsed
        earned += shop.sell(name, quantity)
    return earned, skipped


def best_seller(shop: Inventory) -> Optional[Item]:
    best: Optional[Item] = None
    for item in shop.items.values():
        if best is None:
            best = item
        elif item.sold > best.sold:
            best = item
    return best


def main() -> int:
    shop = Inventory()
    shop.add("Apple", 45, 40)
    shop.add("Pear", 60, 12)
    shop.add("Melon", 299, 4)
    shop.add("apple", 45, 10)
    shop.add("Cherry box", 1250, 2)

    orders = "apple: 7\n# morning rush\npear: 3\nmelon:2\nkiwi: 1\npear: x\n\ncherry box: 60\nMelon: 1\nend\napple: 9"
    earned, skipped = process_orders(shop, orders)
    tax = earned * TAX_PERCENT // 100

    print(f"earned {money(earned)} (tax {money(tax)}), skipped {skipped} lines")
    print(f"stock value {money(shop.total_value())}")
    for i, name in enumerate(sorted(shop.items.keys())):
        item = shop.items[name]
        flag = " LOW" if item.is_low() else ""
        print(f"{i + 1}. {name}: {item.quantity} left, {item.sold} sold{flag}")

    low = shop.low_stock()
    print("restock: " + ", ".join(low))
    top = best_seller(shop)
    if top is not None:
        print(f"best seller: {top.name} ({top.sold} sold)")
    if shop.last_sale is not None:
        print(f"last sale: {shop.last_sale.upper()}")
    for entry in shop.log:
        if entry.startswith("added"):
            continue
        print("log: " + entry)
    print(f"big number: {group_digits(-1234567890)}")
    return 0 if skipped == 3 and len(low) == 2 else 1


if __name__ == "__main__":
    raise SystemExit(main())
