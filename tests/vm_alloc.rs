//! The allocation guarantees of the VM, on A, C and D: a Python call, a
//! method call `o.m(i)`, `for i in range(n)` and small-int arithmetic
//! allocate nothing per iteration. Each program runs with `N` = 10 and
//! `N` = 1000 (set in its globals, so both runs compile the same source);
//! the bytes allocated must be equal. Expected output is CPython's.

mod vm_common;

use mupy_reprs::{Repr, A, C, D};
use vm_common::{run, vm};

/// Bytes allocated while running `source` with the global `N` = `n`, and its output.
fn allocated<R: Repr>(source: &str, n: i64) -> (u64, String) {
    let (mut vm, port) = vm::<R>(256 * 1024);
    let key = vm.intern("N").unwrap();
    let g = vm.roots.main_globals;
    vm.dict_set(g, R::qstr(key.0), R::small_int(n).unwrap())
        .unwrap();
    let before = vm.heap.stats().allocated_total;
    let out = run(&mut vm, &port, source);
    (vm.heap.stats().allocated_total - before, out)
}

/// Checks that `source` allocates the same for N = 10 and N = 1000, and
/// prints what CPython prints for each.
fn check<R: Repr>(source: &str, want10: &str, want1000: &str) {
    let (a10, out10) = allocated::<R>(source, 10);
    let (a1000, out1000) = allocated::<R>(source, 1000);
    assert_eq!(out10, want10, "{} N=10", R::NAME);
    assert_eq!(out1000, want1000, "{} N=1000", R::NAME);
    assert_eq!(
        a10,
        a1000,
        "{}: {} more bytes for 990 more iterations of\n{source}",
        R::NAME,
        a1000 as i64 - a10 as i64
    );
}

fn all(source: &str, want10: &str, want1000: &str) {
    check::<A>(source, want10, want1000);
    check::<C>(source, want10, want1000);
    check::<D>(source, want10, want1000);
}

#[test]
fn python_call_allocates_nothing() {
    let src = "def f(x):\n    return x + 1\nt = 0\nfor i in range(N):\n    t = f(t)\nprint(t)\n";
    all(src, "10\n", "1000\n");
}

#[test]
fn method_call_allocates_nothing() {
    let src = "class C:\n    def m(self, i):\n        return i * 2\no = C()\ns = 0\n\
               for i in range(N):\n    s += o.m(i)\nprint(s)\n";
    all(src, "90\n", "999000\n");
}

#[test]
fn range_loop_allocates_nothing() {
    let src = "n = 0\nfor i in range(N):\n    n += 1\nprint(n)\n";
    all(src, "10\n", "1000\n");
}

#[test]
fn small_int_arithmetic_allocates_nothing() {
    let src =
        "x = 0\nfor i in range(N):\n    x = (x + i * 3) % 1000 - (i & 7) + (i >> 1)\nprint(x)\n";
    // CPython 3.11.
    all(src, "126\n", "500\n");
}
