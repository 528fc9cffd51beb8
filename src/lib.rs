//! mupy's core: front end (lexer, parser, compiler), VM, runtime types,
//! builtins and modules. `no_std` + `alloc`; generic over the object
//! representation (`mupy_reprs::Repr`), heap from `mupy_gc`.
#![no_std]

extern crate alloc;

pub mod builtins;
pub mod compile;
pub mod format;
pub mod lex;
pub mod modules;
pub mod num;
pub mod objects;
pub mod parse;
pub mod qstr;
pub mod repl;
pub mod runtime;
pub mod vm;

/// The version reported by `mupy --version` and `sys.implementation`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
