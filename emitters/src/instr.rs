//! Decoding one whole instruction: opcode, argument and extra byte, with the
//! value of a multi opcode unpacked. The disassembler, the `.mpy` reader and
//! tests use it; the VM may decode inline with [`crate::varint`] instead.

use crate::opcodes::{self as op, Format};
use crate::varint;

/// The decoded argument of an instruction.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Arg {
    None,
    /// A qstr id (or a `.mpy` qstr-table index, depending on who wrote it).
    Qstr(u32),
    /// An unsigned argument: local or cell number, count, const/child index,
    /// and for multi opcodes the local number or operator number.
    Uint(u32),
    /// A small int (`LOAD_CONST_SMALL_INT` and its multi form).
    Int(i64),
    /// A jump target as an absolute offset into the decoded slice.
    Jump(usize),
}

/// One decoded instruction.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct Instr {
    pub op: u8,
    pub arg: Arg,
    /// The raw byte after the argument (see [`op::has_extra_byte`]).
    pub extra: Option<u8>,
    /// Bytes taken by the instruction.
    pub len: usize,
}

/// Decodes the instruction at `code[pos..]`. `None` on an unassigned
/// opcode, a truncated instruction or a jump target before offset 0.
pub fn decode(code: &[u8], pos: usize) -> Option<Instr> {
    let opcode = *code.get(pos)?;
    if !op::is_valid(opcode) {
        return None;
    }
    let mut p = pos + 1;
    let arg = match opcode {
        0x70..=0xaf => Arg::Int(i64::from(opcode) - 0x80),
        0xb0..=0xbf => Arg::Uint(u32::from(opcode - op::LOAD_FAST_MULTI)),
        0xc0..=0xcf => Arg::Uint(u32::from(opcode - op::STORE_FAST_MULTI)),
        0xd0..=0xd6 => Arg::Uint(u32::from(opcode - op::UNARY_OP_MULTI)),
        0xd7..=0xff => Arg::Uint(u32::from(opcode - op::BINARY_OP_MULTI)),
        op::LOAD_CONST_SMALL_INT => Arg::Int(varint::decode_sint(code, &mut p)?),
        _ => match op::format(opcode) {
            Format::Byte => Arg::None,
            Format::Qstr => Arg::Qstr(varint::decode_uint(code, &mut p)?),
            Format::VarUint => Arg::Uint(varint::decode_uint(code, &mut p)?),
            Format::Offset => {
                let rel = varint::decode_offset(opcode, code, &mut p)?;
                let target = p as i64 + i64::from(rel);
                Arg::Jump(usize::try_from(target).ok()?)
            }
        },
    };
    let extra = if op::has_extra_byte(opcode) {
        let b = *code.get(p)?;
        p += 1;
        Some(b)
    } else {
        None
    };
    Some(Instr {
        op: opcode,
        arg,
        extra,
        len: p - pos,
    })
}

/// Iterates over the instructions of `code`, yielding `(offset, instr)`;
/// stops at the end or at the first undecodable byte (yielding `Err(offset)`).
pub fn iter(code: &[u8]) -> impl Iterator<Item = Result<(usize, Instr), usize>> + '_ {
    let mut pos = 0;
    let mut failed = false;
    core::iter::from_fn(move || {
        if pos >= code.len() || failed {
            return None;
        }
        match decode(code, pos) {
            Some(i) => {
                let at = pos;
                pos += i.len;
                Some(Ok((at, i)))
            }
            None => {
                failed = true;
                Some(Err(pos))
            }
        }
    })
}

/// Encodes one instruction at offset `at` (for jump targets) and appends it
/// to `out`; a jump's offset takes 2 bytes when `long_jump`, else 1.
/// `None` if the argument does not suit the opcode or does not fit.
pub fn encode(
    opcode: u8,
    arg: Arg,
    extra: Option<u8>,
    at: usize,
    long_jump: bool,
    out: &mut alloc::vec::Vec<u8>,
) -> Option<()> {
    if !op::is_valid(opcode) || extra.is_some() != op::has_extra_byte(opcode) {
        return None;
    }
    let start = out.len();
    out.push(opcode);
    let ok = match (opcode, arg) {
        (0x70..=0xff, _) => decode(&[opcode, 0], 0).map(|i| i.arg) == Some(arg),
        (op::LOAD_CONST_SMALL_INT, Arg::Int(v)) => {
            out.extend_from_slice(varint::encode_sint(v).as_bytes());
            true
        }
        (_, a) => match (op::format(opcode), a) {
            (Format::Byte, Arg::None) => true,
            (Format::Qstr, Arg::Qstr(v)) | (Format::VarUint, Arg::Uint(v))
                if opcode != op::LOAD_CONST_SMALL_INT =>
            {
                out.extend_from_slice(varint::encode_uint(u64::from(v)).as_bytes());
                true
            }
            (Format::Offset, Arg::Jump(target)) => {
                let width = if long_jump { 2 } else { 1 };
                let rel = target as i64 - (at as i64 + 1 + width);
                match i32::try_from(rel)
                    .ok()
                    .and_then(|r| varint::encode_offset(opcode, r, !long_jump))
                {
                    Some((b, n)) => {
                        out.extend_from_slice(&b[..n]);
                        true
                    }
                    None => false,
                }
            }
            _ => false,
        },
    };
    if !ok {
        out.truncate(start);
        return None;
    }
    if let Some(x) = extra {
        out.push(x);
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;
    use proptest::prelude::*;

    /// An argument of the class `opcode` takes, from the random numbers.
    fn arg_for(opcode: u8, n: u32, i: i64, target: usize) -> Arg {
        match opcode {
            0x70..=0xff => decode(&[opcode, 0], 0).unwrap().arg,
            op::LOAD_CONST_SMALL_INT => Arg::Int(i),
            _ => match op::format(opcode) {
                Format::Byte => Arg::None,
                Format::Qstr => Arg::Qstr(n),
                Format::VarUint => Arg::Uint(n),
                Format::Offset => Arg::Jump(target),
            },
        }
    }

    #[test]
    fn every_assigned_opcode_has_a_name() {
        let named = (0..=255u8)
            .filter(|&o| op::is_valid(o))
            .inspect(|&o| assert_ne!(op::name(o), "INVALID", "{o:#x}"))
            .count();
        // 13 qstr + 24 var-uint + 11 jump + 16 + 8 byte + 64 + 16 + 16 + 4 + 35 multi opcodes.
        assert_eq!(named, 13 + 24 + 11 + 16 + 8 + 64 + 16 + 16 + 4 + 35);
        assert_eq!(decode(&[0x00], 0), None);
        assert_eq!(decode(&[0xfa], 0), None);
    }

    proptest! {
        #[test]
        fn every_opcode_round_trips(opcode in any::<u8>().prop_filter("assigned", |&o| op::is_valid(o)),
                                    n: u32, i: i64, at in 0usize..0x4000, target in 0usize..0x8000,
                                    extra: u8, long: bool) {
            let arg = arg_for(opcode, n, i, target);
            let x = op::has_extra_byte(opcode).then_some(extra);
            let mut code = Vec::new();
            code.resize(at, op::POP_TOP);
            if encode(opcode, arg, x, at, long, &mut code).is_some() {
                let ins = decode(&code, at).unwrap();
                prop_assert_eq!(ins.op, opcode);
                prop_assert_eq!(ins.arg, arg);
                prop_assert_eq!(ins.extra, x);
                prop_assert_eq!(at + ins.len, code.len());
            } else {
                // Only a jump out of reach may fail.
                prop_assert_eq!(op::format(opcode), Format::Offset);
            }
        }

        #[test]
        fn decoding_garbage_never_panics(code in prop::collection::vec(any::<u8>(), 0..64)) {
            for (at, ins) in iter(&code).flatten() {
                prop_assert!(at + ins.len <= code.len());
            }
        }
    }
}
