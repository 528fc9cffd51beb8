//! Variable-length integers of the bytecode and the `.mpy` format, and the
//! 1-or-2-byte jump offsets. Decoders take a cursor and never read past the
//! slice: truncated or overlong input gives `None`, never a panic.
//!
//! ```text
//!  varuint 300 = 0b10_0101100:   10000010 00101100
//!                                ^ more    ^ last   (big-endian 7-bit groups)
//!  varint  -1:  01111111        varint 64: 10000000 01000000
//!                ^ bit 6 = sign             (0x00 group prepended so bit 6 is 0)
//! ```

/// Enough bytes for any 64-bit value, 7 bits a byte.
pub const MAX_BYTES: usize = 10;

/// An encoded integer: up to [`MAX_BYTES`] bytes kept on the stack.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct Encoded {
    buf: [u8; MAX_BYTES],
    start: u8,
}

impl Encoded {
    pub fn as_bytes(&self) -> &[u8] {
        &self.buf[usize::from(self.start)..]
    }

    // Builds from the least significant group up, so the first group written
    // lands last; `more` bits go on every byte but the last.
    fn push_front(&mut self, group: u8) {
        self.start -= 1;
        let more = if usize::from(self.start) == MAX_BYTES - 1 {
            0
        } else {
            0x80
        };
        self.buf[usize::from(self.start)] = group & 0x7f | more;
    }

    fn empty() -> Encoded {
        Encoded {
            buf: [0; MAX_BYTES],
            start: MAX_BYTES as u8,
        }
    }
}

/// Encodes an unsigned value.
pub fn encode_uint(mut v: u64) -> Encoded {
    let mut e = Encoded::empty();
    loop {
        e.push_front((v & 0x7f) as u8);
        v >>= 7;
        if v == 0 {
            return e;
        }
    }
}

/// Encodes a signed value (the argument of `LOAD_CONST_SMALL_INT`).
pub fn encode_sint(mut v: i64) -> Encoded {
    let mut e = Encoded::empty();
    loop {
        e.push_front((v & 0x7f) as u8);
        v >>= 7;
        if v == 0 || v == -1 {
            break;
        }
    }
    // The decoder takes the sign from bit 6 of the first byte.
    let first = e.buf[usize::from(e.start)];
    if v == -1 && first & 0x40 == 0 {
        e.push_front(0x7f);
    } else if v == 0 && first & 0x40 != 0 {
        e.push_front(0);
    }
    e
}

/// Number of bytes [`encode_uint`] writes for `v`.
pub fn uint_len(v: u64) -> usize {
    let bits = 64 - v.leading_zeros() as usize;
    bits.div_ceil(7).max(1)
}

/// Decodes an unsigned value at `*pos`, advancing it. `None` if truncated or
/// wider than 32 bits.
#[inline]
pub fn decode_uint(code: &[u8], pos: &mut usize) -> Option<u32> {
    let mut v: u32 = 0;
    loop {
        let b = *code.get(*pos)?;
        *pos += 1;
        if v >> 25 != 0 {
            return None;
        }
        v = v << 7 | u32::from(b & 0x7f);
        if b & 0x80 == 0 {
            return Some(v);
        }
    }
}

/// Decodes a signed value at `*pos`, advancing it. `None` if truncated or
/// wider than 64 bits.
#[inline]
pub fn decode_sint(code: &[u8], pos: &mut usize) -> Option<i64> {
    let first = *code.get(*pos)?;
    let mut v: i64 = if first & 0x40 != 0 { -1 } else { 0 };
    loop {
        let b = *code.get(*pos)?;
        *pos += 1;
        // Shifting out anything but copies of the sign loses the value.
        let top = v >> 56;
        if top != 0 && top != -1 {
            return None;
        }
        v = v << 7 | i64::from(b & 0x7f);
        if b & 0x80 == 0 {
            return Some(v);
        }
    }
}

/// Encodes a jump offset `rel` (relative to the end of the offset bytes)
/// for `op`, in one byte when `short` (and it fits), else two. `None` if it
/// does not fit at all: the jump is too long for the format.
pub fn encode_offset(op: u8, rel: i32, short: bool) -> Option<([u8; 2], usize)> {
    let signed = crate::opcodes::has_signed_offset(op);
    if short {
        let v = if signed { rel + 0x40 } else { rel };
        if (0..=0x7f).contains(&v) {
            return Some(([v as u8, 0], 1));
        }
        return None;
    }
    let v = if signed { rel + 0x4000 } else { rel };
    if (0..=0x7fff).contains(&v) {
        Some(([0x80 | (v & 0x7f) as u8, (v >> 7) as u8], 2))
    } else {
        None
    }
}

/// Decodes the jump offset of `op` at `*pos`, advancing it; the result is
/// relative to the new `*pos`.
#[inline]
pub fn decode_offset(op: u8, code: &[u8], pos: &mut usize) -> Option<i32> {
    let b0 = *code.get(*pos)?;
    let (v, bias) = if b0 & 0x80 == 0 {
        *pos += 1;
        (i32::from(b0), 0x40)
    } else {
        let b1 = *code.get(*pos + 1)?;
        *pos += 2;
        (i32::from(b0 & 0x7f) | i32::from(b1) << 7, 0x4000)
    };
    Some(if crate::opcodes::has_signed_offset(op) {
        v - bias
    } else {
        v
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::opcodes::{FOR_ITER, JUMP};
    use proptest::prelude::*;

    #[test]
    fn known_encodings() {
        // Hand-derived from the format: big-endian 7-bit groups.
        assert_eq!(encode_uint(0).as_bytes(), &[0x00]);
        assert_eq!(encode_uint(127).as_bytes(), &[0x7f]);
        assert_eq!(encode_uint(128).as_bytes(), &[0x81, 0x00]);
        assert_eq!(encode_uint(300).as_bytes(), &[0x82, 0x2c]);
        assert_eq!(encode_sint(-1).as_bytes(), &[0x7f]);
        assert_eq!(encode_sint(63).as_bytes(), &[0x3f]);
        assert_eq!(encode_sint(64).as_bytes(), &[0x80, 0x40]);
        assert_eq!(encode_sint(-64).as_bytes(), &[0x40]);
        assert_eq!(encode_sint(-65).as_bytes(), &[0xff, 0x3f]);
        assert_eq!(encode_offset(JUMP, -64, true), Some(([0x00, 0], 1)));
        assert_eq!(encode_offset(JUMP, 64, true), None);
        assert_eq!(encode_offset(JUMP, 64, false), Some(([0xc0, 0x80], 2)));
        assert_eq!(encode_offset(FOR_ITER, 127, true), Some(([0x7f, 0], 1)));
        assert_eq!(encode_offset(FOR_ITER, -1, false), None);
    }

    #[test]
    fn extremes_round_trip() {
        for v in [i64::MIN, i64::MAX, 0, -1, 1 << 62, -(1 << 62)] {
            let e = encode_sint(v);
            let mut pos = 0;
            assert_eq!(decode_sint(e.as_bytes(), &mut pos), Some(v), "{v}");
        }
        let mut pos = 0;
        assert_eq!(
            decode_uint(encode_uint(u64::from(u32::MAX)).as_bytes(), &mut pos),
            Some(u32::MAX)
        );
    }

    #[test]
    fn truncated_and_overlong_input_is_rejected() {
        let mut pos = 0;
        assert_eq!(decode_uint(&[0x81], &mut pos), None);
        let mut pos = 0;
        assert_eq!(
            decode_uint(&[0xff, 0xff, 0xff, 0xff, 0xff, 0x7f], &mut pos),
            None
        );
        let mut pos = 0;
        assert_eq!(decode_sint(&[0xff; 12], &mut pos), None);
        let mut pos = 0;
        assert_eq!(decode_offset(JUMP, &[0x80], &mut pos), None);
    }

    proptest! {
        #[test]
        fn uint_round_trip(v: u32) {
            let e = encode_uint(u64::from(v));
            prop_assert_eq!(e.as_bytes().len(), uint_len(u64::from(v)));
            let mut pos = 0;
            prop_assert_eq!(decode_uint(e.as_bytes(), &mut pos), Some(v));
            prop_assert_eq!(pos, e.as_bytes().len());
        }

        #[test]
        fn sint_round_trip(v: i64) {
            let e = encode_sint(v);
            let mut pos = 0;
            prop_assert_eq!(decode_sint(e.as_bytes(), &mut pos), Some(v));
            prop_assert_eq!(pos, e.as_bytes().len());
        }

        #[test]
        fn offset_round_trip(rel in -0x4000i32..0x8000, op in prop::sample::select(alloc::vec![JUMP, FOR_ITER]), short: bool) {
            if let Some((bytes, n)) = encode_offset(op, rel, short) {
                let mut pos = 0;
                prop_assert_eq!(decode_offset(op, &bytes[..n], &mut pos), Some(rel));
                prop_assert_eq!(pos, n);
            } else {
                let fits_long = if op == JUMP { (-0x4000..0x4000).contains(&rel) } else { (0..0x8000).contains(&rel) };
                prop_assert!(short || !fits_long);
            }
        }
    }
}
