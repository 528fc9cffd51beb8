//! The source-line map in a function's code-info section: a run of
//! (bytecode-offset delta, line delta) steps, each in one byte when small
//! (the usual case: a line of Python is a few bytes of bytecode), else two.
//!
//! ```text
//!  0LLBBBBB            B = 0..31 bytes forward, L = 0..3 lines forward
//!  1LLLBBBB LLLLLLLL   B = 0..15 bytes forward, L = 0..2047 lines (high 3 bits first)
//! ```
//!
//! Lines only move forward (a backward line, as in a loop test compiled
//! after its body, keeps the previous line): that is MicroPython's format,
//! and it keeps every step unsigned. Lookup walks from the start; it runs
//! only when a traceback is built.

/// Writes the steps that advance the map by `bytes` bytecode bytes and
/// `lines` lines, calling `out` once per byte (MicroPython's choice of steps,
/// so the map is byte-identical to `mpy-cross`'s).
pub fn encode_delta(mut bytes: usize, mut lines: usize, mut out: impl FnMut(u8)) {
    while bytes > 0 || lines > 0 {
        let (b, l);
        if lines <= 6 || bytes > 0xf {
            b = bytes.min(0x1f);
            // Lines can only advance once all bytes have been skipped.
            l = if b < bytes { 0 } else { lines.min(3) };
            out((b | l << 5) as u8);
        } else {
            b = bytes.min(0xf);
            l = lines.min(0x7ff);
            out((0x80 | b | (l >> 4 & 0x70)) as u8);
            out(l as u8);
        }
        bytes -= b;
        lines -= l;
    }
}

/// Decodes the step at `map[*pos..]`: `(bytes, lines)`, advancing `*pos`.
/// `None` at the end or on a truncated step.
#[inline]
pub fn decode_step(map: &[u8], pos: &mut usize) -> Option<(usize, usize)> {
    let c = usize::from(*map.get(*pos)?);
    if c & 0x80 == 0 {
        *pos += 1;
        Some((c & 0x1f, c >> 5))
    } else {
        let c2 = usize::from(*map.get(*pos + 1)?);
        *pos += 2;
        Some((c & 0xf, (c << 4 & 0x700) | c2))
    }
}

/// The source line of the instruction at bytecode `offset` (relative to the
/// first instruction), given the line the map starts from (1 for a map
/// written by MicroPython or by [`LineMapWriter::new`]).
pub fn line_for_offset(map: &[u8], mut offset: usize, first_line: u32) -> u32 {
    let mut line = first_line;
    let mut pos = 0;
    while let Some((bytes, lines)) = decode_step(map, &mut pos) {
        if offset < bytes {
            break;
        }
        offset -= bytes;
        line = line.saturating_add(lines as u32);
    }
    line
}

/// Builds a line map while instructions are emitted.
#[derive(Copy, Clone, Debug)]
pub struct LineMapWriter {
    last_offset: usize,
    last_line: u32,
}

impl Default for LineMapWriter {
    fn default() -> Self {
        Self::new()
    }
}

impl LineMapWriter {
    /// A map starting at offset 0, line 1.
    pub const fn new() -> LineMapWriter {
        LineMapWriter {
            last_offset: 0,
            last_line: 1,
        }
    }

    /// Records that the instruction at `offset` comes from `line`. Ignored
    /// unless `line` is past the last recorded one.
    pub fn set_line(&mut self, offset: usize, line: u32, out: impl FnMut(u8)) {
        if line > self.last_line {
            encode_delta(
                offset.saturating_sub(self.last_offset),
                (line - self.last_line) as usize,
                out,
            );
            self.last_offset = offset;
            self.last_line = line;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;
    use proptest::prelude::*;

    #[test]
    fn steps_by_hand() {
        let mut v = Vec::new();
        encode_delta(3, 1, |b| v.push(b));
        assert_eq!(v, [0b001_00011]);
        v.clear();
        // 7 lines in 2 bytes: 1 LLL BBBB, LLLLLLLL.
        encode_delta(2, 7, |b| v.push(b));
        assert_eq!(v, [0x82, 0x07]);
        v.clear();
        // 40 bytes, then 2 lines: first 31 bytes alone, then 9 bytes and 2 lines.
        encode_delta(40, 2, |b| v.push(b));
        assert_eq!(v, [31, 9 | 2 << 5]);
        v.clear();
        encode_delta(0, 300, |b| v.push(b));
        assert_eq!(v, [0x90, 0x2c]); // 300 = 0b001_00101100
    }

    fn build(steps: &[(usize, u32)]) -> (Vec<u8>, Vec<(usize, u32)>) {
        // steps: (offset increase, line increase) per instruction start.
        let mut w = LineMapWriter::new();
        let mut map = Vec::new();
        let mut points = Vec::new();
        let (mut off, mut line) = (0usize, 1u32);
        for &(d_off, d_line) in steps {
            off += d_off;
            line += d_line;
            w.set_line(off, line, |b| map.push(b));
            points.push((off, line));
        }
        (map, points)
    }

    proptest! {
        #[test]
        fn every_offset_maps_back(steps in prop::collection::vec((0usize..80, 0u32..3000), 0..60)) {
            let (map, points) = build(&steps);
            // The line of an offset is the line of the last point at or before it
            // (points at the same offset: the last one wins).
            let end = points.last().map_or(0, |p| p.0) + 5;
            for off in 0..end {
                let expect = points.iter().filter(|p| p.0 <= off).map(|p| p.1).next_back().unwrap_or(1);
                prop_assert_eq!(line_for_offset(&map, off, 1), expect, "offset {}", off);
            }
        }
    }

    #[test]
    fn typical_code_costs_about_a_byte_per_line() {
        // Lines of 2..12 bytes, mostly one line apart, a blank line now and then.
        let mut steps = Vec::new();
        let mut seed = 12345u32;
        for _ in 0..1000 {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
            let bytes = 2 + (seed >> 16) as usize % 11;
            let lines = if (seed >> 8).is_multiple_of(5) { 2 } else { 1 };
            steps.push((bytes, lines));
        }
        let (map, _) = build(&steps);
        let per_line = map.len() as f64 / steps.len() as f64;
        assert!(per_line < 1.05, "{per_line} bytes per line");
    }
}
