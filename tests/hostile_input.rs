//! Hostile programs: absurd nesting, huge literals, runaway arithmetic and
//! recursion, self-referencing containers, mutation during iteration,
//! raising dunder methods inside dict operations, and a full heap in every
//! container growth path. Each gives the Python exception CPython gives (or
//! MemoryError where a small heap is the point), in bounded time, and the
//! same VM then runs the next program correctly; on A, C and D.

mod vm_common;

use mupy_reprs::{Repr, A, C, D};
use std::time::{Duration, Instant};
use vm_common::{last_line, run, vm};

const NEXT: &str = "print(sum(range(10)), [i * i for i in range(5)], {'k': 'v'})\n";
const NEXT_OUT: &str = "45 [0, 1, 4, 9, 16] {'k': 'v'}\n";

/// Runs `src` on a fresh VM of `heap` bytes; checks the last output line
/// (the uncaught exception, or the program's last print) is one of
/// `expect`, then that the VM still works. Returns the output.
fn hostile<R: Repr>(heap: usize, src: &str, expect: &[&str]) -> String {
    let (mut vm, port) = vm::<R>(heap);
    let start = Instant::now();
    let out = run(&mut vm, &port, src);
    let took = start.elapsed();
    let last = last_line(&out);
    assert!(
        expect
            .iter()
            .any(|e| last == *e || last.starts_with(&format!("{e}:"))),
        "{}: {:?}… ended with {last:?}, expected one of {expect:?}",
        R::NAME,
        &src[..src.len().min(60)]
    );
    assert!(took < Duration::from_secs(20), "{}: took {took:?}", R::NAME);
    assert_eq!(
        run(&mut vm, &port, NEXT),
        NEXT_OUT,
        "{}: VM unusable after {src:?}",
        R::NAME
    );
    out
}

fn all(heap: usize, src: &str, expect: &[&str]) {
    hostile::<A>(heap, src, expect);
    hostile::<C>(heap, src, expect);
    hostile::<D>(heap, src, expect);
}

const MB: usize = 1024 * 1024;

#[test]
fn ten_thousand_nested_brackets_are_a_syntax_error() {
    for (open, close) in [("(", ")"), ("[", "]"), ("{", "}")] {
        let src = format!("x = {}{}\n", open.repeat(10_000), close.repeat(10_000));
        all(MB, &src, &["SyntaxError"]);
    }
}

#[test]
fn deep_unary_and_indentation_nesting_fail_cleanly() {
    // CPython says MemoryError for the first (its parser stack); either
    // error is a clean refusal.
    let src = format!("x = {}1\n", "-".repeat(10_000));
    all(MB, &src, &["MemoryError", "SyntaxError", "RuntimeError"]);
    let mut src = String::new();
    for k in 0..150 {
        src.push_str(&" ".repeat(k));
        src.push_str("if True:\n");
    }
    src.push_str(&" ".repeat(150));
    src.push_str("pass\n");
    all(MB, &src, &["IndentationError", "SyntaxError"]);
}

#[test]
fn one_megabyte_string_literal() {
    let src = format!("s = '{}'\nprint(len(s), s[-3:])\n", "ab".repeat(512 * 1024));
    all(8 * MB, &src, &["1048576 bab"]);
    all(64 * 1024, &src, &["MemoryError"]);
}

#[test]
fn huge_int_literal() {
    // 10**4000 % 9973, from CPython (whose limit is 4300 digits).
    let src = format!("x = 1{}\nprint(x % 9973)\n", "0".repeat(4_000));
    all(MB, &src, &["5594"]);
    let src = format!("x = {}\nprint(x % 9973)\n", "7".repeat(4_300));
    all(MB, &src, &["3185"]);
    // Beyond the limit a decimal literal is a SyntaxError (as in CPython
    // 3.11), refused before any quadratic conversion: bounded time.
    for n in [4_301, 200_000] {
        let src = format!("x = 1{}\nprint(x % 9973)\n", "0".repeat(n));
        let start = Instant::now();
        all(64 * 1024, &src, &["SyntaxError"]);
        assert!(
            start.elapsed() < Duration::from_secs(2),
            "{n} digits: {:?}",
            start.elapsed()
        );
    }
}

#[test]
fn huge_hex_literal_converts_in_linear_time() {
    // int('f' * 200000, 16) % 9973 from CPython; power-of-two bases have no
    // digit limit and convert in one pass.
    let src = format!("x = 0x{}\nprint(x % 9973)\n", "f".repeat(200_000));
    let start = Instant::now();
    all(4 * MB, &src, &["9694"]);
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "{:?}",
        start.elapsed()
    );
    all(64 * 1024, &src, &["MemoryError"]);
}

#[test]
fn int_of_huge_decimal_text_is_bounded() {
    // CPython 3.11's message; 4300 digits still convert (values from CPython).
    let limit = "ValueError: Exceeds the limit (4300 digits) for integer string conversion: \
                 value has 200000 digits; use sys.set_int_max_str_digits() to increase the limit";
    let src = "s = '1' * 200000\nx = int(s)\n";
    let start = Instant::now();
    all(4 * MB, src, &[limit]);
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );
    all(4 * MB, "print(int('1' * 200000, 7))\n", &["ValueError"]);
    all(
        MB,
        "print(int('7' * 4300) % 9973, int('1' * 4300, 7) % 9973)\n",
        &["3185 5640"],
    );
    all(4 * MB, "print(int('f' * 200000, 16) % 9973)\n", &["9694"]);
}

#[test]
fn tower_of_powers_runs_out_of_memory_quickly() {
    all(MB, "x = 10**10**8\n", &["MemoryError"]);
    all(
        MB,
        "x = 2\nfor i in range(40):\n    x = x * x\n",
        &["MemoryError"],
    );
    all(
        MB,
        "x = 1 << (1 << 40)\n",
        &["MemoryError", "OverflowError"],
    );
}

#[test]
fn infinite_recursion_is_a_runtime_error() {
    let limit = "RuntimeError: maximum recursion depth exceeded";
    all(512 * 1024, "def f():\n    return f()\nf()\n", &[limit]);
    // Through a dunder method called by the runtime.
    let src = "class K:\n    def __eq__(self, o):\n        return self == o\nK() == 1\n";
    all(512 * 1024, src, &[limit]);
    // Through a generator resuming itself.
    let src = "def g():\n    yield next(it)\nit = g()\nnext(it)\n";
    all(512 * 1024, src, &["ValueError", limit]);
}

#[test]
fn self_referencing_containers_print_with_ellipsis() {
    all(MB, "l = []\nl.append(l)\nprint(repr(l))\n", &["[[...]]"]);
    all(MB, "d = {}\nd[1] = d\nprint(d)\n", &["{1: {...}}"]);
    all(
        MB,
        "a = [1]\nb = [a]\na.append(b)\nprint(a)\n",
        &["[1, [[...]]]"],
    );
}

#[test]
fn exponentially_long_repr_is_a_memory_error() {
    // 60 levels of `d = [d, d, d]`: a small object whose repr has 3**60
    // parts. Printing it must end (MemoryError), not stream for ever or
    // grow a Rust string until the process dies; comparing it with itself
    // is instant (items are compared by identity first, as in CPython).
    let src = "d = [1]\nfor i in range(60):\n    d = [d, d, d]\nprint(d == d)\nprint(d)\n";
    let out = hostile::<A>(MB, src, &["MemoryError"]);
    assert!(out.starts_with("True\n"), "{out:?}");
    all(
        MB,
        "d = [1]\nfor i in range(60):\n    d = [d, d, d]\ns = repr(d)\n",
        &["MemoryError"],
    );
}

#[test]
fn mutation_during_iteration_is_a_runtime_error() {
    let src = "d = {1: 1}\nfor k in d:\n    d[k + 1] = 1\n";
    all(
        MB,
        src,
        &["RuntimeError: dictionary changed size during iteration"],
    );
    let src = "s = {1}\nfor k in s:\n    s.add(k + 1)\n";
    all(
        MB,
        src,
        &["RuntimeError: Set changed size during iteration"],
    );
    // A list may change under its iterator (CPython allows it).
    let src = "l = [1, 2, 3]\nfor x in l:\n    if x < 3:\n        l.append(x + 3)\nprint(l)\n";
    all(MB, src, &["[1, 2, 3, 4, 5]"]);
}

#[test]
fn exceptions_from_eq_and_hash_inside_dict_operations() {
    let bad_hash = "class H:\n    def __hash__(self):\n        raise ValueError('h')\n";
    all(
        MB,
        &format!("{bad_hash}d = {{}}\nd[H()] = 1\n"),
        &["ValueError: h"],
    );
    all(
        MB,
        &format!("{bad_hash}print(H() in {{1: 2}})\n"),
        &["ValueError: h"],
    );
    all(
        MB,
        &format!("{bad_hash}s = set()\ns.add(H())\n"),
        &["ValueError: h"],
    );
    let bad_eq = "class E:\n    def __hash__(self):\n        return 1\n    \
                  def __eq__(self, o):\n        raise KeyError('eq')\n";
    // Two keys with one hash: the second insert compares them.
    all(
        MB,
        &format!("{bad_eq}d = {{E(): 1}}\nd[E()] = 2\n"),
        &["KeyError: 'eq'"],
    );
    all(
        MB,
        &format!("{bad_eq}print(E() in [E()])\n"),
        &["KeyError: 'eq'"],
    );
    // Large enough that the map is hashed, not scanned.
    let src = format!("{bad_eq}d = {{i: i for i in range(100)}}\nd[E()] = 1\nd[E()] = 2\n");
    all(MB, &src, &["KeyError: 'eq'"]);
    // `__eq__` without `__hash__` makes a class unhashable.
    let src = "class U:\n    def __eq__(self, o):\n        return True\nd = {}\nd[U()] = 1\n";
    all(MB, src, &["TypeError: unhashable type: 'U'"]);
    all(
        MB,
        "d = {1: 2}\nd[1:2]\n",
        &["TypeError: unhashable type: 'slice'"],
    );
}

#[test]
fn full_heap_in_every_growth_path_is_a_memory_error() {
    let paths = [
        "l = []\nwhile True:\n    l.append(len(l))\n",
        "l = []\nwhile True:\n    l.extend(range(100))\n",
        "l = [0]\nwhile True:\n    l += l\n",
        "d = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1\n",
        "d = {}\ni = 0\nwhile True:\n    d['k%d' % i] = i\n    i += 1\n",
        "s = set()\ni = 0\nwhile True:\n    s.add(i)\n    i += 1\n",
        "s = 'x'\nwhile True:\n    s = s + s\n",
        "s = ''\nwhile True:\n    s += 'abcdefgh'\n",
        "p = ['ab'] * 100\nwhile True:\n    p = [''.join(p)] * 2\n",
        "b = bytearray()\nwhile True:\n    b.extend(b'0123456789abcdef')\n",
        "b = b'x'\nwhile True:\n    b = b + b\n",
        "x = 3\nwhile True:\n    x = x * x * 12345\n",
        "l = []\nwhile True:\n    l.append((1, 2, [3]))\n",
        "t = ()\nwhile True:\n    t = t + tuple(range(50))\n",
        "l = []\nwhile True:\n    l = [l, l]\n    l.append(list(range(50)))\n",
    ];
    for body in paths {
        // In a function, so the heap is free again once the error is out.
        let mut src = String::from("def fill():\n");
        for line in body.lines() {
            src.push_str("    ");
            src.push_str(line);
            src.push('\n');
        }
        src.push_str("fill()\n");
        all(64 * 1024, &src, &["MemoryError"]);
    }
}
