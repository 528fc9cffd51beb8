//! The bytecode prelude: the compressed header in front of every function's
//! code (`.mpy` v6, MicroPython's `MP_BC_PRELUDE_SIG_*` / `_SIZE_*`).
//!
//! ```text
//!  signature   xSSSSEAA [xFSSKAED ...]   six numbers interleaved bit-wise,
//!              x: another byte follows   S = n_state - 1, E = n_exc_stack,
//!              the low bits come first   F = scope flags (4), A = n_pos_args,
//!                                        K = n_kwonly_args, D = n_def_pos_args
//!  sizes       xIIIIIIC [xIIIIIIC ...]   I = n_info (bytes of name + arg
//!                                        names + line map), C = n_cell
//!  code info   varuint simple_name, varuint arg_name * (A + K), line map
//!  cells       one byte per local to turn into a cell
//!  code        the instructions
//! ```
//!
//! A typical small function's signature and sizes take 3 bytes.

use crate::varint;

/// The figures of the signature.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Default)]
pub struct Signature {
    pub n_state: u32,
    pub n_exc_stack: u32,
    /// Only the low 4 bits ([`crate::scope_flags::ALL_SIG`]) are stored.
    pub scope_flags: u32,
    pub n_pos_args: u32,
    pub n_kwonly_args: u32,
    pub n_def_pos_args: u32,
}

/// Encodes `sig` (with `n_state >= 1`), calling `out` once per byte.
pub fn encode_signature(sig: &Signature, mut out: impl FnMut(u8)) {
    let mut s = sig.n_state.saturating_sub(1);
    let mut e = sig.n_exc_stack;
    let mut f = sig.scope_flags & 0x0f;
    let mut a = sig.n_pos_args;
    let mut k = sig.n_kwonly_args;
    let mut d = sig.n_def_pos_args;
    let mut z = ((s & 0xf) << 3 | (e & 1) << 2 | (a & 3)) as u8;
    s >>= 4;
    e >>= 1;
    a >>= 2;
    while s | e | f | a | k | d != 0 {
        out(0x80 | z);
        z = ((f & 1) << 6 | (s & 3) << 4 | (k & 1) << 3 | (a & 1) << 2 | (e & 1) << 1 | (d & 1))
            as u8;
        s >>= 2;
        e >>= 1;
        f >>= 1;
        a >>= 1;
        k >>= 1;
        d >>= 1;
    }
    out(z);
}

/// Decodes a signature at `*pos`, advancing it. `None` if truncated or a
/// figure overflows 32 bits.
pub fn decode_signature(code: &[u8], pos: &mut usize) -> Option<Signature> {
    let mut z = *code.get(*pos)?;
    *pos += 1;
    let mut sig = Signature {
        n_state: u32::from(z >> 3 & 0xf),
        n_exc_stack: u32::from(z >> 2 & 1),
        n_pos_args: u32::from(z & 3),
        ..Signature::default()
    };
    let mut n = 0u32;
    while z & 0x80 != 0 {
        z = *code.get(*pos)?;
        *pos += 1;
        // Each extension byte adds 2 bits of S at bit 4+2n and 1 bit of the others at bit n (+2 for A).
        if n > 13 {
            return None;
        }
        sig.n_state |= u32::from(z >> 4 & 3) << (4 + 2 * n);
        sig.n_exc_stack |= u32::from(z >> 1 & 1) << (1 + n);
        sig.scope_flags |= u32::from(z >> 6 & 1) << n;
        sig.n_pos_args |= u32::from(z >> 2 & 1) << (2 + n);
        sig.n_kwonly_args |= u32::from(z >> 3 & 1) << n;
        sig.n_def_pos_args |= u32::from(z & 1) << n;
        n += 1;
    }
    sig.n_state = sig.n_state.checked_add(1)?;
    Some(sig)
}

/// Encodes the sizes of the code-info and cell sections.
pub fn encode_sizes(mut n_info: u32, mut n_cell: u32, mut out: impl FnMut(u8)) {
    loop {
        let mut z = ((n_info & 0x3f) << 1 | (n_cell & 1)) as u8;
        n_cell >>= 1;
        n_info >>= 6;
        if n_cell | n_info != 0 {
            z |= 0x80;
        }
        out(z);
        if n_cell | n_info == 0 {
            return;
        }
    }
}

/// Decodes `(n_info, n_cell)` at `*pos`, advancing it.
pub fn decode_sizes(code: &[u8], pos: &mut usize) -> Option<(u32, u32)> {
    let (mut n_info, mut n_cell) = (0u32, 0u32);
    // One bit of C a byte: 32 bytes at most; I must stay within 32 bits.
    for n in 0..32u32 {
        let z = *code.get(*pos)?;
        *pos += 1;
        n_cell |= u32::from(z & 1) << n;
        let i = u32::from(z >> 1 & 0x3f);
        if i != 0 {
            n_info |= i.checked_shl(6 * n).filter(|v| v >> (6 * n) == i)?;
        }
        if z & 0x80 == 0 {
            return Some((n_info, n_cell));
        }
    }
    None
}

/// The decoded prelude of a function: its figures and where each section is.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct Prelude {
    pub sig: Signature,
    /// The function name (a qstr id, or a `.mpy` table index).
    pub simple_name: u32,
    /// Offset of the first argument name (varuints, `n_pos_args + n_kwonly_args` of them).
    pub arg_names: usize,
    /// Offset and end of the line map.
    pub line_info: usize,
    pub line_info_end: usize,
    /// Offset of the cell section (`n_cell` bytes).
    pub cells: usize,
    pub n_cell: usize,
    /// Offset of the first instruction.
    pub code: usize,
}

impl Prelude {
    /// Decodes the prelude of `data` (a whole function's bytecode).
    pub fn decode(data: &[u8]) -> Option<Prelude> {
        let mut pos = 0;
        let sig = decode_signature(data, &mut pos)?;
        let (n_info, n_cell) = decode_sizes(data, &mut pos)?;
        let info_start = pos;
        let cells = info_start.checked_add(n_info as usize)?;
        let code = cells.checked_add(n_cell as usize)?;
        if code > data.len() {
            return None;
        }
        let info = &data[..cells];
        let simple_name = varint::decode_uint(info, &mut pos)?;
        let arg_names = pos;
        for _ in 0..sig.n_pos_args.checked_add(sig.n_kwonly_args)? {
            varint::decode_uint(info, &mut pos)?;
        }
        Some(Prelude {
            sig,
            simple_name,
            arg_names,
            line_info: pos,
            line_info_end: cells,
            cells,
            n_cell: n_cell as usize,
            code,
        })
    }

    /// The argument names, in order.
    pub fn arg_names<'a>(&self, data: &'a [u8]) -> impl Iterator<Item = u32> + 'a {
        let mut pos = self.arg_names;
        let end = self.line_info;
        core::iter::from_fn(move || {
            if pos < end {
                varint::decode_uint(data, &mut pos)
            } else {
                None
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;
    use proptest::prelude::*;

    fn sig_bytes(sig: &Signature) -> Vec<u8> {
        let mut v = Vec::new();
        encode_signature(sig, |b| v.push(b));
        v
    }

    #[test]
    fn signature_by_hand() {
        // n_state 2, nothing else: S=1 -> 0b0_0001_0_00.
        let s = Signature {
            n_state: 2,
            ..Default::default()
        };
        assert_eq!(sig_bytes(&s), [0x08]);
        // n_state 3, 2 positional args: S=2, A=2 -> 0b0_0010_0_10.
        let s = Signature {
            n_state: 3,
            n_pos_args: 2,
            ..Default::default()
        };
        assert_eq!(sig_bytes(&s), [0x12]);
        // generator with 1 arg, n_state 4: first 0x80|S3<<3|A1 = 0x99, then F bit 6 = 0x40.
        let s = Signature {
            n_state: 4,
            n_pos_args: 1,
            scope_flags: 1,
            ..Default::default()
        };
        assert_eq!(sig_bytes(&s), [0x99, 0x40]);
        let mut sz = Vec::new();
        encode_sizes(5, 1, |b| sz.push(b));
        assert_eq!(sz, [0x0b]);
        sz.clear();
        encode_sizes(64, 0, |b| sz.push(b));
        assert_eq!(sz, [0x80, 0x02]);
    }

    proptest! {
        #[test]
        fn signature_round_trip(s in 1u32..100_000, e in 0u32..1000, f in 0u32..16, a in 0u32..300, k in 0u32..300, d in 0u32..300) {
            let sig = Signature { n_state: s, n_exc_stack: e, scope_flags: f, n_pos_args: a, n_kwonly_args: k, n_def_pos_args: d };
            let bytes = sig_bytes(&sig);
            let mut pos = 0;
            prop_assert_eq!(decode_signature(&bytes, &mut pos), Some(sig));
            prop_assert_eq!(pos, bytes.len());
        }

        #[test]
        fn sizes_round_trip(i in 0u32..1_000_000, c in 0u32..256) {
            let mut bytes = Vec::new();
            encode_sizes(i, c, |b| bytes.push(b));
            let mut pos = 0;
            prop_assert_eq!(decode_sizes(&bytes, &mut pos), Some((i, c)));
            prop_assert_eq!(pos, bytes.len());
        }
    }
}
