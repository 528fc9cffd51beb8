# json.loads error cases; complex arithmetic corners (division, powers)
import json
for s in ['[1 2]', '{"a" 1}', '', '   ', '"\\x"', '"\\u12"', '"a\x01b"', '[' * 3, '{"a":}',
          '[1,]', 'tru', '{"a": 1, }', '01', '-', '1.', '"abc']:
    try:
        print(repr(s), json.loads(s))
    except ValueError as e:
        print(repr(s), 'ValueError')
print(json.loads('"\\u00e9\\n\\t\\/\\\\\\""'), json.loads(' [ 1 , { "k" : [ ] } ] '), json.loads('-0.5e1'))
print(json.loads('[true, false, null, 1e2, -3]'), json.loads('{"a": {"b": {"c": []}}}'))
print(round(((1 + 2j) / (3 + 4j)).real, 4), round(((1 + 2j) / (3 + 4j)).imag, 4), (1 + 1j) / 1j, (4 + 2j) / (1 + 0j), 1j / (2 + 1j) == 1j / complex(2, 1))
print((6 + 0j) / (0 + 3j), (1 + 0j) ** -1, (2j) ** 0, (0j) ** 0, (0j) ** 2, (1j) ** -2)
print((1 + 1j) != (1 + 1j), (1 + 0j) == 1, 1j == 1j, (2 + 0j) ** 2, abs((-1 + 0j) ** 0.5 - 1j) < 1e-6)
for f in [lambda: 1j / 0, lambda: (0j) ** -1, lambda: (0j) ** 1j, lambda: 1j < 2j, lambda: 1j // 2, lambda: 1j % 2]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
