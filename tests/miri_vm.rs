//! The VM under Miri: a handful of tiny programs (a loop, classes, a
//! closure, a dict, exceptions, a generator, string operations, a bigint)
//! on representations A (32-bit tagged words) and D (NaN boxing), so Miri
//! checks the unsafe code of the heap, the object layouts and the
//! interpreter on real paths. `cargo +nightly miri test -p mupy --test
//! miri_vm`; the same tests run natively with `cargo test`.
//!
//! Under Miri the collector does not scan the native stack (Miri rejects
//! reading the stack outside a Rust object; see `gc/src/stack.rs`), so a
//! collection could free objects held only in Rust locals. The heap is
//! therefore sized so that these programs never collect: a collection
//! would show as a wrong output, not pass silently. Expected outputs are
//! CPython 3.11's.

mod vm_common;

use mupy_reprs::{Repr, A, D};
use vm_common::{run, vm};

/// Large enough that no program below triggers a collection.
const HEAP: usize = 256 * 1024;

const PROGRAMS: [(&str, &str, &str); 8] = [
    (
        "loop",
        "t = 0\nfor i in range(20):\n    t += i * i\nprint(t)\n",
        "2470\n",
    ),
    (
        "class",
        "class P:\n    def __init__(self, x):\n        self.x = x\n    def __repr__(self):\n        \
         return 'P(%d)' % self.x\nclass Q(P):\n    def double(self):\n        \
         return Q(self.x * 2)\nprint(Q(21).double(), isinstance(Q(1), P))\n",
        "P(42) True\n",
    ),
    (
        "closure",
        "def make(n):\n    def add(k):\n        nonlocal n\n        n += k\n        return n\n    \
         return add\nf = make(10)\nf(1)\nprint(f(2), (lambda a, b=3: a * b)(4))\n",
        "13 12\n",
    ),
    (
        "dict",
        "d = {'a': 1, 'b': 2}\nd['c'] = 3\ndel d['a']\nprint(sorted(d.items()), d.get('z', 0), len(d))\n",
        "[('b', 2), ('c', 3)] 0 2\n",
    ),
    (
        "exception",
        "def f(x):\n    try:\n        return 10 // x\n    except ZeroDivisionError as e:\n        \
         return type(e).__name__\n    finally:\n        print('finally', x)\nprint(f(2), f(0))\n\
         try:\n    raise ValueError('bad')\nexcept Exception as e:\n    print(type(e).__name__, e)\n",
        "finally 2\nfinally 0\n5 ZeroDivisionError\nValueError bad\n",
    ),
    (
        "generator",
        "def g(n):\n    for i in range(n):\n        yield i * 2\nprint(list(g(5)), sum(x for x in g(4)))\n",
        "[0, 2, 4, 6, 8] 12\n",
    ),
    (
        "string",
        "s = 'Hello, ' + 'world'\nprint(s.upper(), s.split(', '), s[::-1], '%s=%d' % ('x', 5), \
         f'{len(s):04}')\n",
        "HELLO, WORLD ['Hello', 'world'] dlrow ,olleH x=5 0012\n",
    ),
    (
        "bigint",
        "print(2 ** 70 + 1, -(3 ** 40) // 7)\n",
        "1180591620717411303425 -1736809351293846972\n",
    ),
];

/// Every program on one VM, in turn (the VM must stay usable after each).
fn all_programs<R: Repr>() {
    let (mut vm, port) = vm::<R>(HEAP);
    for (name, src, want) in PROGRAMS {
        assert_eq!(run(&mut vm, &port, src), want, "{}: {name}", R::NAME);
    }
}

#[test]
fn programs_on_a() {
    all_programs::<A>();
}

#[test]
fn programs_on_d() {
    all_programs::<D>();
}
