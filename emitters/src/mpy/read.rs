//! Reading a `.mpy` v6 file into a [`Module`].
//!
//! ```text
//!  header   'M' 6 flags small_int_bits   [arch flags vuint if flags bit 6]
//!  tables   vuint n_qstr, vuint n_obj, n_qstr qstrs, n_obj constants
//!  code     raw code of the module, its children after it, recursively:
//!           vuint len<<3 | has_children<<2 | kind, len bytes, [vuint n, n children]
//! ```
//!
//! A qstr is `n<<1|1` (static qstr n) or `len<<1`, the bytes and a NUL. The
//! bytecode is kept as written: its qstr arguments index [`Module::qstrs`]
//! ([`QstrMode::Table`]). Only bytecode is accepted (no native code).

use alloc::vec::Vec;

use super::static_qstrs::STATIC_QSTRS;
use super::{obj, MpyError, MPY_VERSION};
use crate::code::{Module, QstrMode, RawCode};
use crate::prelude::Prelude;

/// Nesting beyond this is refused (a real module nests a few levels).
const MAX_DEPTH: u32 = 64;

pub(super) struct Reader<'a> {
    pub(super) data: &'a [u8],
    pub(super) pos: usize,
}

impl<'a> Reader<'a> {
    pub(super) fn byte(&mut self) -> Result<u8, MpyError> {
        let b = *self.data.get(self.pos).ok_or(MpyError::Truncated)?;
        self.pos += 1;
        Ok(b)
    }

    pub(super) fn uint(&mut self) -> Result<usize, MpyError> {
        let mut v: usize = 0;
        loop {
            let b = self.byte()?;
            if v >> (usize::BITS - 7) != 0 {
                return Err(MpyError::Corrupt);
            }
            v = v << 7 | usize::from(b & 0x7f);
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
    }

    pub(super) fn bytes(&mut self, n: usize) -> Result<&'a [u8], MpyError> {
        let end = self.pos.checked_add(n).ok_or(MpyError::Truncated)?;
        let s = self.data.get(self.pos..end).ok_or(MpyError::Truncated)?;
        self.pos = end;
        Ok(s)
    }

    pub(super) fn text(&mut self, n: usize) -> Result<&'a str, MpyError> {
        core::str::from_utf8(self.bytes(n)?).map_err(|_| MpyError::Corrupt)
    }
}

/// Reads `data`; `intern` turns each qstr's text into the runtime's qstr id.
pub fn read(data: &[u8], intern: &mut dyn FnMut(&str) -> u32) -> Result<Module, MpyError> {
    let mut r = Reader { data, pos: 0 };
    if r.byte()? != b'M' {
        return Err(MpyError::NotMpy);
    }
    if r.byte()? != MPY_VERSION {
        return Err(MpyError::Version);
    }
    let flags = r.byte()?;
    let _small_int_bits = r.byte()?;
    // Arch flags (bit 6) only come with native code, refused below anyway.
    if flags & 0x40 != 0 {
        r.uint()?;
    }
    let n_qstr = r.uint()?;
    let n_obj = r.uint()?;
    // Every entry takes at least one byte: bounds allocations by the input size.
    if n_qstr > data.len() || n_obj > data.len() {
        return Err(MpyError::Truncated);
    }
    let mut qstrs = Vec::with_capacity(n_qstr);
    for _ in 0..n_qstr {
        let v = r.uint()?;
        let id = if v & 1 != 0 {
            let text = (v >> 1)
                .checked_sub(1)
                .and_then(|i| STATIC_QSTRS.get(i))
                .ok_or(MpyError::Corrupt)?;
            intern(text)
        } else {
            let text = r.text(v >> 1)?;
            r.byte()?; // NUL
            intern(text)
        };
        qstrs.push(id);
    }
    let mut consts = Vec::with_capacity(n_obj);
    for _ in 0..n_obj {
        consts.push(obj::read(&mut r, 0)?);
    }
    let code = read_raw_code(&mut r, 0)?;
    let source_file = qstrs.first().copied().unwrap_or(0);
    Ok(Module {
        code,
        consts,
        qstr_mode: QstrMode::Table,
        qstrs,
        source_file,
    })
}

fn read_raw_code(r: &mut Reader<'_>, depth: u32) -> Result<RawCode, MpyError> {
    if depth > MAX_DEPTH {
        return Err(MpyError::Corrupt);
    }
    let kind_len = r.uint()?;
    if kind_len & 3 != 0 {
        return Err(MpyError::NativeCode);
    }
    let bytecode = r.bytes(kind_len >> 3)?.to_vec();
    let p = Prelude::decode(&bytecode).ok_or(MpyError::Corrupt)?;
    let narrow = |v: u32| u16::try_from(v).map_err(|_| MpyError::Corrupt);
    let mut code = RawCode {
        scope_flags: p.sig.scope_flags as u8,
        n_pos_args: narrow(p.sig.n_pos_args)?,
        n_kwonly_args: narrow(p.sig.n_kwonly_args)?,
        n_def_pos_args: narrow(p.sig.n_def_pos_args)?,
        n_state: narrow(p.sig.n_state)?,
        n_exc_stack: narrow(p.sig.n_exc_stack)?,
        simple_name: p.simple_name,
        code_start: p.code as u32,
        bytecode,
        children: Vec::new(),
        child_scopes: Vec::new(),
    };
    if kind_len & 4 != 0 {
        let n = r.uint()?;
        if n > r.data.len() {
            return Err(MpyError::Truncated);
        }
        for _ in 0..n {
            code.children.push(read_raw_code(r, depth + 1)?);
        }
    }
    Ok(code)
}
