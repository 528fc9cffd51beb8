//! Human-readable listing of bytecode (`mupy --dis`): for each code object,
//! recursively, its name, arguments and prelude figures, then one
//! instruction a line:
//!
//! ```text
//!  code f(a, b)  n_state=3 n_exc_stack=0 flags=0x00 defaults=0 cells=[] bytes=9 (prelude 5)
//!      0  L2  LOAD_FAST 0
//!      1  L2  LOAD_FAST 1
//!      2  L2  BINARY_OP 27 __add__
//!      3  L2  RETURN_VALUE
//! ```
//!
//! Offsets count from the first instruction; jump targets are absolute
//! offsets; `L` is the source line.

use core::fmt::{self, Write};

use crate::code::{Const, Module, QstrMode, RawCode};
use crate::instr::{self, Arg};
use crate::opcodes as op;
use crate::ops::{BinaryOp, UnaryOp};
use crate::prelude::Prelude;

/// How qstr operands and constants are resolved while printing.
struct Names<'a> {
    qstr_name: &'a dyn Fn(u32) -> &'a str,
    /// In table mode, operand -> global qstr id.
    table: Option<&'a [u32]>,
    consts: Option<&'a [Const]>,
}

impl Names<'_> {
    fn qstr(&self, operand: u32) -> &str {
        match self.table {
            Some(t) => match t.get(operand as usize) {
                Some(&q) => (self.qstr_name)(q),
                None => "<bad qstr>",
            },
            None => (self.qstr_name)(operand),
        }
    }
}

/// Prints `code` and its children; qstr operands are global ids named by `qstr_name`.
/// Constants are shown by index (use [`disassemble_module`] to see their values).
pub fn disassemble<'a>(
    code: &RawCode,
    qstr_name: &'a dyn Fn(u32) -> &'a str,
    out: &mut dyn Write,
) -> fmt::Result {
    let names = Names {
        qstr_name,
        table: None,
        consts: None,
    };
    print_code(code, &names, out, 0)
}

/// Prints the whole module, with constant values, in either qstr mode.
pub fn disassemble_module<'a>(
    module: &'a Module,
    qstr_name: &'a dyn Fn(u32) -> &'a str,
    out: &mut dyn Write,
) -> fmt::Result {
    let table = (module.qstr_mode == QstrMode::Table).then_some(module.qstrs.as_slice());
    let names = Names {
        qstr_name,
        table,
        consts: Some(&module.consts),
    };
    print_code(&module.code, &names, out, 0)
}

fn print_code(code: &RawCode, names: &Names<'_>, out: &mut dyn Write, depth: u32) -> fmt::Result {
    let Some(p) = Prelude::decode(&code.bytecode) else {
        return writeln!(out, "code <malformed prelude>");
    };
    let data = &code.bytecode;
    write!(out, "code {}(", names.qstr(p.simple_name))?;
    for (i, a) in p.arg_names(data).enumerate() {
        write!(out, "{}{}", if i == 0 { "" } else { ", " }, names.qstr(a))?;
    }
    write!(
        out,
        ")  n_state={} n_exc_stack={} flags={:#04x} defaults={} kwonly={} cells={:?} bytes={} (prelude {})",
        p.sig.n_state,
        p.sig.n_exc_stack,
        code.scope_flags,
        p.sig.n_def_pos_args,
        p.sig.n_kwonly_args,
        &data[p.cells..p.code],
        data.len(),
        p.code
    )?;
    writeln!(out)?;
    let line_map = &data[p.line_info..p.line_info_end];
    let body = &data[p.code..];
    for item in instr::iter(body) {
        let (at, ins) = match item {
            Ok(x) => x,
            Err(at) => return writeln!(out, "  {at:5}  <bad opcode {:#04x}>", body[at]),
        };
        let line = crate::line_map::line_for_offset(line_map, at, 1);
        write!(out, "  {at:5}  L{line:<4} {}", op::name(ins.op))?;
        print_arg(&ins, names, out)?;
        writeln!(out)?;
    }
    if depth < 64 {
        for child in &code.children {
            print_code(child, names, out, depth + 1)?;
        }
    }
    Ok(())
}

fn print_arg(ins: &instr::Instr, names: &Names<'_>, out: &mut dyn Write) -> fmt::Result {
    match ins.arg {
        Arg::None => {}
        Arg::Int(v) => write!(out, " {v}")?,
        Arg::Jump(t) => write!(out, " -> {t}")?,
        Arg::Qstr(q) => write!(out, " {}", names.qstr(q))?,
        Arg::Uint(n) => match ins.op {
            0xd0..=0xd6 => {
                let name = UnaryOp::from_u8(n as u8).map_or("?", |o| o.method_name());
                write!(out, " {n} {name}")?
            }
            0xd7..=0xff => {
                let name = BinaryOp::from_u8(n as u8).map_or("?", |o| o.method_name());
                write!(out, " {n} {name}")?
            }
            op::LOAD_CONST_OBJ => match names.consts.and_then(|c| c.get(n as usize)) {
                Some(c) => write!(out, " {n} = {c:?}")?,
                None => write!(out, " {n}")?,
            },
            op::CALL_FUNCTION
            | op::CALL_FUNCTION_VAR_KW
            | op::CALL_METHOD
            | op::CALL_METHOD_VAR_KW => write!(out, " n_pos={} n_kw={}", n & 0xff, n >> 8)?,
            op::UNPACK_EX => write!(out, " left={} right={}", n & 0xff, n >> 8)?,
            op::STORE_COMP => write!(out, " index={} kind={}", n >> 2, n & 3)?,
            op::MAKE_FUNCTION
            | op::MAKE_FUNCTION_DEFARGS
            | op::MAKE_CLOSURE
            | op::MAKE_CLOSURE_DEFARGS => write!(out, " child {n}")?,
            _ => write!(out, " {n}")?,
        },
    }
    if let Some(x) = ins.extra {
        match ins.op {
            op::UNWIND_JUMP => write!(
                out,
                " depth={}{}",
                x & 0x7f,
                if x & 0x80 != 0 { " from_for" } else { "" }
            )?,
            _ => write!(out, " cells={x}")?,
        }
    }
    Ok(())
}
