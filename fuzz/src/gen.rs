//! Well-formed Python programs from fuzzer bytes.
//!
//! The bytes are read as a sequence of choices (`arbitrary::Unstructured`),
//! so a small change of input is a small change of program and libFuzzer's
//! mutations stay meaningful. The output always parses: statements,
//! expressions, functions and closures, classes with dunder methods,
//! generators, exceptions and containers, nested to a bounded depth.
//!
//! Names are drawn from small fixed pools bound at the top of the program,
//! so most references resolve; each top-level statement runs inside
//! `try`/`except Exception`, printing the exception's type, so one error does
//! not hide the rest of the program. With `floats` off no float can arise
//! (no float literal, no `/`, no negative power, no `float()`), which is what
//! the differential target needs: A, C and D must then print the same.
//!
//! Every loop is bounded by a literal `range`, and native builtins only see
//! small ranges, so a program ends quickly even before the VM's jump budget.

use arbitrary::{Result, Unstructured};
use std::fmt::Write;

/// Plain variables, bound at the start.
const VARS: [&str; 4] = ["a", "b", "c", "d"];
/// The program's functions and classes (bound to `None` until defined).
const FUNCS: [&str; 3] = ["f0", "f1", "f2"];
const CLASSES: [&str; 2] = ["K0", "K1"];
/// Exception types a program raises and catches.
const EXCS: [&str; 8] = [
    "ValueError",
    "TypeError",
    "KeyError",
    "IndexError",
    "ZeroDivisionError",
    "RuntimeError",
    "AttributeError",
    "StopIteration",
];
const BINOPS: [&str; 12] = [
    "+", "-", "*", "//", "%", "&", "|", "^", "<<", ">>", "==", "<",
];
const CMPOPS: [&str; 8] = ["<", "<=", "==", "!=", ">", ">=", "in", "not in"];
/// Builtins taking one argument.
const UNARY_BUILTINS: [&str; 16] = [
    "len",
    "abs",
    "bool",
    "str",
    "repr",
    "list",
    "tuple",
    "sorted",
    "set",
    "sum",
    "min",
    "max",
    "reversed",
    "enumerate",
    "hex",
    "int",
];
const METHODS: [(&str, u8); 14] = [
    ("append", 1),
    ("pop", 0),
    ("extend", 1),
    ("insert", 2),
    ("index", 1),
    ("count", 1),
    ("keys", 0),
    ("items", 0),
    ("get", 1),
    ("join", 1),
    ("upper", 0),
    ("split", 0),
    ("format", 1),
    ("add", 1),
];
const STRINGS: [&str; 8] = [
    "''", "'a'", "'abc'", "'x y z'", "'\\n'", "'é'", "'A,b'", "'{}'",
];
/// Ints near the small-int limits of every representation, and beyond.
const EDGE_INTS: [&str; 10] = [
    "0",
    "-1",
    "1073741823",
    "1073741824",
    "-1073741825",
    "70368744177663",
    "70368744177664",
    "2**64",
    "-(2**100)",
    "123456789012345678901234567890",
];

/// Generation settings.
#[derive(Copy, Clone, Debug)]
pub struct GenConfig {
    pub floats: bool,
    pub max_stmts: usize,
    pub max_depth: u32,
}

impl Default for GenConfig {
    fn default() -> Self {
        GenConfig {
            floats: true,
            max_stmts: 24,
            max_depth: 4,
        }
    }
}

struct Gen<'u, 'a> {
    u: &'u mut Unstructured<'a>,
    cfg: GenConfig,
    out: String,
    indent: usize,
    /// Inside a function body (so `return`, `yield`, `nonlocal` are allowed).
    in_func: bool,
    in_loop: bool,
}

/// A whole program from `u`.
pub fn program(u: &mut Unstructured<'_>, cfg: GenConfig) -> Result<String> {
    let mut g = Gen {
        u,
        cfg,
        out: String::new(),
        indent: 0,
        in_func: false,
        in_loop: false,
    };
    g.prelude()?;
    let n = g.u.int_in_range(1..=g.cfg.max_stmts)?;
    for _ in 0..n {
        if g.u.is_empty() {
            break;
        }
        g.line("try:");
        g.indent += 1;
        g.stmt(0)?;
        g.indent -= 1;
        g.line("except Exception as e:");
        g.line("    print('exc', type(e).__name__)");
    }
    g.line("print(a, b, c, d)");
    Ok(g.out)
}

impl Gen<'_, '_> {
    fn line(&mut self, s: &str) {
        for _ in 0..self.indent {
            self.out.push_str("    ");
        }
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> Result<T> {
        Ok(*self.u.choose(items)?)
    }

    fn prelude(&mut self) -> Result<()> {
        for v in VARS {
            let e = self.literal()?;
            self.line(&format!("{v} = {e}"));
        }
        for f in FUNCS.iter().chain(CLASSES.iter()) {
            self.line(&format!("{f} = None"));
        }
        Ok(())
    }

    fn block(&mut self, depth: u32) -> Result<()> {
        self.indent += 1;
        let n = self.u.int_in_range(1..=3)?;
        for _ in 0..n {
            self.stmt(depth + 1)?;
        }
        self.indent -= 1;
        Ok(())
    }

    fn stmt(&mut self, depth: u32) -> Result<()> {
        let compound = depth < self.cfg.max_depth;
        let k = self.u.int_in_range(0..=if compound { 21 } else { 8 })?;
        match k {
            0 | 1 => {
                let (v, e) = (self.pick(&VARS)?, self.expr(0)?);
                self.line(&format!("{v} = {e}"));
            }
            2 => {
                let e = self.expr(0)?;
                self.line(&format!("print({e})"));
            }
            3 => {
                let (v, op, e) = (
                    self.pick(&VARS)?,
                    self.pick(&["+", "-", "*", "|", "&", "%", "//"])?,
                    self.expr(1)?,
                );
                self.line(&format!("{v} {op}= {e}"));
            }
            4 => {
                let (v, i, e) = (self.pick(&VARS)?, self.expr(2)?, self.expr(1)?);
                self.line(&format!("{v}[{i}] = {e}"));
            }
            5 => {
                let (exc, e) = (self.pick(&EXCS)?, self.expr(1)?);
                self.line(&format!("raise {exc}({e})"));
            }
            6 => {
                let e = self.expr(0)?;
                self.line(&format!("assert {e}, 'assert'"));
            }
            7 if self.in_func => {
                let e = self.expr(0)?;
                let kw = self.pick(&["return", "yield"])?;
                self.line(&format!("{kw} {e}"));
            }
            7 | 8 if self.in_loop => {
                let kw = self.pick(&["break", "continue"])?;
                self.line(kw);
            }
            7 | 8 => {
                let (a, b) = (self.pick(&VARS)?, self.pick(&VARS)?);
                self.line(&format!("{a}, {b} = {b}, {a}"));
            }
            9 | 10 => {
                let e = self.expr(0)?;
                self.line(&format!("if {e}:"));
                self.block(depth)?;
                if self.u.arbitrary()? {
                    self.line("else:");
                    self.block(depth)?;
                }
            }
            11 | 12 => {
                let (v, it) = (self.pick(&VARS)?, self.iterable()?);
                self.line(&format!("for {v} in {it}:"));
                self.loop_body(depth)?;
            }
            13 => {
                // A counter of its own per depth: a loop nested in another
                // never resets its parent's counter.
                let n = self.u.int_in_range(0..=6)?;
                let v = format!("w{depth}");
                self.line(&format!("{v} = {n}"));
                self.line(&format!("while {v} > 0:"));
                self.indent += 1;
                self.line(&format!("{v} -= 1"));
                self.indent -= 1;
                self.loop_body(depth)?;
            }
            14 => {
                self.line("try:");
                self.block(depth)?;
                let exc = self.pick(&EXCS)?;
                self.line(&format!("except {exc} as e:"));
                self.indent += 1;
                self.line("print('caught', type(e).__name__, e.args)");
                self.indent -= 1;
                self.block(depth)?;
                if self.u.arbitrary()? {
                    self.line("finally:");
                    self.block(depth)?;
                }
            }
            15 | 16 => self.funcdef(depth)?,
            17 => self.classdef(depth)?,
            18 => {
                let e = self.expr(0)?;
                self.line(&format!("with CM({e}) as w:"));
                self.block(depth)?;
            }
            19 if self.in_func => {
                let v = self.pick(&VARS)?;
                self.line(&format!("global {v}"));
                let e = self.expr(1)?;
                self.line(&format!("{v} = {e}"));
            }
            _ => {
                let v = self.pick(&VARS)?;
                let e = self.expr(0)?;
                self.line(&format!("{v} = [{v} for {v} in {e}]"));
            }
        }
        Ok(())
    }

    fn loop_body(&mut self, depth: u32) -> Result<()> {
        let was = self.in_loop;
        self.in_loop = true;
        self.block(depth)?;
        self.in_loop = was;
        Ok(())
    }

    fn funcdef(&mut self, depth: u32) -> Result<()> {
        let f = self.pick(&FUNCS)?;
        let shape = self.u.int_in_range(0..=3)?;
        let params = match shape {
            0 => "",
            1 => "x",
            2 => "x, y=2",
            _ => "*args, **kw",
        };
        self.line(&format!("def {f}({params}):"));
        let (was_f, was_l) = (self.in_func, self.in_loop);
        self.in_func = true;
        self.in_loop = false;
        if self.u.arbitrary()? {
            // A closure over a local of `f`, updated through `nonlocal`.
            self.indent += 1;
            let e = self.expr(1)?;
            self.line(&format!("z = {e}"));
            self.line("def inner(q=1):");
            self.line("    nonlocal z");
            self.line("    z = q if z is None else z");
            self.line("    return z");
            self.indent -= 1;
        }
        self.block(depth)?;
        self.indent += 1;
        let e = self.expr(1)?;
        self.line(&format!("return {e}"));
        self.indent -= 1;
        self.in_func = was_f;
        self.in_loop = was_l;
        Ok(())
    }

    fn classdef(&mut self, depth: u32) -> Result<()> {
        let k = self.pick(&CLASSES)?;
        let base = self.pick(&["", "(Exception)", "(K0)", "(list)"])?;
        self.line(&format!("class {k}{base}:"));
        self.indent += 1;
        let attr = self.expr(1)?;
        self.line(&format!("attr = {attr}"));
        self.line("def __init__(self, v=0):");
        self.line("    self.v = v");
        let (was_f, was_l) = (self.in_func, self.in_loop);
        self.in_func = true;
        self.in_loop = false;
        let n = self.u.int_in_range(0..=3)?;
        for _ in 0..n {
            let m = self.pick(&[
                "__eq__(self, o)",
                "__hash__(self)",
                "__repr__(self)",
                "__len__(self)",
                "__iter__(self)",
                "__getitem__(self, i)",
                "__add__(self, o)",
                "__lt__(self, o)",
                "__bool__(self)",
                "meth(self, x=1)",
            ])?;
            self.line(&format!("def {m}:"));
            self.block(depth)?;
            self.indent += 1;
            let e = match m {
                "__repr__(self)" => "'K'".to_string(),
                "__len__(self)" | "__hash__(self)" => "7".to_string(),
                "__bool__(self)" | "__eq__(self, o)" | "__lt__(self, o)" => "True".to_string(),
                "__iter__(self)" => "iter([1, 2])".to_string(),
                _ => self.expr(1)?,
            };
            self.line(&format!("return {e}"));
            self.indent -= 1;
        }
        self.in_func = was_f;
        self.in_loop = was_l;
        self.indent -= 1;
        Ok(())
    }

    /// Something a `for` loop walks, never long.
    fn iterable(&mut self) -> Result<String> {
        Ok(match self.u.int_in_range(0..=5)? {
            0 => format!("range({})", self.u.int_in_range(0..=8)?),
            1 => format!("{}", self.pick(&VARS)?),
            2 => format!("gen({})", self.u.int_in_range(0..=5)?),
            3 => format!("{}.items()", self.dict_display(2)?),
            4 => self.list_display(2)?,
            _ => self.pick(&STRINGS)?.to_string(),
        })
    }

    fn literal(&mut self) -> Result<String> {
        Ok(match self.u.int_in_range(0..=10)? {
            0..=2 => format!("{}", self.u.int_in_range(-20i64..=300)?),
            3 => self.pick(&EDGE_INTS)?.to_string(),
            4 => self.pick(&STRINGS)?.to_string(),
            5 => self.pick(&["None", "True", "False"])?.to_string(),
            6 => "[1, 2, 3]".to_string(),
            7 => "{'k': 1, 2: 'v'}".to_string(),
            8 => "(1, 'two', None)".to_string(),
            9 if self.cfg.floats => self
                .pick(&["1.5", "-0.0", "1e300", "3.14159", "float('inf')", "2.5e-8"])?
                .to_string(),
            _ => "b'bytes'".to_string(),
        })
    }

    fn list_display(&mut self, depth: u32) -> Result<String> {
        let n = self.u.int_in_range(0..=3)?;
        let mut s = String::from("[");
        for i in 0..n {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&self.expr(depth + 1)?);
        }
        s.push(']');
        Ok(s)
    }

    fn dict_display(&mut self, depth: u32) -> Result<String> {
        let n = self.u.int_in_range(0..=3)?;
        let mut s = String::from("{");
        for i in 0..n {
            if i > 0 {
                s.push_str(", ");
            }
            let (k, v) = (self.literal()?, self.expr(depth + 1)?);
            let _ = write!(s, "{k}: {v}");
        }
        s.push('}');
        Ok(s)
    }

    fn expr(&mut self, depth: u32) -> Result<String> {
        if depth >= self.cfg.max_depth || self.u.is_empty() {
            return match self.u.int_in_range(0..=2)? {
                0 => Ok(self.pick(&VARS)?.to_string()),
                _ => self.literal(),
            };
        }
        let d = depth + 1;
        Ok(match self.u.int_in_range(0..=22)? {
            0..=2 => self.pick(&VARS)?.to_string(),
            3 | 4 => self.literal()?,
            5..=7 => {
                let (a, op, b) = (self.expr(d)?, self.pick(&BINOPS)?, self.expr(d)?);
                // Shifts and powers stay small so values stay in the heap.
                match op {
                    "<<" => format!("({a} << ({b} % 64))"),
                    _ => format!("({a} {op} {b})"),
                }
            }
            8 => {
                let (a, op, b) = (self.expr(d)?, self.pick(&CMPOPS)?, self.expr(d)?);
                format!("({a} {op} {b})")
            }
            9 => {
                let (op, a) = (self.pick(&["-", "not ", "~"])?, self.expr(d)?);
                format!("({op}{a})")
            }
            10 => {
                let (f, a) = (self.pick(&UNARY_BUILTINS)?, self.expr(d)?);
                format!("{f}({a})")
            }
            11 => {
                let (a, i) = (self.expr(d)?, self.expr(d)?);
                format!("{a}[{i}]")
            }
            12 => {
                let (a, i, j) = (
                    self.expr(d)?,
                    self.u.int_in_range(-4..=4)?,
                    self.u.int_in_range(-4..=4)?,
                );
                format!("{a}[{i}:{j}]")
            }
            13 => self.list_display(d)?,
            14 => self.dict_display(d)?,
            15 => {
                let (x, it, c) = (self.pick(&VARS)?, self.iterable()?, self.expr(d)?);
                let kind = self.u.int_in_range(0..=3)?;
                match kind {
                    0 => format!("[{x} for {x} in {it} if {c}]"),
                    1 => format!("{{{x}: {c} for {x} in {it}}}"),
                    2 => format!("{{{x} for {x} in {it}}}"),
                    _ => format!("list({x} for {x} in {it})"),
                }
            }
            16 => {
                let (a, (m, n)) = (self.expr(d)?, self.pick(&METHODS)?);
                let args: Vec<String> = (0..n).map(|_| self.expr(d)).collect::<Result<_>>()?;
                // Parenthesised: `1.append` would lex as a float.
                format!("({a}).{m}({})", args.join(", "))
            }
            17 => {
                let (f, a) = (self.pick(&FUNCS)?, self.expr(d)?);
                match self.u.int_in_range(0..=2)? {
                    0 => format!("{f}()"),
                    1 => format!("{f}({a})"),
                    _ => format!("{f}({a}, y={a})"),
                }
            }
            18 => {
                let (k, a) = (self.pick(&CLASSES)?, self.expr(d)?);
                match self.u.int_in_range(0..=2)? {
                    0 => format!("{k}({a})"),
                    1 => format!("{k}({a}).v"),
                    _ => format!("{k}().meth({a})"),
                }
            }
            19 => {
                let (c, a, b) = (self.expr(d)?, self.expr(d)?, self.expr(d)?);
                format!("({a} if {c} else {b})")
            }
            20 => {
                let (a, b) = (self.expr(d)?, self.expr(d)?);
                format!("(lambda p, q=1: (p, q))({a}, {b})")
            }
            21 => {
                let a = self.expr(d)?;
                match self.u.int_in_range(0..=3)? {
                    // 3.11 f-strings cannot nest their own quote.
                    0 if !a.contains('"') && !a.contains('\\') => format!("f\"<{{{a}!r}}>\""),
                    1 => format!("'%r' % ({a},)"),
                    2 => format!("'{{}}'.format({a})"),
                    _ => format!("(lambda: {a})()"),
                }
            }
            _ => {
                let (a, b) = (self.expr(d)?, self.u.int_in_range(0..=4)?);
                if self.cfg.floats {
                    let op = self.pick(&["/", "**"])?;
                    format!("({a} {op} {b})")
                } else {
                    format!("({a} ** {b})")
                }
            }
        })
    }
}

/// Helpers every generated program may call, defined before its statements
/// (`gen` for generators, `CM` for `with`).
pub const HELPERS: &str = "\
def gen(n):
    for i in range(n):
        yield i * i
    return n
class CM:
    def __init__(self, v):
        self.v = v
    def __enter__(self):
        return self.v
    def __exit__(self, t, e, tb):
        return t is KeyError
";

/// A whole program, helpers included.
pub fn full_program(u: &mut Unstructured<'_>, cfg: GenConfig) -> Result<String> {
    let body = program(u, cfg)?;
    Ok(format!("{HELPERS}{body}"))
}
