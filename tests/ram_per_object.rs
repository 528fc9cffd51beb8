//! RAM per object, measured as MicroPython's figures in
//! `/work/shared/ANCHORS.md` are: heap bytes in use after `gc.collect()`
//! once the object exists (and is kept) minus before it was made, on A, C
//! and D; each must be at most MicroPython's figure for the same
//! representation. The loop rows count bytes allocated while the loop runs
//! (1000 iterations minus 10, so setup cancels out). Prints the table and
//! writes `target/figures/ram.json` for the dashboard.
//!
//! "heap in use after a small script's setup" has no Python stack in it:
//! mupy keeps Python frames outside the heap (`VmConfig::stack_words`), as
//! MicroPython's unix port keeps them on the C stack, outside
//! `gc.mem_alloc()`.

mod vm_common;

use mupy_reprs::{Repr, A, C, D};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use vm_common::{run, vm};

/// What a row measures.
enum Probe {
    /// Bytes kept by `x = <expr>` after `setup` ran.
    Kept {
        setup: &'static str,
        expr: &'static str,
    },
    /// Bytes allocated by 1000 - 10 iterations of a loop over `range(N)`.
    Loop(&'static str),
    /// Heap in use after running a script.
    Baseline(&'static str),
}

/// One ANCHORS row: name, probe, MicroPython's figures for A, C, D.
struct Row {
    name: &'static str,
    probe: Probe,
    micropython: [u64; 3],
}

const SMALL_SCRIPT: &str = "\
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
def area(w, h):
    return w * h
p = Point(3, 4)
total = area(2, 5) + p.norm2()
";

fn rows() -> Vec<Row> {
    use Probe::*;
    vec![
        Row {
            name: "empty instance",
            probe: Kept { setup: "class E:\n    pass\n", expr: "E()" },
            micropython: [16, 16, 32],
        },
        Row {
            name: "instance with 2 attributes",
            probe: Kept {
                setup: "class P:\n    def __init__(self):\n        self.a = 1\n        self.b = 2\n",
                expr: "P()",
            },
            micropython: [32, 32, 64],
        },
        Row {
            name: "list [1, 2, 3]",
            probe: Kept { setup: "", expr: "[1, 2, 3]" },
            micropython: [32, 32, 64],
        },
        Row {
            name: "dict {1: 2}",
            probe: Kept { setup: "", expr: "{1: 2}" },
            micropython: [32, 32, 64],
        },
        Row {
            name: "tuple of 3 built at run time",
            probe: Kept { setup: "v = 7\n", expr: "(v, v, v)" },
            micropython: [32, 32, 32],
        },
        Row {
            name: "closure capturing one variable",
            probe: Kept {
                setup: "def mk():\n    v = 1\n    def f():\n        return v\n    return f\n",
                expr: "mk()",
            },
            micropython: [48, 48, 96],
        },
        Row {
            name: "float result of 1.5 + x",
            probe: Kept { setup: "y = 2.25\n", expr: "1.5 + y" },
            micropython: [16, 0, 0],
        },
        Row {
            name: "list of 1000 small ints",
            probe: Kept { setup: "", expr: "list(range(1000))" },
            micropython: [4016, 4016, 8032],
        },
        Row {
            name: "bound method kept in a variable",
            probe: Kept {
                setup: "class M:\n    def m(self):\n        return 1\no = M()\n",
                expr: "o.m",
            },
            micropython: [48, 48, 96],
        },
        Row {
            name: "new 10-character str",
            probe: Kept { setup: "s5 = 'abcde'\n", expr: "s5 * 2" },
            micropython: [32, 32, 64],
        },
        Row {
            name: "int 2**60",
            probe: Kept { setup: "k = 60\n", expr: "2 ** k" },
            micropython: [32, 16, 64],
        },
        Row {
            name: "set {1, 2, 3}",
            probe: Kept { setup: "", expr: "{1, 2, 3}" },
            micropython: [32, 32, 64],
        },
        Row {
            name: "1000 method calls in a range loop",
            probe: Loop(
                "class M:\n    def m(self, i):\n        return i\no = M()\nfor i in range(N):\n    o.m(i)\n",
            ),
            micropython: [0, 0, 0],
        },
        Row {
            name: "1000 function calls",
            probe: Loop("def f(i):\n    return i\ni = 0\nwhile i < N:\n    f(i)\n    i += 1\n"),
            micropython: [0, 0, 0],
        },
        Row {
            name: "heap in use after a small script's setup",
            probe: Baseline(SMALL_SCRIPT),
            micropython: [3424, 3696, 5696],
        },
    ]
}

const HEAP: usize = 512 * 1024;

/// Heap bytes in use after a full collection. The dead part of the Python
/// stack is cleared first: it still holds the last temporaries (the whole
/// stack is scanned), which `gc.collect()` in a program would see
/// overwritten by the running code.
fn used<R: Repr>(vm: &mut mupy::runtime::Vm<R>) -> u64 {
    for i in vm.stack_top..vm.config.stack_words {
        // SAFETY: `i` is inside the Python stack, above every live frame.
        unsafe { *vm.stack_word(i) = R::none() };
    }
    vm.collect();
    vm.heap.stats().used as u64
}

fn measure<R: Repr>(probe: &Probe) -> u64 {
    match probe {
        Probe::Kept { setup, expr } => {
            let (mut vm, port) = vm::<R>(HEAP);
            // Every global exists before the first figure, so the globals
            // dict does not grow while measuring.
            let out = run(&mut vm, &port, &format!("{setup}x = None\n"));
            assert_eq!(out, "", "{} setup failed", R::NAME);
            let before = used(&mut vm);
            let out = run(&mut vm, &port, &format!("x = {expr}\n"));
            assert_eq!(out, "", "{} `{expr}` failed", R::NAME);
            let after = used(&mut vm);
            let out = run(&mut vm, &port, "print(x is None)\n");
            assert_eq!(out, "False\n", "{}: the object was not kept", R::NAME);
            after.saturating_sub(before)
        }
        Probe::Loop(source) => {
            let n10 = allocated::<R>(source, 10);
            let n1000 = allocated::<R>(source, 1000);
            n1000.saturating_sub(n10)
        }
        Probe::Baseline(source) => {
            let (mut vm, port) = vm::<R>(HEAP);
            let out = run(&mut vm, &port, source);
            assert_eq!(out, "", "{} script failed", R::NAME);
            used(&mut vm)
        }
    }
}

/// Bytes allocated while `source` runs with the global `N` set to `n`.
fn allocated<R: Repr>(source: &str, n: i64) -> u64 {
    let (mut vm, port) = vm::<R>(HEAP);
    let key = vm.intern("N").unwrap();
    let g = vm.roots.main_globals;
    vm.dict_set(g, R::qstr(key.0), R::small_int(n).unwrap())
        .unwrap();
    let before = vm.heap.stats().allocated_total;
    let out = run(&mut vm, &port, source);
    assert_eq!(out, "", "{} loop failed", R::NAME);
    vm.heap.stats().allocated_total - before
}

fn figures<R: Repr>(rows: &[Row]) -> Vec<u64> {
    rows.iter().map(|r| measure::<R>(&r.probe)).collect()
}

#[test]
fn ram_per_object_is_at_most_micropythons() {
    let rows = rows();
    let got = [
        figures::<A>(&rows),
        figures::<C>(&rows),
        figures::<D>(&rows),
    ];
    let mut table = String::from(
        "object                                      |     A (mp) |     C (mp) |     D (mp)\n",
    );
    for (i, r) in rows.iter().enumerate() {
        let _ = write!(table, "{:<44}", r.name);
        for (g, mp) in got.iter().zip(r.micropython) {
            let _ = write!(table, "| {:>4} ({:>4}) ", g[i], mp);
        }
        table.push('\n');
    }
    println!("{table}");
    let mut json: BTreeMap<&str, BTreeMap<&str, u64>> = BTreeMap::new();
    for (k, name) in ["a", "c", "d"].iter().enumerate() {
        let m = json.entry(name).or_default();
        for (i, r) in rows.iter().enumerate() {
            m.insert(r.name, got[k][i]);
        }
    }
    write_json(&json);
    let mut over = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        for (k, name) in ["A", "C", "D"].iter().enumerate() {
            if got[k][i] > r.micropython[k] {
                over.push(format!(
                    "{} on {name}: {} > MicroPython's {}",
                    r.name, got[k][i], r.micropython[k]
                ));
            }
        }
    }
    assert!(
        over.is_empty(),
        "above MicroPython:\n{}\n{table}",
        over.join("\n")
    );
}

/// `{"repr": {"a": {"empty instance": 16, …}, …}}` into `target/figures/ram.json`.
fn write_json(figures: &BTreeMap<&str, BTreeMap<&str, u64>>) {
    let mut s = String::from("{\"repr\": {");
    for (i, (repr, rows)) in figures.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        let _ = write!(s, "\"{repr}\": {{");
        for (j, (name, v)) in rows.iter().enumerate() {
            if j > 0 {
                s.push_str(", ");
            }
            let _ = write!(s, "\"{name}\": {v}");
        }
        s.push('}');
    }
    s.push_str("}}\n");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/figures");
    std::fs::create_dir_all(&dir).expect("target/figures");
    std::fs::write(dir.join("ram.json"), s).expect("ram.json");
}
