#!/usr/bin/env python3
"""Prints src/format/cases.rs: formatting test tables whose expected
outputs come from the CPython running this script (3.11).

    python3 src/format/gen_cases.py > src/format/cases.rs
"""

import re
import sys
import types

assert sys.version_info[:2] == (3, 11), "the tables pin CPython 3.11's behaviour"


def rs_str(s):
    """A Rust string literal for s."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '\\"':
            out.append("\\" + ch)
        elif 32 <= o < 127:
            out.append(ch)
        elif ch == "\n":
            out.append("\\n")
        else:
            out.append("\\u{%x}" % o)
    return '"' + "".join(out) + '"'


def rs_bytes(b):
    """A Rust byte-string literal for b."""
    out = []
    for o in b:
        ch = chr(o)
        if ch in '\\"':
            out.append("\\" + ch)
        elif 32 <= o < 127:
            out.append(ch)
        else:
            out.append("\\x%02x" % o)
    return 'b"' + "".join(out) + '"'


def rs_float(x):
    if x != x:
        return "f64::NAN"
    if x in (float("inf"), float("-inf")):
        return ("-" if x < 0 else "") + "f64::INFINITY"
    r = repr(x)
    return r if ("." in r or "e" in r) else r + ".0"


def rs_value(v):
    """A test-runtime value (enum V in tests.rs) for a Python value."""
    if isinstance(v, bool):
        raise TypeError("no bools in the tables")
    if isinstance(v, int):
        return "V::Int(%d)" % v
    if isinstance(v, float):
        return "V::Float(%s)" % rs_float(v)
    if isinstance(v, str):
        return "s(%s)" % rs_str(v)
    if isinstance(v, bytes):
        return "V::Bytes(%s.to_vec())" % rs_bytes(v)
    if isinstance(v, tuple):
        return "V::Tuple(vec![%s])" % ", ".join(rs_value(x) for x in v)
    if isinstance(v, list):
        return "V::List(vec![%s])" % ", ".join(rs_value(x) for x in v)
    if isinstance(v, dict):
        return "V::Dict(vec![%s])" % ", ".join(
            "(%s, %s)" % (rs_value(k), rs_value(x)) for k, x in v.items())
    if isinstance(v, types.SimpleNamespace):
        return "V::Obj(vec![%s])" % ", ".join(
            "(%s, %s)" % (rs_str(k), rs_value(x)) for k, x in vars(v).items())
    raise TypeError(type(v))


def outcome(thunk, as_bytes=False):
    """Ok(expected bytes) or Err("Class: message") as Rust."""
    try:
        r = thunk()
    except Exception as e:  # noqa: BLE001 - every Python error is a case
        return "Err(%s)" % rs_str("%s: %s" % (type(e).__name__, e))
    if isinstance(r, bytes):
        return "Ok(%s)" % rs_bytes(r)
    return "Ok(%s.as_bytes())" % rs_str(r)


def error_of(thunk):
    try:
        thunk()
    except Exception as e:  # noqa: BLE001
        return "%s: %s" % (type(e).__name__, e)
    raise AssertionError("expected an error: %r" % (thunk,))


SPEC_RE = re.compile(
    r"^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?(.)?$", re.S)


def float_text_spec(spec):
    """The part of a spec that the float formatter sees (z # .prec type)."""
    m = SPEC_RE.match(spec)
    _, _, _, z, alt, _, _, _, prec, ty = m.groups()
    return (z or "") + (alt or "") + ("." + prec if prec else "") + (ty or "")


# ---- format(str, spec) ----
STR_SPECS = ["", "s", "10", "<10", ">10", "^10", "^11", "*^9", "\u00e9>7",
             "\u2192<6", ".2", "10.3", "^9.1s", "05", "010s", "<05", "x<1",
             ".0", "3.0", "<<5", ">>5", "^^7", "{^7", "}<4", "%>4", "0>6",
             "\U0001F600^8", ".100", "1"]
STR_VALUES = ["abc", "", "h\u00e9llo", "\u65e5\u672c\u8a9e", "x" * 12]

# ---- format(int, spec) ----
INT_SPECS = ["", "d", "5", "-5", "+", "+5", " ", " 5", "05", "+05", "-05",
             " 05", "=5", "=+6", "*=+8", "*<8", "*^8", "*>8", "^9", ",", "_",
             "010,", "012_", "15,", "b", "#b", "010b", "#010b", "_b", "#_b",
             "#012_b", "o", "#o", "_o", "x", "#x", "X", "#X", "_x", "#_X",
             "#015_X", "n", "08n", "+#x", " #o", "\u00e9=+9", "0=10", "0<8",
             "0>8", "0^8", "09", "020,", "07_", "-#09_o", "^+#14_b", "=12,",
             ">+12,", "\u2192^13,", "1,", "04,"]
INT_VALUES = [0, 1, -1, 7, -7, 42, 255, -255, 1234, -1234, 123456789,
              -987654321, 2 ** 40, -(2 ** 63), 10 ** 30, -(2 ** 100)]
CHAR_SPECS = ["c", "5c", "<5c", "^5c", "05c", "=5c", "*>4c", "0<3c"]
CHAR_VALUES = [65, 0x263A, 0x1F600, 32]

# ---- format(float, spec): the raw text is what num::float_fmt must give ----
FLOAT_SPECS = ["", "e", "E", "f", "F", "g", "G", "n", "%", ".3", ".3e",
               ".0e", "#.0e", ".2f", ".0f", "#.0f", ".3g", "#.3g", "10.2f",
               "<10.2f", "^12.3e", "*>12", "=+10.1f", "+", " ", "-", "010",
               "010.2f", "+010.2f", " 010.2f", "-010.2f", ",", "_", ",.2f",
               "_.3f", "015,.2f", "020_.4e", ",g", ",%", "010,.1%", "z.1f",
               "z", "z010.1f", "+z.2f", ".1%", "12.1%", "<12.1%",
               "\u00e9^15,.2f", "010e", "=12", "0=12,.1f", "013,"]
FLOAT_VALUES = [0.0, -0.0, 1.0, -1.5, 3.14159, 1234.5678, -1234567.891,
                1e16, 1.5e-7, 123456789012.345, -0.0004, float("inf"),
                float("-inf"), float("nan"), 0.5, 2.5, 1e300, 5e-324, -0.04]

# ---- spec errors: (value, spec) ----
SPEC_ERRORS = [
    ("abc", s) for s in ["xx<<", ",", "_", "+", "-", " ", "z", "#", "=",
                         "=10", "d", "x", "\u00e9", "\x01", ",s", ".", "1" * 30,
                         "." + "9" * 30, ",_", "_,", ",,", "10,.2",
                         "\u20ac", "+z#"]
] + [
    (7, s) for s in [".2", "z", "+c", "#c", " c", "s", "\u00e9", ",x", ",b",
                     "_c", ",c", ",n", "abcd", "1.2.3", "xx", ".5d", ".0",
                     ".", "+-", "5.", "%%", "\x7f", ",\x7f", "\u20ac",
                     ",\u20ac", "z.2c", "=+#0x10,"]
] + [
    (1.5, s) for s in ["d", "x", "c", "s", ",x", ".", "." + "9" * 12,
                       "abc", "_b", "z,c"]
] + [
    (0x110000, "c"), (-1, "c"), (7, "." + "9" * 12 + "e"),
]

# ---- str % args ----
PERCENT = [
    ("%s", "abc"), ("%s|%5s|%-5s|%.2s|%5.1s|", ("ab", "c", "d", "xyz", "uvw")),
    ("%r", "a"), ("%a|%r|%s", ("\u00e9", "\u00e9", "\u00e9")),
    ("%5s|%-5s|%.1s", ("\u65e5\u672c", "\u00e9", "\u00e9\u00e9")),
    ("%d", 42), ("%i|%u", (-3, 7)),
    ("%5d|%-5d|%05d|%+d|% d|%+05d|%-+5d|% 05d|", (1, 2, 3, 4, 5, 6, 7, 8)),
    ("%5d|%-5d|%05d|%+d|% d|%+05d|%-+5d|% 05d|", (-1, -2, -3, -4, -5, -6, -7, -8)),
    ("%x|%X|%#x|%#X|%o|%#o", (255, 255, 255, 255, 8, 8)),
    ("%x|%#x|%#o|%#X", (-255, -255, -8, -0xABC)),
    ("%#08x|%#8x|%-#8x|%#-08o|", (255, 255, 255, 8)),
    ("%.3d|%.5x|%#.5o|%+.3d|%08.3d|%-8.3d|", (7, 255, 8, -5, -5, 5)),
    ("%.0d|%.0x|%#.0x|%#5.3X", (0, 0, 0, 10)),
    ("%*d|%-*d|%*d|", (5, 3, 5, 3, -5, 3)),
    ("%.*d|%*.*d|", (4, 7, 8, 3, 9)),
    ("%.*s|%-*s|", (-3, "abc", -4, "a")),
    ("%c|%c|%c", (65, "\u00e9", 0x1F600)),
    ("%5c|%-5c|%05c|%.0c", (65, "x", 66, "y")),
    ("%ld|%hi|%Lx", (1, 2, 255)),
    ("%%|%s|100%%", "a"), ("100%%", ()),
    ("%d", 2 ** 100), ("%x", -(2 ** 70)), ("%+020d", 10 ** 15),
    ("%f|%.2f|%10.3f|%-10.1f|%010.2f|%+.1f|% .1f|", (1.5, 2.675, -3.14159, 2.5, -2.5, 0.05, 1.0)),
    ("%e|%E|%.0e|%#.0e|%.3e|%+e", (1.5, 12345.678, 5.0, 5.0, -0.00012345, 1e100)),
    ("%g|%G|%.3g|%#g|%g|%g|%.0g", (1234567.0, 1e-7, 3.14159, 1.0, 100000.0, 0.0001, 12.0)),
    ("%f|%F|%010f|%-6f|%+f|%e", (float("inf"), float("nan"), float("-inf"), float("nan"), float("inf"), float("-inf"))),
    ("%d|%x", (3.7, 255)), ("%.3f", 7), ("%d", -2.9),
    ("%(a)s-%(b)d", {"a": "x", "b": 5}), ("%(a)s %(a)r", {"a": "q"}),
    ("%((a))s", {"(a)": 1}), ("%(a)5s|%(a)-5s|", {"a": "z"}),
    ("abc", {}), ("abc", [1]), ("%s", [1]), ("%s %s", [1]),
    # errors
    ("%", ()), ("%5", (1,)), ("%.", (1,)), ("%(a", {}), ("%(a)", {"a": 1}),
    ("%y", ()), ("%y", (1,)), ("%5%", (1,)), ("abc %y", (1,)),
    ("\u00e9%\u00e9", (1,)), ("%\u20ac", 1), ("%\x01", 1),
    ("%s %s", (1,)), ("%s", (1, 2)), ("abc", 5), ("abc", (1,)), ("%s", ()),
    ("%(a)s", (1,)), ("%(a)s", 1), ("%*d", ("a", 1)), ("%.*f", ("a", 1.0)),
    ("%c", "ab"), ("%c", 1.5), ("%c", 0x110000), ("%c", -1),
    ("%d", "a"), ("%x", 1.5), ("%i", [1]),
    ("%l", ()), ("%(a)*d", {"a": 1}), ("%(a)s %s", {"a": 1}),
    ("%(a)s %(b)s", {"a": 1}), ("%" + "9" * 25 + "d", (1,)),
    ("%.99999999999f", (1.0,)), ("%-", ()), ("%*", (5,)), ("%*", ()),
    ("%(a)s %(b)s", {"a": 1, "b": 2}),
]

BYTES_PERCENT = [
    (b"%s|%5s|%-5b|%.1s|", (b"ab", b"c", b"d", b"xyz")),
    (b"%d %x %05.1f %+.2e", (42, 255, 2.25, -1.5)),
    (b"%c%c|%3c|%-3c|", (65, b"B", 67, b"D")),
    (b"%(k)s", {b"k": b"v"}), (b"%r|%a", (b"x", b"y")),
    (b"%#x|%08.3f|% d", (255, -1.5, 3)),
    (b"abc", 5), (b"%y", (1,)), (b"%\xe9", (1,)), (b"%s", "a"),
    (b"%c", "a"), (b"%c", 256), (b"%s %s", (b"a",)), (b"%", ()),
    (b"%(k", {}), (b"100%%", ()),
]

# ---- str.format ----
NS = types.SimpleNamespace
BRACE = [
    ("{}", (1,), {}), ("{} {}", ("a", "b"), {}), ("{1} {0}", ("a", "b"), {}),
    ("{0}{0}", ("x",), {}), ("{name}!", (), {"name": "n"}),
    ("{0!r}", ("a",), {}), ("{0!s:>5}", ("a",), {}), ("{!a}", ("\u00e9",), {}),
    ("{:>{}}", ("a", 5), {}), ("{:{}{}}", ("a", ">", 4), {}),
    ("{0:{1}.{2}f}", (3.14159, 10, 2), {}), ("{0[1]}", ([1, 2],), {}),
    ("{0[a]}", ({"a": 5},), {}), ("{0[-1]}", ({"-1": 3},), {}),
    ("{x.y}", (), {"x": NS(y=4)}), ("{0.y.z}", (NS(y=NS(z="deep")),), {}),
    ("{0.y[1]}", (NS(y=["p", "q"]),), {}), ("{[0]}", ([7],), {}),
    ("{{}} {{{0}}}", (5,), {}), ("}}{{", (), {}), ("a{0:}b", (1,), {}),
    ("{:,}", (1234567,), {}), ("{:_x}", (0xABCDEF,), {}),
    ("{:.3}", ("abcdef",), {}), ("{:*^11}", ("mid",), {}),
    ("{:\u00e9>5}", ("x",), {}), ("{w:{f}^{n}}", (), {"w": "w", "f": "-", "n": 7}),
    ("{0:{1}}{2}", ("a", 3, "b"), {}), ("{:{}}{}", ("a", 3, "b"), {}),
    ("{:+08.2f} {:e}", (3.14159, 1234.5), {}), ("{0!r:^9}", ("q",), {}),
    ("{!r}", (5,), {}), ("\u65e5{}\u672c", ("\u00e9",), {}),
    ("{0[ab cd]}", ({"ab cd": 1},), {}), ("{0[]x]}", ({"]x": 1},), {}),
    ("{:0=8,}", (-12345,), {}), ("{:<}", ("z",), {}),
    # errors
    ("}", (), {}), ("{", (), {}), ("a{", (), {}), ("{0", (), {}),
    ("a}b", (), {}), ("{0!", (1,), {}), ("{0!r", (1,), {}),
    ("{0!rx}", (1,), {}), ("{0!x}", (1,), {}), ("{!\u00e9}", (1,), {}),
    ("{0:", (1,), {}), ("{0:{1}", (1, 2), {}), ("{:{:{}}}", (1, 2, 3), {}),
    ("{}{0}", (1, 2), {}), ("{0}{}", (1, 2), {}), ("{:{0}}", (1, 2), {}),
    ("{5}", (), {}), ("{}", (), {}), ("{a}", (), {}),
    ("{0[}", (1,), {}), ("{0[0]x}", ([1],), {}), ("{0[0]\u00e9}", ([1],), {}), ("{0.}", (1,), {}),
    ("{0[]}", (1,), {}), ("{0[0}", ([1],), {}), ("{0{}", (1,), {}),
    ("{:x}", ("a",), {}), ("{:+}", ("a",), {}), ("{:.2}", (1,), {}),
    ("{" + "9" * 30 + "}", (), {}), ("{0[" + "9" * 30 + "]}", ([1],), {}),
    ("{0.a.}", (NS(a=1),), {}), ("{0]}", (), {"0]": 1}),
    ("{!r:{}}", (1,), {}), ("{0!r}{1!q}", ("a",), {}),
]

BRACE_MAP = [("{x}", {"x": 1}), ("{}", {"x": 1}), ("{0}", {"x": 1}),
             ("{x[k]}", {"x": {"k": "v"}})]


def main():
    w = sys.stdout.write
    w("// Generated by src/format/gen_cases.py from CPython %d.%d.%d; do not edit.\n"
      % sys.version_info[:3])
    w("//! Formatting test tables: inputs and CPython's outputs.\n\n")
    w("use super::test_runtime::{s, V};\n")
    w("use alloc::vec;\nuse alloc::vec::Vec;\n\n")
    w("type Expect = Result<&'static [u8], &'static str>;\n")
    w("type BraceCase = (&'static str, Vec<V>, Vec<(&'static str, V)>, Expect);\n")
    w("type BraceMapCase = (&'static str, Vec<(&'static str, V)>, Expect);\n\n")

    w("/// (spec, value, expected) for `format(str, spec)`.\n")
    w("pub const STR: &[(&str, &str, &str)] = &[\n")
    for spec in STR_SPECS:
        for v in STR_VALUES:
            w("    (%s, %s, %s),\n" % (rs_str(spec), rs_str(v), rs_str(format(v, spec))))
    w("];\n\n")

    w("/// (spec, value, expected) for `format(int, spec)`.\n")
    w("pub const INT: &[(&str, i128, &str)] = &[\n")
    for spec in INT_SPECS:
        for v in INT_VALUES:
            w("    (%s, %d, %s),\n" % (rs_str(spec), v, rs_str(format(v, spec))))
    for spec in CHAR_SPECS:
        for v in CHAR_VALUES:
            w("    (%s, %d, %s),\n" % (rs_str(spec), v, rs_str(format(v, spec))))
    w("];\n\n")

    w("/// (spec, value, float formatter text, expected) for `format(float, spec)`.\n")
    w("pub const FLOAT: &[(&str, f64, &str, &str)] = &[\n")
    for spec in FLOAT_SPECS:
        for v in FLOAT_VALUES:
            raw = format(v, float_text_spec(spec))
            if spec.endswith("%"):
                raw = raw[:-1]
            w("    (%s, %s, %s, %s),\n" % (rs_str(spec), rs_float(v), rs_str(raw),
                                      rs_str(format(v, spec))))
    w("];\n\n")

    w("/// (value, spec, \"Class: message\") for failing `format(value, spec)`.\n")
    w("pub fn spec_errors() -> Vec<(V, &'static str, &'static str)> {\n    vec![\n")
    for v, spec in SPEC_ERRORS:
        w("        (%s, %s, %s),\n" % (rs_value(v), rs_str(spec),
                                    rs_str(error_of(lambda: format(v, spec)))))
    w("    ]\n}\n\n")

    w("/// (template, right operand, outcome) for `str % args`.\n")
    w("pub fn percent() -> Vec<(&'static str, V, Expect)> {\n    vec![\n")
    for t, a in PERCENT:
        w("        (%s, %s, %s),\n" % (rs_str(t), rs_value(a), outcome(lambda: t % a)))
    w("    ]\n}\n\n")

    w("/// (template, right operand, outcome) for `bytes % args`.\n")
    w("pub fn bytes_percent() -> Vec<(&'static [u8], V, Expect)> {\n    vec![\n")
    for t, a in BYTES_PERCENT:
        w("        (%s, %s, %s),\n" % (rs_bytes(t), rs_value(a), outcome(lambda: t % a)))
    w("    ]\n}\n\n")

    w("/// (template, args, kwargs, outcome) for `str.format`.\n")
    w("pub fn brace() -> Vec<BraceCase> {\n    vec![\n")
    for t, a, k in BRACE:
        w("        (%s, vec![%s], vec![%s], %s),\n" % (
            rs_str(t), ", ".join(rs_value(x) for x in a),
            ", ".join("(%s, %s)" % (rs_str(n), rs_value(x)) for n, x in k.items()),
            outcome(lambda: t.format(*a, **k))))
    w("    ]\n}\n\n")

    w("/// (template, mapping, outcome) for `str.format_map`.\n")
    w("pub fn brace_map() -> Vec<BraceMapCase> {\n    vec![\n")
    for t, m in BRACE_MAP:
        w("        (%s, vec![%s], %s),\n" % (
            rs_str(t), ", ".join("(%s, %s)" % (rs_str(n), rs_value(x)) for n, x in m.items()),
            outcome(lambda: t.format_map(m))))
    w("    ]\n}\n")


main()
