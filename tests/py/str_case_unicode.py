# Case mapping and classification of non-ASCII letters: Latin-1, Latin
# Extended, Greek, Cyrillic, Armenian, Cherokee, Deseret, and the
# multi-character mappings (sharp s, ligatures, dotted capital I).
words = [
    "àéîõü ÀÉÎÕÜ",
    "straße",
    "ÿ Ÿ",
    "Āā Ēē Łł Őő Žž",
    "ǆ ǅ Ǆ",
    "ΑΒΓΔ αβγδ ΐ ΰ",
    "Привет Мир",
    "ԱԲԳ աբգ և",
    "ﬁ ﬂ ﬃ",
    "İ ı",
    "Ꭰꭰ",
    "𐐀𐐨",
    "ẞ",
    "µ ª º",
]
for w in words:
    print(w.upper(), w.lower(), w.swapcase())
    print(w.title(), w.capitalize())
    print(w.isalpha(), w.isupper(), w.islower(), w.isalnum())
    print([c.isalpha() for c in w])
    print([c.isupper() for c in w], [c.islower() for c in w])

print("ß".upper(), len("ß".upper()))
print("ß".title(), "ß".capitalize(), "ßa".capitalize())
print(len("İ".lower()), [hex(ord(c)) for c in "İ".lower()])
print(len("ΐ".upper()), [hex(ord(c)) for c in "ΐ".upper()])
print("ﬃ".upper(), "ﬃ".title())
print("Σσ".swapcase())
print("١٢٣".isdigit(), "١٢٣".isalnum(), "١٢٣".isalpha())
print("\u00a0\u2003".isspace(), "x\u00a0".isspace())
print(b"\xc3\xa9".upper(), b"abc\xe9".upper(), bytearray(b"ABC\xc9").lower())
