//! Compiler tests: programs compile, errors carry CPython's messages and
//! lines, the line map is right, deep nesting fails cleanly.

use super::*;
use crate::qstr::QstrPool;
use alloc::format;
use alloc::string::String;
use mupy_emitters::{instr, opcodes};

fn build_in(src: &str, pool: &mut QstrPool) -> Result<Module, CompileError> {
    compile(
        src,
        names::STRING,
        Mode::File,
        &CompileConfig::default(),
        pool,
    )
}

fn build(src: &str) -> Result<Module, CompileError> {
    build_in(src, &mut QstrPool::new(1 << 20))
}

fn error(src: &str) -> CompileError {
    match build(src) {
        Ok(_) => panic!("{src:?} compiled"),
        Err(e) => e,
    }
}

#[test]
fn every_construct_compiles() {
    let src = r#"
import sys, os.path as p
from . import a
from ..m import (b as c, d,)
from micropython import const
_HIDDEN = const(1 << 4)
SHOWN = const(_HIDDEN * 2)
x: int = 1
y: int
a, *b = c = [1, 2, 3]
a.b[1:2] += 1
del a.b, c[0], x
@dec(1)
@other
class K(Base, metaclass=M):
    "doc"
    z = 1
    def m(self, a, /, b=2, *args, c, d=4, **kw):
        super().m(*args, **kw)
        return [i for i in a if i] + [j for j in b]
    @property
    def p(self):
        return super().p
def outer(n):
    count = 0
    def inner():
        nonlocal count
        count += 1
        return lambda q=count: q + n
    return inner
def gen(xs):
    yield from xs
    x = yield
    return (y for y in xs)
async def co(xs):
    await xs
    async for v in xs:
        print(v)
    return {k: v for k, v in xs}, {s for s in xs}
for i in range(10):
    if i % 2 == 0 and not i > 5 or i is None:
        continue
    elif i in (1, 2) or i not in [3]:
        break
    else:
        pass
else:
    print("done")
for i in range(SHOWN, 0, -1):
    pass
while x < 10:
    x += 1
try:
    raise ValueError("v") from None
except (ValueError, TypeError) as e:
    print(e)
except Exception:
    raise
else:
    pass
finally:
    print(1 < x <= 3, -x ** 2, ~x, x if x else -1)
with open(f) as g, other():
    print(f"{g!r:>{10}} {x=}")
assert x, "message"
global_var = {} if False else {1: 2}
s = b"bytes" + b'\x00'
big = 2 ** 100 + 123456789012345678901234567890
c = 1j + 1.5e3 + .5 + 0x_ff + 0o17 + 0b1
print(*a, sep="", **kw)
(n := 10)
[q := 1, 2]
print(f(x) for x in y)
"#;
    build(src).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn errors_have_cpython_messages_and_lines() {
    let cases: &[(&str, &str, u32)] = &[
        ("x = 1\nreturn 1\n", "'return' outside function", 2),
        ("while 1:\n    pass\nbreak\n", "'break' outside loop", 3),
        ("continue\n", "'continue' not properly in loop", 1),
        (
            "def f():\n  x = 1\n  global x\n",
            "name 'x' is assigned to before global declaration",
            3,
        ),
        (
            "def f():\n  print(x)\n  global x\n",
            "name 'x' is used prior to global declaration",
            3,
        ),
        ("1 = x\n", "can't assign to literal", 1),
        ("f() = 1\n", "can't assign to expression", 1),
        ("await x\n", "'await' outside function", 1),
        ("def f():\n  await x\n", "'await' outside function", 2),
        (
            "def f(a, a): pass\n",
            "duplicate argument 'a' in function definition",
            1,
        ),
        (
            "def f(a=1, b): pass\n",
            "non-default argument follows default argument",
            1,
        ),
        (
            "nonlocal x\n",
            "nonlocal declaration not allowed at module level",
            1,
        ),
        (
            "def f():\n  nonlocal x\n",
            "no binding for nonlocal 'x' found",
            2,
        ),
        ("yield 1\n", "'yield' outside function", 1),
        (
            "f(x for x in y, 1)\n",
            "Generator expression must be parenthesized",
            1,
        ),
        ("f(a=1, 2)\n", "positional arg after keyword arg", 1),
        ("a, *b, *c = d\n", "multiple *x in assignment", 1),
        ("[*a] \n", "*x must be assignment target", 1),
        (
            "try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n",
            "default 'except' must be last",
            3,
        ),
        ("def f(*): pass\n", "named arguments must follow bare *", 1),
        ("x = (1 +\n", "'(' was never closed", 1),
    ];
    for &(src, msg, line) in cases {
        let e = error(src);
        assert_eq!((e.message.as_str(), e.line), (msg, line), "{src:?}");
        assert_eq!(e.kind, ErrorKind::SyntaxError, "{src:?}");
    }
    let e = error("x = 1\n  y = 2\n");
    assert_eq!((e.kind, e.line), (ErrorKind::IndentationError, 2));
}

#[test]
fn repl_input_is_incomplete_or_printed() {
    let mut pool = QstrPool::new(1 << 20);
    let cfg = CompileConfig::default();
    for src in ["if x:", "def f():\n  return (1,", "s = '''abc"] {
        let e = compile(src, names::STDIN, Mode::Single, &cfg, &mut pool)
            .err()
            .unwrap();
        assert_eq!(e.kind, ErrorKind::Incomplete, "{src:?}");
    }
    let m = compile("1 + 2", names::STDIN, Mode::Single, &cfg, &mut pool).unwrap();
    let ops: Vec<u8> = instr::iter(m.code.instructions())
        .map(|r| r.unwrap().1.op)
        .collect();
    assert!(ops.contains(&opcodes::CALL_FUNCTION));
    assert!(compile("1 +", names::STDIN, Mode::Eval, &cfg, &mut pool).is_err());
    assert!(compile("1 + 2\n", names::STDIN, Mode::Eval, &cfg, &mut pool).is_ok());
}

#[test]
fn folding_respects_small_int_bits() {
    let mut pool = QstrPool::new(1 << 20);
    let small = CompileConfig {
        small_int_bits: 31,
        opt_level: 0,
    };
    // 1 << 30 is not a 31-bit small int (max 2**30 - 1): it must be a constant object.
    let m = compile(
        "x = 1 << 30\ny = (1 << 30) - 1\n",
        names::STRING,
        Mode::File,
        &small,
        &mut pool,
    )
    .unwrap();
    assert_eq!(m.consts.len(), 1);
    let wide = CompileConfig {
        small_int_bits: 48,
        opt_level: 0,
    };
    let m = compile("x = 1 << 30\n", names::STRING, Mode::File, &wide, &mut pool).unwrap();
    assert!(m.consts.is_empty());
    let ops: Vec<u8> = instr::iter(m.code.instructions())
        .map(|r| r.unwrap().1.op)
        .collect();
    assert_eq!(ops[0], opcodes::LOAD_CONST_SMALL_INT);
    // Division by zero is left to run time.
    let m = compile("x = 1 // 0\n", names::STRING, Mode::File, &small, &mut pool).unwrap();
    let n = instr::iter(m.code.instructions()).count();
    assert!(n > 3);
}

#[test]
fn line_map_gives_each_statement_its_line() {
    let mut src = String::new();
    for i in 0..300 {
        match i % 3 {
            0 => src.push_str(&format!("v{i} = w + {i}\n")),
            1 => src.push_str(&format!("v{i} = f(a, b[{i}], c.d)\n")),
            _ => src.push_str(&format!("v{i} = [x for x in y] if z else -{i}\n")),
        }
    }
    let mut pool = QstrPool::new(1 << 20);
    let m = build_in(&src, &mut pool).unwrap();
    let code = &m.code;
    let mut stores = 0;
    for r in instr::iter(code.instructions()) {
        let (off, ins) = r.unwrap();
        if ins.op == opcodes::STORE_NAME {
            let instr::Arg::Qstr(q) = ins.arg else {
                panic!()
            };
            let name = pool.get(Qstr(q));
            let i: u32 = name[1..].parse().unwrap();
            assert_eq!(code.line_for_offset(off), i + 1, "{name}");
            stores += 1;
        }
    }
    assert_eq!(stores, 300);
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let mut ifs = String::new();
    for i in 0..500 {
        ifs.push_str(&" ".repeat(i));
        ifs.push_str("if x:\n");
    }
    ifs.push_str(&" ".repeat(500));
    ifs.push_str("pass\n");
    for src in [
        "(".repeat(10_000) + &")".repeat(10_000),
        "[".repeat(10_000) + &"]".repeat(10_000),
        "-".repeat(10_000) + "1",
        ifs,
    ] {
        assert!(build(&src).is_err());
    }
}

#[test]
fn the_deepest_accepted_tree_fits_a_small_stack() {
    // The parser's depth limit must leave the recursive passes room on a
    // small stack: about 500 bytes per level at opt-level 1 (measured:
    // depth 190 fits 128 KiB, not 64 KiB), less in release.
    let handle = std::thread::Builder::new()
        .stack_size(256 << 10)
        .spawn(|| {
            let deep_list = "[".repeat(190) + &"]".repeat(190);
            build(&deep_list).unwrap();
            let deep_calls = "f(".repeat(95) + &")".repeat(95);
            build(&deep_calls).unwrap();
            let deep_unary = "x = ".to_string() + &"-".repeat(190) + "y";
            build(&deep_unary).unwrap();
            let mut ifs = String::new();
            for i in 0..90 {
                ifs.push_str(&" ".repeat(i));
                ifs.push_str("if x:\n");
            }
            ifs.push_str(&" ".repeat(90));
            ifs.push_str("pass\n");
            build(&ifs).unwrap();
        })
        .unwrap();
    handle.join().unwrap();
}

extern crate std;
use alloc::string::ToString;
use alloc::vec::Vec;
