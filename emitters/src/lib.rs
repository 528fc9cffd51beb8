//! mupy's back ends. The compiler (in the core) drives the [`Emit`] trait
//! once per pass per scope; this crate implements it for bytecode and
//! knows nothing of the core: qstrs are `u32` ids, constants are [`Const`]
//! values, the output is plain [`RawCode`] data.
//!
//! The bytecode is MicroPython's (`.mpy` version 6): [`opcodes`] draws the
//! encoding, [`prelude`] the function header, [`line_map`] the source-line
//! map; [`instr`] decodes, [`disasm`] prints.
#![no_std]

extern crate alloc;

pub mod bytecode;
pub mod code;
pub mod disasm;
pub mod emit;
pub mod instr;
pub mod line_map;
pub mod mpy;
pub mod opcodes;
pub mod ops;
pub mod prelude;
pub mod varint;

pub use bytecode::BytecodeEmitter;
pub use code::{BigIntLiteral, Const, Module, QstrMode, RawCode};
pub use emit::{
    scope_flags, star_flags, AccessKind, BlockKind, BuildKind, CompKind, ConstTok, Emit, EmitError,
    GlobalKind, ImportKind, Label, LocalKind, Pass, ScopeInfo, YieldKind,
};
pub use ops::{BinaryOp, UnaryOp};
