//! The VM's limits raise Python exceptions and leave it usable, on A, C
//! and D: a full heap gives `MemoryError`, runaway recursion (Python calls,
//! or Python re-entered from a native such as `repr`) gives `RuntimeError:
//! maximum recursion depth exceeded`; after each, uncaught or caught, the
//! same VM runs the next program correctly. Expected output is CPython's
//! (which says `RecursionError`, a subclass of `RuntimeError`).

mod vm_common;

use mupy_reprs::{Repr, A, C, D};
use vm_common::{last_line, run, vm};

const FILL: &str = "def fill():\n    l = []\n    while True:\n        l.append([0] * 100)\n";
const NEXT: &str = "print(sum(range(10)), [i * i for i in range(5)])\n";
const NEXT_OUT: &str = "45 [0, 1, 4, 9, 16]\n";

fn memory_error<R: Repr>() {
    let (mut vm, port) = vm::<R>(64 * 1024);
    let out = run(&mut vm, &port, &format!("{FILL}fill()\n"));
    assert_eq!(last_line(&out), "MemoryError", "{}", R::NAME);
    assert_eq!(run(&mut vm, &port, NEXT), NEXT_OUT, "{}", R::NAME);
    let caught =
        format!("{FILL}try:\n    fill()\nexcept MemoryError:\n    print('caught')\n{NEXT}");
    assert_eq!(
        run(&mut vm, &port, &caught),
        format!("caught\n{NEXT_OUT}"),
        "{}",
        R::NAME
    );
}

#[test]
fn full_heap_raises_memory_error_and_vm_recovers() {
    memory_error::<A>();
    memory_error::<C>();
    memory_error::<D>();
}

fn recursion<R: Repr>() {
    let (mut vm, port) = vm::<R>(512 * 1024);
    let out = run(&mut vm, &port, "def f(n):\n    return f(n + 1)\nf(0)\n");
    assert_eq!(
        last_line(&out),
        "RuntimeError: maximum recursion depth exceeded",
        "{}",
        R::NAME
    );
    assert_eq!(run(&mut vm, &port, NEXT), NEXT_OUT, "{}", R::NAME);
    let caught = "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RuntimeError:\n    print('caught')\n";
    assert_eq!(run(&mut vm, &port, caught), "caught\n", "{}", R::NAME);
    // Python re-entered from native code (repr calling __repr__) nests the
    // interpreter loop itself.
    let nested = "class R:\n    def __repr__(self):\n        return repr(self)\n\
                  try:\n    repr(R())\nexcept RuntimeError:\n    print('caught nested')\n";
    assert_eq!(
        run(&mut vm, &port, nested),
        "caught nested\n",
        "{}",
        R::NAME
    );
    assert_eq!(run(&mut vm, &port, NEXT), NEXT_OUT, "{}", R::NAME);
}

#[test]
fn runaway_recursion_raises_runtime_error_and_vm_recovers() {
    recursion::<A>();
    recursion::<C>();
    recursion::<D>();
}
