//! mupy's core: front end (lexer, parser, compiler), VM, runtime types,
//! builtins and modules. `no_std` + `alloc`; generic over the object
//! representation (`mupy_reprs::Repr`), heap from `mupy_gc`.
#![no_std]

extern crate alloc;

pub mod format;
pub mod num;
pub mod qstr;
pub mod repl;

/// The version reported by `mupy --version` and `sys.implementation`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
