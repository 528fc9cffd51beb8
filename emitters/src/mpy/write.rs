//! Writing a [`Module`] as a `.mpy` v6 file (the layout is drawn in
//! [`super::read`]). The module must have been emitted in
//! [`QstrMode::Table`], so its bytecode already indexes its own qstr table;
//! qstrs in MicroPython's static list are written by number, as `mpy-cross`
//! does, so the file is byte-identical to `mpy-cross`'s for the same code.

use alloc::vec::Vec;

use super::static_qstrs::STATIC_QSTRS;
use super::{obj, write_uint, MpyError, MPY_VERSION};
use crate::code::{Module, QstrMode, RawCode};

/// Writes `module`; `qstr_text` gives the text of a qstr id. `small_int_bits`
/// is the smallest small int the code relies on (MicroPython writes 31 for
/// a 32-bit build).
pub fn write<'q>(
    module: &Module,
    qstr_text: &dyn Fn(u32) -> Option<&'q str>,
    small_int_bits: u8,
    out: &mut Vec<u8>,
) -> Result<(), MpyError> {
    if module.qstr_mode != QstrMode::Table {
        return Err(MpyError::QstrMode);
    }
    out.extend_from_slice(&[b'M', MPY_VERSION, 0, small_int_bits]);
    write_uint(out, module.qstrs.len());
    write_uint(out, module.consts.len());
    for &q in &module.qstrs {
        let text = qstr_text(q).ok_or(MpyError::Corrupt)?;
        match STATIC_QSTRS.iter().position(|&s| s == text) {
            Some(i) => write_uint(out, (i + 1) << 1 | 1),
            None => {
                write_uint(out, text.len() << 1);
                out.extend_from_slice(text.as_bytes());
                out.push(0);
            }
        }
    }
    for c in &module.consts {
        obj::write(c, out);
    }
    write_raw_code(&module.code, out);
    Ok(())
}

fn write_raw_code(code: &RawCode, out: &mut Vec<u8>) {
    let has_children = usize::from(!code.children.is_empty());
    write_uint(out, code.bytecode.len() << 3 | has_children << 2);
    out.extend_from_slice(&code.bytecode);
    if has_children != 0 {
        write_uint(out, code.children.len());
        for c in &code.children {
            write_raw_code(c, out);
        }
    }
}
