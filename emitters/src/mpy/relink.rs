//! Turning a module read from a `.mpy` file ([`QstrMode::Table`]: qstr
//! operands index the file's qstr table) into one a VM runs directly
//! ([`QstrMode::Global`]: operands are the runtime's qstr ids).
//!
//! A global id may need more varuint bytes than a table index, so every
//! code object is re-laid out: instructions decoded, qstr operands mapped,
//! jumps re-encoded (all 2-byte offsets at first, then 1 byte wherever the
//! target is near enough, until nothing changes — distances only shrink, so
//! this ends), the line map rewritten for the new offsets.

use alloc::vec::Vec;

use super::MpyError;
use crate::code::{Module, QstrMode, RawCode};
use crate::instr::{self, Arg, Instr};
use crate::line_map::{self, LineMapWriter};
use crate::opcodes::{self as op, Format};
use crate::prelude::{self, Prelude};
use crate::varint;

/// Rewrites `module` to global qstr ids (a no-op if it already uses them).
pub fn to_global_qstrs(module: &mut Module) -> Result<(), MpyError> {
    if module.qstr_mode == QstrMode::Global {
        return Ok(());
    }
    relink_code(&mut module.code, &module.qstrs, 0)?;
    module.qstr_mode = QstrMode::Global;
    module.qstrs = Vec::new();
    Ok(())
}

fn relink_code(code: &mut RawCode, table: &[u32], depth: u32) -> Result<(), MpyError> {
    if depth > 64 {
        return Err(MpyError::Corrupt);
    }
    let map = |i: u32| table.get(i as usize).copied().ok_or(MpyError::Corrupt);
    let data = &code.bytecode;
    let p = Prelude::decode(data).ok_or(MpyError::Corrupt)?;
    let body = &data[p.code..];

    // Instructions with qstrs mapped; jump targets stay old offsets for now.
    let mut old_offsets = Vec::new();
    let mut instrs: Vec<Instr> = Vec::new();
    for item in instr::iter(body) {
        let (at, mut ins) = item.map_err(|_| MpyError::Corrupt)?;
        if let Arg::Qstr(q) = ins.arg {
            ins.arg = Arg::Qstr(map(q)?);
        }
        old_offsets.push(at);
        instrs.push(ins);
    }
    old_offsets.push(body.len());
    let index_of = |off: usize| {
        old_offsets
            .binary_search(&off)
            .map_err(|_| MpyError::Corrupt)
    };

    // Lay out: every jump long, then shorten while anything changes.
    let mut long = instrs
        .iter()
        .map(|i| op::format(i.op) == Format::Offset)
        .collect::<Vec<_>>();
    let mut new_offsets = Vec::with_capacity(old_offsets.len());
    let mut scratch = Vec::new();
    loop {
        new_offsets.clear();
        let mut at = 0usize;
        for (i, ins) in instrs.iter().enumerate() {
            new_offsets.push(at);
            at += encoded_len(ins, long[i]);
        }
        new_offsets.push(at);
        let mut changed = false;
        for (i, ins) in instrs.iter().enumerate() {
            if let (true, Arg::Jump(t)) = (long[i], ins.arg) {
                let target = new_offsets[index_of(t)?];
                scratch.clear();
                let short = Arg::Jump(target);
                if instr::encode(
                    ins.op,
                    short,
                    ins.extra,
                    new_offsets[i],
                    false,
                    &mut scratch,
                )
                .is_some()
                {
                    long[i] = false;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    let mut new_body = Vec::with_capacity(body.len() + body.len() / 8);
    for (i, ins) in instrs.iter().enumerate() {
        let arg = match ins.arg {
            Arg::Jump(t) => Arg::Jump(new_offsets[index_of(t)?]),
            a => a,
        };
        instr::encode(
            ins.op,
            arg,
            ins.extra,
            new_offsets[i],
            long[i],
            &mut new_body,
        )
        .ok_or(MpyError::Corrupt)?;
    }

    // Code info: name and argument names mapped, line map moved to the new offsets.
    let mut info = Vec::new();
    info.extend_from_slice(varint::encode_uint(u64::from(map(p.simple_name)?)).as_bytes());
    for a in p.arg_names(data) {
        info.extend_from_slice(varint::encode_uint(u64::from(map(a)?)).as_bytes());
    }
    let old_map = &data[p.line_info..p.line_info_end];
    let (mut pos, mut off, mut line) = (0usize, 0usize, 1u32);
    let mut writer = LineMapWriter::new();
    while let Some((bytes, lines)) = line_map::decode_step(old_map, &mut pos) {
        off += bytes;
        if lines == 0 {
            // A pure byte skip (long runs are split) may end inside an instruction.
            continue;
        }
        line = line.saturating_add(lines as u32);
        // Line changes sit on instruction boundaries; anything else is damage.
        let new_off = new_offsets[index_of(off.min(body.len()))?];
        writer.set_line(new_off, line, |b| info.push(b));
    }

    let mut out = Vec::with_capacity(info.len() + new_body.len() + 8);
    prelude::encode_signature(&p.sig, |b| out.push(b));
    prelude::encode_sizes(info.len() as u32, p.n_cell as u32, |b| out.push(b));
    out.extend_from_slice(&info);
    out.extend_from_slice(&data[p.cells..p.code]);
    let code_start = out.len();
    out.extend_from_slice(&new_body);

    code.simple_name = map(p.simple_name)?;
    code.code_start = code_start as u32;
    code.bytecode = out;
    for child in &mut code.children {
        relink_code(child, table, depth + 1)?;
    }
    Ok(())
}

/// Bytes `ins` takes once encoded, its jump offset long or short.
fn encoded_len(ins: &Instr, long: bool) -> usize {
    let arg = match ins.arg {
        _ if op::is_multi(ins.op) => 0,
        Arg::None => 0,
        Arg::Qstr(v) | Arg::Uint(v) => varint::uint_len(u64::from(v)),
        Arg::Int(v) => varint::encode_sint(v).as_bytes().len(),
        Arg::Jump(_) => 1 + usize::from(long),
    };
    1 + arg + usize::from(ins.extra.is_some())
}
